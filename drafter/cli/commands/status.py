"""drafter status: every draft given or in a folder, most urgent first."""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter.cli.args import add_draft_paths, add_today
from drafter.errors import ExitStatus, UsageError

HELP = "list every draft with its deadline and progress, most urgent first"
DESCRIPTION = """\
List each draft given, and every draft (.toml file) under each folder given
(default: drafts), searching sub-folders but not hidden ones: the report, its
publication date, the statutory deadline, days left or overdue, findings decided
out of those to answer, status and sign-offs (valid, or stale when the text
changed after signing). A draft named twice is listed once.

Most urgent first: unpublished responses by days left (the most overdue at the
top), then those whose report has no publication date, then published responses
(most recently published first), then files that are not valid drafts, each
with its error.

exit status: 0 every file is a valid draft, 2 some are not (all are listed).
"""


def configure(parser: argparse.ArgumentParser) -> None:
    add_draft_paths(parser)
    parser.add_argument(
        "--format",
        choices=["table", "json", "csv"],
        default="table",
        help="table for people (default); json or csv for tools (columns in docs/review.md)",
    )
    add_today(parser)


def run(args: argparse.Namespace) -> int:
    import datetime as dt
    import sys

    from drafter.cli.output import say
    from drafter.portfolio import as_csv, as_json, as_table, portfolio

    paths: list[Path] = args.paths
    for path in paths:
        if not path.exists():
            raise UsageError(
                f"{path}: no such file or folder; give draft files, or the folder that "
                "holds them (drafter status [PATH ...])"
            )
    today = args.today or dt.date.today()
    entries = portfolio(paths, today)
    if not entries:
        where = ", ".join(str(p) for p in paths)
        say(f"no drafts (.toml files) under {where}", err=True)
        return ExitStatus.OK
    if args.format == "json":
        sys.stdout.write(as_json(entries, today))
    elif args.format == "csv":
        sys.stdout.write(as_csv(entries))
    else:
        sys.stdout.write(as_table(entries))
    return ExitStatus.INVALID if any(e.error for e in entries) else ExitStatus.OK
