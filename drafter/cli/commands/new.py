"""drafter new: start a draft from the report's and the force's details."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from drafter.cli.args import add_profile, date_arg, line_arg
from drafter.errors import ExitStatus
from drafter.profile import CHIEF, COMMISSIONER

if TYPE_CHECKING:
    from drafter.actions.new import NewDraft
    from drafter.model import Report

HELP = "start a new draft from the report's and the force's details"
DESCRIPTION = """\
Create a new draft file without opening the editor. It refuses to overwrite a
file that exists. Details not given as options come from the office profile
(drafter.toml in the drafts repository or your config folder; see docs/profile.md),
so with a profile --title and --published are enough.

example:
  drafter new drafts/kent-peel-2025.toml --title "PEEL 2025: Kent Police" \\
      --published 2025-06-12 --area Kent --force "Kent Police"
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="FILE", help="the new draft file (.toml)")
    parser.add_argument(
        "--from-report",
        type=Path,
        metavar="REPORT",
        help="start from a report file made by `drafter import --report-only` "
        "(its title, date and findings; --title and --published override them)",
    )
    add_details(parser)


class _TakesArguments(Protocol):
    """A parser or an argument group."""

    def add_argument(self, *names: str, **options: Any) -> Any: ...


def add_details(parser: _TakesArguments) -> None:
    """The options for a new draft's details, shared with `drafter import`."""
    parser.add_argument(
        "--title", type=line_arg, help="the report's title (required without --from-report)"
    )
    parser.add_argument(
        "--published", type=date_arg, metavar="DATE", help="the report's publication date"
    )
    parser.add_argument(
        "--kind", type=line_arg, help="the kind of report (peel, thematic, joint, ...)"
    )
    parser.add_argument("--url", type=line_arg, default="", help="the report's web address")
    parser.add_argument(
        "--area",
        type=line_arg,
        help='the policing area, e.g. "Wiltshire and Swindon" (default: the profile\'s)',
    )
    parser.add_argument(
        "--force",
        type=line_arg,
        help="the force's full name, e.g. \"Wiltshire Police\" (default: the profile's)",
    )
    parser.add_argument(
        "--force-short",
        type=line_arg,
        help='its short name, e.g. "Wiltshire" (default: from --force)',
    )
    parser.add_argument(
        "--commissioner-title",
        type=line_arg,
        help=f'title of the local policing body (default: the profile\'s, else "{COMMISSIONER}")',
    )
    parser.add_argument("--commissioner-name", type=line_arg, help="the commissioner's name")
    parser.add_argument(
        "--chief-title",
        type=line_arg,
        help=f"the chief officer's title (default: the profile's, else \"{CHIEF}\")",
    )
    parser.add_argument("--chief-name", type=line_arg, help="the chief officer's name")
    parser.add_argument(
        "--cc",
        type=line_arg,
        action="append",
        metavar="NAME",
        help="a copy recipient (repeatable; default: the profile's)",
    )
    add_profile(
        parser, "the office profile to fill details from (default: found from FILE's folder)"
    )


def requested(args: argparse.Namespace, path: Path, report: Report | None) -> NewDraft:
    """The new draft the options of add_details ask for, at ``path``, from ``report``."""
    from drafter.actions.new import Details, NewDraft, report_kind

    return NewDraft(
        path=path,
        report=report,
        title=args.title or "",
        published=args.published,
        kind=report_kind(args.kind) if args.kind else None,
        url=args.url,
        details=Details(
            area=args.area,
            force=args.force,
            force_short=args.force_short,
            commissioner_title=args.commissioner_title,
            commissioner_name=args.commissioner_name,
            chief_title=args.chief_title,
            chief_name=args.chief_name,
            cc=args.cc,
        ),
        profile=args.profile,
    )


def run(args: argparse.Namespace) -> int:
    from drafter.actions.new import create_draft

    report = None
    if args.from_report is not None:
        from drafter.store import reportfile

        report = reportfile.load(args.from_report)
    from drafter.cli.output import say

    create_draft(requested(args, args.path, report))
    say(f"created {args.path}")
    return ExitStatus.OK
