"""drafter check: validate drafts and list what stands between each and sign-off."""

from __future__ import annotations

import argparse
import datetime as dt

from drafter.cli.args import add_today, draft_arg
from drafter.errors import EXIT_INVALID, EXIT_NOT_READY, EXIT_OK, DrafterError

HELP = "validate drafts and list what stands before sign-off"
DESCRIPTION = """\
Validate each draft, then list what stands between it and sign-off: undecided
findings, decisions without the response the law asks for (s.55(5B)), empty
comments, noted groups without a statement; and the statutory deadline (56 days
beginning with the report's publication day).

exit status: 0 every draft is ready, 1 some draft is not ready, 2 some draft is invalid.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("drafts", nargs="+", type=draft_arg, metavar="DRAFT", help="draft files")
    add_today(parser)


def run(args: argparse.Namespace) -> int:
    import sys

    from drafter import store
    from drafter.check import check

    today = args.today or dt.date.today()
    status = EXIT_OK
    for path in args.drafts:
        try:
            draft = store.load(path)
        except DrafterError as error:
            print(f"drafter: {error}", file=sys.stderr)
            status = max(status, EXIT_INVALID)
            continue
        readiness = check(draft, today)
        if readiness.ready:
            print(f"{path}: ready for sign-off; {readiness.deadline}")
            continue
        status = max(status, EXIT_NOT_READY)
        count = len(readiness.problems)
        print(
            f"{path}: not ready for sign-off, {count} problem{'s' if count != 1 else ''}; {readiness.deadline}"
        )
        for problem in readiness.problems:
            print(f"  {problem.field}: {problem.message}")
    return status
