"""drafter sign: record a sign-off by the commissioner or the chief officer."""

from __future__ import annotations

import argparse

from drafter.cli.args import date_arg, draft_arg
from drafter.errors import ExitStatus

HELP = "record a sign-off by the commissioner or the chief officer"
DESCRIPTION = """\
Record that the commissioner (the local policing body) or the chief officer has
signed off the draft as it now stands: who, when, and a hash of the content they
signed. A later sign-off by the same role replaces the earlier one.

Status moves on by itself: the first signature puts a draft in review; when
both signatures are present and valid for the current text, it is signed off,
and renders lose their DRAFT marking. Any later change to the text makes both
signatures stale (`drafter check` reports them) until they sign again.

A draft that `drafter check` finds not ready cannot be signed, and a published
response is never signed again.

exit status: 0 signed, 1 the draft is not ready or already published, 2 bad input.

example:
  drafter sign drafts/kent-peel-2025.toml --role chief --name "Tim Smith" --date 2025-07-30
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", type=draft_arg, metavar="DRAFT", help="the draft file (.toml)")
    parser.add_argument(
        "--role",
        required=True,
        choices=["commissioner", "chief"],
        help="who is signing: the commissioner (local policing body) or the chief officer",
    )
    parser.add_argument("--name", required=True, help="the name of the person signing")
    parser.add_argument(
        "--date", type=date_arg, metavar="DATE", help="the date of signing (default: today)"
    )


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from drafter.actions.sign import sign
    from drafter.cli.output import warn_of_comments
    from drafter.model import Role
    from drafter.workflow.signoff import unsigned_reason

    signed = sign(args.draft, Role(args.role), args.name, args.date or dt.date.today())
    warn_of_comments(signed.saved.dropped_comments, args.draft, bom=signed.saved.dropped_bom)
    print(f"{args.draft}: signed by the {signed.title}, {signed.name}")
    if signed.signed_off:
        print(f"{args.draft}: signed off by both; ready to publish with `drafter publish`")
    else:
        print(f"{args.draft}: in review; still needed: {unsigned_reason(signed.saved.draft)}")
    return ExitStatus.OK
