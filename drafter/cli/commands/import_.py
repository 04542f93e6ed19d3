"""drafter import: read a report's findings from its PDF, web page or text."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.cli.commands import new
from drafter.cli.output import say
from drafter.errors import ExitStatus, UsageError

if TYPE_CHECKING:
    from drafter.importers import ImportResult

HELP = "read a report's findings from its PDF, web page or pasted text"
DESCRIPTION = """\
Read an HMICFRS report (a PDF, the web page saved as HTML, or text or Markdown
pasted from either; - reads standard input) and find its recommendations, causes
of concern and areas for improvement, each with its addressee and deadline.

Without -o, print what was found. With -o DRAFT.toml, start a new draft from it
(the response's details as for `drafter new`); with --report-only -o REPORT.toml,
write a report file that every force can start from with `drafter new
--from-report`. A draft is never overwritten; a report file only with --overwrite.
Nothing is written when nothing is found (exit status 2).

examples:
  drafter import report.pdf
  drafter import report.pdf -o drafts/kent-peel.toml --area Kent --force "Kent Police"
  drafter import report.html --report-only -o reports/vetting-2023.toml
  pbpaste | drafter import - --report-only -o reports/vetting-2023.toml
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", metavar="SOURCE", help="the report: a .pdf, .html, .txt or .md file, or -"
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write a draft (or a report file) here"
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="write a report file (the findings without a response) instead of a draft",
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="with --report-only: replace a report file that exists",
    )
    parser.add_argument(
        "--as",
        dest="source_kind",
        choices=("pdf", "html", "text"),
        help="read SOURCE as this kind (default: from its content)",
    )
    new.add_details(parser.add_argument_group("the draft's details (as for drafter new)"))


def run(args: argparse.Namespace) -> int:
    from drafter.actions.import_report import (
        found_report,
        import_report,
        read_at_most,
        write_report_file,
    )
    from drafter.actions.new import create_draft, report_kind

    output: Path | None = args.output
    if args.report_only and output is None:
        raise UsageError("--report-only needs -o FILE: the report file to write")
    if args.overwrite and not args.report_only:
        raise UsageError(
            "--overwrite applies to report files only (--report-only); a draft holds a "
            "writer's work and is never overwritten: choose another name"
        )
    if output is not None:
        _check_output(output, args)
    if args.source == "-":
        data = read_at_most(sys.stdin.buffer, "standard input")
        result = import_report(data, kind=args.source_kind, name="standard input")
    else:
        result = import_report(Path(args.source), kind=args.source_kind)
    say(summary(result, title=args.title), err=output is not None)
    if output is None:
        return ExitStatus.OK
    if args.report_only:
        write_report_file(
            result,
            output,
            title=args.title or "",
            published=args.published,
            url=args.url,
            kind=report_kind(args.kind) if args.kind else None,
        )
        say(f"wrote {output}", err=True)
        return ExitStatus.OK
    report = found_report(result, title=args.title or "", published=args.published, url=args.url)
    create_draft(new.requested(args, output, report))
    say(f"created {output}")
    return ExitStatus.OK


def _check_output(output: Path, args: argparse.Namespace) -> None:
    if output.suffix != ".toml":
        raise UsageError(f"{output}: the file to write must end in .toml")
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name ending in .toml")
    if output.exists() and not (args.report_only and args.overwrite):
        what = "report file" if args.report_only else "file"
        hint = "; add --overwrite to replace it" if args.report_only else "; choose another name"
        raise UsageError(f"{output} already exists and this {what} would replace it{hint}")


def summary(result: ImportResult, *, title: str | None = None) -> str:
    """What the import found, for the terminal; ``title`` is the one given with --title,
    which the draft takes instead of (or for want of) the report's own."""
    from drafter.dates import long_date
    from drafter.model import FindingKind

    counts = [kind.counted(result.count(kind)) for kind in FindingKind]
    published = result.published
    lines = [
        f"{result.source}: {title or result.title or '(no title found)'}"
        + (f", published {long_date(published)}" if published else ""),
        f"found {', '.join(counts)}",
    ]
    for f in result.findings:
        details = [d for d in (f.addressee, f.deadline) if d]
        if f.cause:
            details.append(f"under cause of concern {f.cause}")
        head = f"{f.title}" + (f" ({'; '.join(details)})" if details else "")
        first = f.text.split("\n", 1)[0]
        lines.append("  " + textwrap.shorten(f"{head}: {first}", width=98, placeholder=" ..."))
    lines += [f"warning: {w}" for w in result.warnings]
    if not (title or result.title):
        lines.append("warning: no title found; give one with --title")
    if result.published is None:
        lines.append("warning: no publication date found; give one with --published")
    return "\n".join(lines)
