"""drafter publish: record that a signed-off response has been published."""

from __future__ import annotations

import argparse

from drafter.cli.args import date_arg, draft_arg
from drafter.errors import ExitStatus

HELP = "record that a signed-off response has been published"
DESCRIPTION = """\
Record the date the response was published and set its status to published.
Only a draft signed off by both the commissioner and the chief officer, for its
current text, can be published. A warning is printed when the date falls after
the statutory deadline (Police Act 1996 s.55(5A): 56 days beginning with the
day the report was published).

A published response whose signed text is changed is back in review; once both
have signed it again it is published again with this command, and the date it
was first published stays on record as the statutory one.

exit status: 0 recorded, 1 the draft is not signed off or already published,
2 bad input (a date before the report, before a signature or after today).
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", type=draft_arg, metavar="DRAFT", help="the draft file (.toml)")
    parser.add_argument(
        "--date", type=date_arg, metavar="DATE", help="the date of publication (default: today)"
    )


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from drafter.actions.publish import publish
    from drafter.cli.output import say, warn_of_comments
    from drafter.dates import long_date

    published = publish(args.draft, args.date or dt.date.today())
    warn_of_comments(published.saved.dropped_comments, args.draft, bom=published.saved.dropped_bom)
    first = published.first_published
    if first is None:
        say(f"{args.draft}: published {long_date(published.date)}")
    else:
        say(
            f"{args.draft}: published again {long_date(published.date)}; the statutory "
            f"publication stays on record as {long_date(first)}"
        )
    late = published.days_late
    if late is not None:
        assert published.deadline is not None
        say(
            f"drafter: warning: {args.draft}: published {late} day{'s' if late != 1 else ''} "
            f"after the statutory deadline of {long_date(published.deadline)} "
            "(Police Act 1996 s.55(5A): 56 days beginning with the report's publication day)",
            err=True,
        )
    return ExitStatus.OK
