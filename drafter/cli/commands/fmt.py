"""drafter fmt: rewrite drafts in canonical form, so git diffs show only real changes."""

from __future__ import annotations

import argparse

from drafter.cli.args import draft_arg
from drafter.errors import DrafterError, ExitStatus

HELP = "rewrite drafts in canonical form (--check: only report)"
DESCRIPTION = """\
Rewrite each draft exactly as drafter saves it: fixed key order, no empty or
default values, prose one paragraph a line. A draft already in that form is
not touched. Hand edits keep their content, but TOML comments (# ...) are not
part of a draft and are dropped, with a warning naming their lines.

With --check nothing is written: each draft that would change is listed, with
why (an older format, key order, empty values, spacing).

exit status: 0 all drafts were (or are) canonical, 1 with --check: some draft
would change, 2 some file is not a valid draft.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("drafts", nargs="+", type=draft_arg, metavar="DRAFT", help="draft files")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; list drafts that would change"
    )


def run(args: argparse.Namespace) -> int:
    from drafter.actions.fmt import fmt
    from drafter.cli.output import say, warn_of_comments

    status = ExitStatus.OK
    for path in args.drafts:
        try:
            result = fmt(path, check=args.check)
        except DrafterError as error:
            say(f"drafter: {error}", err=True)
            status = ExitStatus.INVALID
            continue
        if not result.changed:
            continue
        warn_of_comments(result.dropped_comments, path, bom=result.dropped_bom)
        why = "; ".join(result.reasons)
        if args.check:
            say(f"would reformat {path}: {why}")
            status = max(status, ExitStatus.NOT_READY)
        else:
            say(f"reformatted {path}: {why}")
    return status
