"""drafter new: start a draft from the report's and the force's details."""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter.cli.args import date_arg
from drafter.errors import UsageError

HELP = "start a new draft from the report's and the force's details"
DESCRIPTION = """\
Create a new draft file without opening the editor. It refuses to overwrite a
file that exists.

example:
  drafter new drafts/kent-peel-2025.toml --title "PEEL 2025: Kent Police" \\
      --published 2025-06-12 --area Kent --force "Kent Police"
"""

SUFFIXES = (" Police Service", " Constabulary", " Police")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="FILE", help="the new draft file (.toml)")
    parser.add_argument("--title", required=True, help="the report's title")
    parser.add_argument(
        "--published", type=date_arg, metavar="DATE", help="the report's publication date"
    )
    parser.add_argument("--kind", help="the kind of report (peel, thematic, joint, ...)")
    parser.add_argument("--url", default="", help="the report's web address")
    parser.add_argument(
        "--area", required=True, help='the policing area, e.g. "Wiltshire and Swindon"'
    )
    parser.add_argument(
        "--force", required=True, help='the force\'s full name, e.g. "Wiltshire Police"'
    )
    parser.add_argument(
        "--force-short", help='its short name, e.g. "Wiltshire" (default: from --force)'
    )
    parser.add_argument(
        "--commissioner-title",
        default="Police and Crime Commissioner",
        help='title of the local policing body (default: "%(default)s")',
    )
    parser.add_argument("--commissioner-name", default="", help="the commissioner's name")
    parser.add_argument(
        "--chief-title",
        default="Chief Constable",
        help='the chief officer\'s title (default: "%(default)s")',
    )
    parser.add_argument("--chief-name", default="", help="the chief officer's name")
    parser.add_argument(
        "--cc", action="append", default=[], metavar="NAME", help="a copy recipient (repeatable)"
    )


def short_name(force: str) -> str:
    for suffix in SUFFIXES:
        if force.endswith(suffix) and len(force) > len(suffix):
            return force[: -len(suffix)]
    return force


def run(args: argparse.Namespace) -> int:
    from drafter import store
    from drafter.model import Draft, Officer, Report, ReportKind, Response
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
    for name in ("title", "area", "force"):
        if not getattr(args, name).strip():
            raise UsageError(f"--{name} must not be empty")
    draft = Draft(
        report=Report(title=args.title.strip(), published=args.published, kind=kind, url=args.url),
        response=Response(
            area=args.area.strip(),
            force=args.force.strip(),
            force_short=(args.force_short or short_name(args.force.strip())).strip(),
            commissioner=Officer(title=args.commissioner_title, name=args.commissioner_name),
            chief=Officer(title=args.chief_title, name=args.chief_name),
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
    return 0
