"""drafter render: a draft as a document for sign-off or publication."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.cli.args import add_profile, draft_arg
from drafter.cli.output import write_output
from drafter.errors import ExitStatus, ProfileError, UsageError

if TYPE_CHECKING:
    from drafter.profile import Profile

HELP = "render a draft as Markdown, HTML, plain text, Word or PDF"
DESCRIPTION = """\
Render a draft in its layout (the standard response layout unless the draft or
--layout names another). Until the draft is signed off by both the commissioner
and the chief officer, the output carries a visible DRAFT marking.

examples:
  drafter render drafts/wiltshire-prevent-2020.toml
  drafter render drafts/wiltshire-prevent-2020.toml --to html -o response.html
  drafter render drafts/wiltshire-prevent-2020.toml -o response.docx
  drafter render drafts/wiltshire-prevent-2020.toml -o response.docx --reference-docx office.docx
  drafter render drafts/wiltshire-prevent-2020.toml -o response.pdf
  git show HEAD~3:drafts/wiltshire-prevent-2020.toml | drafter render - --to txt
"""


def _formats() -> dict[str, str]:
    from drafter.render import formats

    return formats()


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "draft",
        nargs="?",
        type=draft_arg,
        metavar="DRAFT",
        help="the draft file (.toml), or - to read the draft from standard input",
    )
    parser.add_argument(
        "--to",
        dest="fmt",
        metavar="FORMAT",
        choices=sorted(_formats()),
        help=f"output format: {', '.join(_formats())} (default: from -o's ending, else md)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (default: standard output)"
    )
    parser.add_argument(
        "--layout", metavar="NAME", help="render in layout NAME instead of the draft's"
    )
    parser.add_argument(
        "--list-layouts",
        action="store_true",
        help="list the layouts (with --templates, your own too) and stop",
    )
    parser.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="a folder of your own templates, overriding the shipped ones by name",
    )
    parser.add_argument(
        "--reference-docx",
        type=Path,
        metavar="FILE",
        help="for Word output: take styles, headers and footers (fonts, colours, a logo) "
        "from this .docx (default: the office profile's reference-docx)",
    )
    add_profile(
        parser,
        "the office profile whose letterhead, reference and reference-docx to use "
        "(default: found from DRAFT's folder, see docs/profile.md)",
    )
    _today(parser)


def _today(parser: argparse.ArgumentParser) -> None:
    from drafter.cli.args import add_today

    add_today(parser, "for the progress layout: report progress as at DATE (default: today)")


def choose_format(fmt: str | None, output: Path | None) -> str:
    if fmt:
        return fmt
    if output is not None and output.suffix:
        suffix = output.suffix.lstrip(".").lower()
        suffix = {"markdown": "md", "htm": "html", "text": "txt"}.get(suffix, suffix)
        if suffix in _formats():
            return suffix
        raise UsageError(
            f"cannot tell the format from {output.name!r}; add --to with one of {', '.join(_formats())}"
        )
    return "md"


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from drafter import store
    from drafter.actions.render import office_profile_for, render, same_file

    if args.list_layouts:
        from drafter.cli.output import say
        from drafter.render.layouts import describe_layouts

        for name, description in describe_layouts(args.templates):
            say(f"{name:<13} {description}")
        return ExitStatus.OK
    if args.draft is None:
        raise UsageError("give the draft file to render, or --list-layouts to see the layouts")
    if args.layout is not None and not args.layout.strip():
        raise UsageError(
            "--layout needs a layout's name (`drafter render --list-layouts` lists them)"
        )
    from_stdin = str(args.draft) == "-"
    if args.output is not None and not from_stdin and same_file(args.output, args.draft):
        # Said first: "cannot tell the format from x.toml" would hide the real mistake.
        raise UsageError(f"{args.output} is the draft being read; choose another output file")
    if args.output is not None and args.output.suffix.lower() == ".toml":
        # Another draft, perhaps signed and published, would be lost to the rendering.
        *others, last = (f".{name}" for name in _formats())
        raise UsageError(
            f"{args.output}: drafter's .toml files are drafts and report files; write a "
            f"rendering to a {', '.join(others)} or {last} file"
        )
    if args.output is not None and _holds_a_draft(args.output):
        raise UsageError(
            f"{args.output} is a drafter draft or report file (or a link to one); write the "
            "rendering to another file"
        )
    fmt = choose_format(args.fmt, args.output)
    if args.reference_docx is not None and fmt != "docx":
        raise UsageError("--reference-docx is for Word output; add --to docx or -o FILE.docx")
    if from_stdin:
        # The office profile is looked for from the current folder, as for a new draft.
        args.draft = Path.cwd() / "<standard input>"
        draft = store.loads(_read_stdin(), "<standard input>")
    else:
        draft = store.load(args.draft)
    reference = letter = None
    if _takes_the_profile(args, fmt, args.layout or draft.response.layout):
        profile = office_profile_for(args.draft, args.profile)
        letter = profile.letter
        if fmt == "docx":
            # --reference-docx, else the office profile's reference document, if it names one
            reference = args.reference_docx or _profiles_reference(profile)
    as_at = args.today or dt.date.today()
    content = render(
        draft,
        fmt,
        layout=args.layout,
        templates=args.templates,
        reference=reference,
        as_at=as_at,
        letter=letter,
    )
    write_output(content, args.output, draft_path=args.draft)
    return ExitStatus.OK


def _takes_the_profile(args: argparse.Namespace, fmt: str, layout: str) -> bool:
    """Whether this rendering shows anything from the office profile: Word output (its
    reference .docx), the letter layout (its letterhead), the user's own templates
    (which may show the letterhead too), or a profile named with --profile. Other
    renderings start without looking for one (bench/RESULTS.md)."""
    return fmt == "docx" or layout == "letter" or args.templates is not None or bool(args.profile)


#: The most read of a draft piped in, in bytes: a draft of a thousand findings is a
#: few megabytes.
LARGEST_DRAFT = 50 * 1024 * 1024


def _read_stdin() -> str:
    import sys

    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("drafter render - reads a draft from standard input: pipe one in")
    # /dev/zero or a pipe that never ends was read until memory ran out
    data = sys.stdin.buffer.read(LARGEST_DRAFT + 1)
    if len(data) > LARGEST_DRAFT:
        raise UsageError(
            f"standard input is larger than {LARGEST_DRAFT:,} bytes, more than any draft; "
            "check what is piped in (nothing was rendered)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"<standard input>: byte {exc.start + 1} is not UTF-8; drafts are UTF-8 text"
        ) from None


def _profiles_reference(profile: Profile) -> Path | None:
    """The profile's reference-docx; one it names that is not there is the profile's
    mistake, said as such (not as an option the user did not type)."""
    reference = profile.reference_docx
    if reference is not None and not reference.is_file():
        raise ProfileError(
            f"{profile.path}: reference-docx names {reference}, which is not there; correct "
            "it (a path from the profile's folder), or give another with --reference-docx"
        )
    return reference


def _holds_a_draft(output: Path) -> bool:
    """Whether writing to ``output`` would replace a draft or report file: through a
    link, or under another name (a hard link). Both begin "format = N" and hold a
    [report] table."""
    if not output.is_file():
        return False  # not there, or a pipe (-o /dev/stdout): never read from
    try:
        with output.open("rb") as existing:
            head = existing.read(4096)
    except OSError:
        return False  # not readable: nothing of the writer's to lose
    return head.lstrip().startswith(b"format") and b"[report]" in head
