"""drafter progress: record a progress update on an action after publication."""

from __future__ import annotations

import argparse

from drafter.cli.args import date_arg, draft_arg, line_arg, lines_arg
from drafter.errors import ExitStatus

HELP = "record progress on an accepted finding of a published response"
DESCRIPTION = """\
Add a dated progress update to a finding of a published response: its status,
and optionally a note and evidence (a link or a document's name). FINDING is
written as people write it: R3, AFI2, CoC1, "Recommendation 3" (a bare number
when only one finding has it).

Updates are only ever added, never rewritten; to correct one, record another.
Progress is not part of the signed response: recording it leaves the sign-offs
standing. docs/progress.md describes progress tracking.

statuses: planned, in-progress, complete (the force says it is done), closed
(accepted as done, or discharged by HMICFRS), superseded.

exit status: 0 recorded, 1 the response is not published yet, 2 bad input (an
unknown finding or status, a finding not accepted or partially accepted, a date
before the report's publication or after today); nothing is written then.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", type=draft_arg, metavar="DRAFT", help="the draft file (.toml)")
    parser.add_argument(
        "finding", metavar="FINDING", help='the finding: R3, AFI2, CoC1, "Recommendation 3"'
    )
    parser.add_argument(
        "--status",
        required=True,
        metavar="STATUS",
        help="planned, in-progress, complete, closed or superseded",
    )
    parser.add_argument("--note", type=lines_arg, default="", metavar="TEXT", help="what happened")
    parser.add_argument(
        "--date", type=date_arg, metavar="DATE", help="the date of the update (default: today)"
    )
    parser.add_argument(
        "--evidence", type=line_arg, default="", metavar="TEXT", help="a link or a document's name"
    )


def run(args: argparse.Namespace) -> int:
    from drafter.actions.progress import progress
    from drafter.cli.output import say, warn_of_comments
    from drafter.dates import long_date
    from drafter.tracking import short_reference

    recorded = progress(
        args.draft,
        args.finding,
        args.status,
        date=args.date,
        note=args.note,
        evidence=args.evidence,
    )
    warn_of_comments(recorded.saved.dropped_comments, args.draft, bom=recorded.saved.dropped_bom)
    update = recorded.update
    say(
        f"{args.draft}: {short_reference(recorded.finding)} {update.status.label.lower()} "
        f"on {long_date(update.date)}"
    )
    return ExitStatus.OK
