"""drafter sign: record a sign-off by the commissioner or the chief officer."""

from __future__ import annotations

import argparse

from drafter.cli.args import date_arg, draft_arg, line_arg
from drafter.errors import ExitStatus

HELP = "record (or withdraw) a sign-off by the commissioner or the chief officer"
DESCRIPTION = """\
Record that the commissioner (the local policing body) or the chief officer has
signed off the draft as it now stands: who, when, and a hash of the content they
signed. A later sign-off by the same role replaces the earlier one.

Status moves on by itself: the first signature puts a draft in review; when
both signatures are present and valid for the current text, it is signed off,
and renders lose their DRAFT marking. Any later change to the text makes both
signatures stale (`drafter check` reports them) until they sign again.

A draft that `drafter check` finds not ready cannot be signed, and a published
response is never signed again. A name other than the office-holder's in the
draft, or one name signing for both roles, is recorded with a warning.

--revoke withdraws a role's signature (given by mistake, or for the wrong
role): it leaves the sign-offs, is kept in the draft's history of withdrawn
sign-offs, and the draft goes back to in review.

exit status: 0 signed or withdrawn, 1 the draft is not ready, already published,
or (with --revoke) has no signature for that role, 2 bad input (a date before
the report or after today).

examples:
  drafter sign drafts/kent-peel-2025.toml --role chief --name "Tim Smith" --date 2025-07-30
  drafter sign drafts/kent-peel-2025.toml --revoke --role chief
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", type=draft_arg, metavar="DRAFT", help="the draft file (.toml)")
    parser.add_argument(
        "--role",
        required=True,
        choices=["commissioner", "chief"],
        help="who is signing: the commissioner (local policing body) or the chief officer",
    )
    parser.add_argument(
        "--name", type=line_arg, help="the name of the person signing (not with --revoke)"
    )
    parser.add_argument(
        "--revoke",
        action="store_true",
        help="withdraw the role's signature instead, keeping it in the draft's history",
    )
    parser.add_argument(
        "--date",
        type=date_arg,
        metavar="DATE",
        help="the date of signing, or of withdrawing (default: today)",
    )


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from drafter.actions.sign import revoke, sign
    from drafter.cli.messages import sign_hint
    from drafter.cli.output import say, warn_of_comments
    from drafter.dates import long_date
    from drafter.errors import UsageError
    from drafter.model import Role
    from drafter.workflow.signoff import unsigned_reason

    date = args.date or dt.date.today()
    if args.revoke:
        if args.name is not None:
            raise UsageError("--revoke withdraws the role's signature; leave out --name")
        withdrawn = revoke(args.draft, Role(args.role), date)
        warn_of_comments(
            withdrawn.saved.dropped_comments, args.draft, bom=withdrawn.saved.dropped_bom
        )
        signature = withdrawn.signoff
        say(
            f"{args.draft}: withdrew the signature of the {withdrawn.title} "
            f"({signature.name}, {long_date(signature.date)}); the draft's history keeps it"
        )
        say(f"{args.draft}: still needed: {unsigned_reason(withdrawn.saved.draft, sign_hint)}")
        return ExitStatus.OK
    if args.name is None:
        raise UsageError("give the name of the person signing with --name (or use --revoke)")
    signed = sign(args.draft, Role(args.role), args.name, date)
    warn_of_comments(signed.saved.dropped_comments, args.draft, bom=signed.saved.dropped_bom)
    for doubt in signed.doubts:
        say(f"drafter: warning: {args.draft}: {doubt.message}", err=True)
    say(f"{args.draft}: signed by the {signed.title}, {signed.name}")
    if signed.signed_off:
        say(f"{args.draft}: signed off by both; ready to publish with `drafter publish`")
    else:
        say(
            f"{args.draft}: in review; still needed: "
            f"{unsigned_reason(signed.saved.draft, sign_hint)}"
        )
    return ExitStatus.OK
