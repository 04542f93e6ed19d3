"""drafter actions: every open action across published responses, most overdue first."""

from __future__ import annotations

import argparse

from drafter.cli.args import add_draft_paths, add_today
from drafter.errors import ExitStatus, UsageError

HELP = "list every open action of the published responses, most overdue first"
DESCRIPTION = """\
List the open actions of each published response given, and of every published
response (.toml file) under each folder given (default: drafts): the report, the
finding (R3, AFI2, CoC1), its owner and target date, its status with a RAG mark,
the last progress update and its date, and the days it is overdue. An action is
a finding accepted or partially accepted; it is open until its status is closed
or superseded. Most overdue first, then by the nearest target date.

RAG: red overdue; amber due within 30 days, or not started; green complete,
closed, or in progress with more than 30 days to go.

exit status: 0 every file is a valid draft, 2 some are not (the rest are listed).
"""


def configure(parser: argparse.ArgumentParser) -> None:
    add_draft_paths(parser)
    parser.add_argument("--overdue", action="store_true", help="only the overdue actions")
    parser.add_argument(
        "--owner", default="", metavar="TEXT", help="only actions whose owner contains TEXT"
    )
    parser.add_argument(
        "--format",
        choices=["table", "json", "csv"],
        default="table",
        help="table for people (default); json or csv for tools (columns in docs/progress.md)",
    )
    add_today(parser, what="count days overdue from DATE instead of today")


def run(args: argparse.Namespace) -> int:
    import datetime as dt
    import sys

    from drafter.action_list import as_csv, as_json, as_table
    from drafter.actions.list_actions import list_actions
    from drafter.cli.output import say

    for path in args.paths:
        if not path.exists():
            raise UsageError(
                f"{path}: no such file or folder; give draft files, or the folder that "
                "holds them (drafter actions [PATH ...])"
            )
    today = args.today or dt.date.today()
    listing = list_actions(args.paths, today=today, overdue=args.overdue, owner=args.owner)
    if args.format == "json":
        sys.stdout.write(as_json(listing.rows, today))
    elif args.format == "csv":
        sys.stdout.write(as_csv(listing.rows))
    else:
        sys.stdout.write(as_table(listing.rows, listing.responses))
    for error in listing.invalid:
        say(f"drafter: {error}", err=True)
    return ExitStatus.INVALID if listing.invalid else ExitStatus.OK
