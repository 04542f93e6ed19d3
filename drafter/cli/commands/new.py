"""drafter new: start a draft from the report's and the force's details."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.cli.args import date_arg
from drafter.errors import ExitStatus, UsageError
from drafter.profile import CHIEF, COMMISSIONER

if TYPE_CHECKING:
    from drafter.model import Report, ReportKind

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
    parser.add_argument("--title", help="the report's title (required without --from-report)")
    parser.add_argument(
        "--published", type=date_arg, metavar="DATE", help="the report's publication date"
    )
    parser.add_argument("--kind", help="the kind of report (peel, thematic, joint, ...)")
    parser.add_argument("--url", default="", help="the report's web address")
    parser.add_argument(
        "--area", help='the policing area, e.g. "Wiltshire and Swindon" (default: the profile\'s)'
    )
    parser.add_argument(
        "--force", help="the force's full name, e.g. \"Wiltshire Police\" (default: the profile's)"
    )
    parser.add_argument(
        "--force-short", help='its short name, e.g. "Wiltshire" (default: from --force)'
    )
    parser.add_argument(
        "--commissioner-title",
        help=f'title of the local policing body (default: the profile\'s, else "{COMMISSIONER}")',
    )
    parser.add_argument("--commissioner-name", help="the commissioner's name")
    parser.add_argument(
        "--chief-title",
        help=f"the chief officer's title (default: the profile's, else \"{CHIEF}\")",
    )
    parser.add_argument("--chief-name", help="the chief officer's name")
    parser.add_argument(
        "--cc",
        action="append",
        metavar="NAME",
        help="a copy recipient (repeatable; default: the profile's)",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="the office profile to fill details from (default: found from FILE's folder)",
    )


def _starting_report(args: argparse.Namespace, kind: ReportKind | None) -> Report:
    """The report a draft starts from: found by `drafter import`, a report file, or typed."""
    from drafter.model import Report

    report = getattr(args, "report", None)  # set by `drafter import`
    if report is None and args.from_report is not None:
        from drafter.store import reportfile

        report = reportfile.load(args.from_report)
    title = (args.title or "").strip()
    if report is None:
        if not title:
            raise UsageError(
                "--title is required (the report's title), unless the draft starts "
                "from a report file given with --from-report"
            )
        return Report(title=title, published=args.published, kind=kind, url=args.url)
    report.title = title or report.title
    report.published = args.published or report.published
    report.kind = kind or report.kind
    report.url = args.url or report.url
    return report


def run(args: argparse.Namespace) -> int:
    from drafter import store
    from drafter.model import Draft, ReportKind
    from drafter.store.fields import FieldError

    path: Path = args.path
    if path.exists():
        raise UsageError(
            f"{path} already exists; choose another name, or open it with `drafter edit {path}`"
        )
    if path.suffix != ".toml":
        raise UsageError(f"{path}: a draft file name must end in .toml")
    kind = None
    if args.kind:
        try:
            kind = ReportKind(args.kind)
        except ValueError:
            raise UsageError(
                f"--kind {args.kind!r} is not one of {', '.join(k.value for k in ReportKind)}"
            ) from None
    from drafter.profile import load_profile, new_response, office_profile

    profile = load_profile(args.profile) if args.profile else office_profile(path.parent)
    # An option given on the command line wins over the profile, even when empty.
    area = args.area if args.area is not None else profile.area
    force = args.force if args.force is not None else profile.force
    report = _starting_report(args, kind)
    for name, given, value in (("area", args.area, area), ("force", args.force, force)):
        if given is None and not value.strip():
            key = "area" if name == "area" else "[force] name"
            raise UsageError(
                f"the draft needs the {name}: give --{name}, or set {key} in the office "
                "profile, drafter.toml (see docs/profile.md)"
            )
        if not value.strip():
            raise UsageError(f"--{name} must not be empty")
    draft = Draft(
        report=report,
        response=new_response(
            profile,
            area=args.area,
            force=args.force,
            force_short=args.force_short,
            commissioner_title=args.commissioner_title,
            commissioner_name=args.commissioner_name,
            chief_title=args.chief_title,
            chief_name=args.chief_name,
            cc=args.cc,
        ),
    )
    # Refuse anything the loader would refuse, before writing a byte.
    try:
        store.loads(store.dumps(draft), path)
    except FieldError as error:
        raise UsageError(str(error)) from None
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True)
    store.save(draft, path)
    print(f"created {path}")
    return ExitStatus.OK
