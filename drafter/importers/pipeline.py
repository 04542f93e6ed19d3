"""The import pipeline: read the source, clean it, find the findings, check the result.

The package face (drafter/importers/__init__.py) re-exports its entry point; the
modules here import one another by their full names, never through the face, so
that importing the package runs no circle.
"""

from __future__ import annotations

import datetime as dt
import stat
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from drafter.importers.cleaning import build_blocks, strip_furniture
from drafter.importers.findings import detect
from drafter.importers.lines import Block, Line
from drafter.importers.metadata import first_line_title
from drafter.importers.metadata import published as published_date
from drafter.importers.metadata import title as report_title
from drafter.importers.numbering import numbering_gaps
from drafter.importers.problems import ImportProblem
from drafter.model import Finding, FindingKind, Report


class SourceKind(StrEnum):
    PDF = "pdf"
    HTML = "html"
    TEXT = "text"


@dataclass
class ImportResult:
    """What a source yielded: a report's findings, title and date, and what to check."""

    source: str
    kind: SourceKind
    findings: list[Finding]
    title: str = ""
    published: dt.date | None = None
    warnings: list[str] = field(default_factory=list)
    #: Pages read (1 for a web page or text).
    pages: int = 1

    def count(self, kind: FindingKind) -> int:
        return sum(1 for f in self.findings if f.kind is kind)

    def report(self, *, title: str = "", published: dt.date | None = None) -> Report:
        """The report as a draft holds it; ``title`` and ``published`` override what was found."""
        return Report(
            title=title or self.title,
            published=published or self.published,
            findings=[_copy(f) for f in self.findings],
        )


def _copy(finding: Finding) -> Finding:
    return Finding(
        kind=finding.kind,
        number=finding.number,
        text=finding.text,
        addressee=finding.addressee,
        deadline=finding.deadline,
        cause=finding.cause,
    )


_SUFFIXES = {".pdf": SourceKind.PDF, ".html": SourceKind.HTML, ".htm": SourceKind.HTML}

#: The most read of a source, in bytes: the largest report PDFs run to tens of
#: megabytes, and /dev/zero or a pipe that never ends was read until memory ran out.
LARGEST_SOURCE = 200 * 1024 * 1024


def read_at_most(stream: BinaryIO, label: str) -> bytes:
    """All of ``stream``, refused (ImportProblem) past LARGEST_SOURCE bytes."""
    data = stream.read(LARGEST_SOURCE + 1)
    if len(data) > LARGEST_SOURCE:
        size = (
            f"{LARGEST_SOURCE // 2**20:,} MB"
            if LARGEST_SOURCE >= 2**20
            else f"{LARGEST_SOURCE:,} bytes"
        )
        raise ImportProblem(
            f"{label} is larger than {size}, more than any report; check that it is the "
            "report (nothing was imported)"
        )
    return data


def import_report(
    source: Path | str | bytes,
    *,
    kind: SourceKind | str | None = None,
    name: str | None = None,
) -> ImportResult:
    """Read the findings of a report.

    ``source`` is a path to a file, the report's text itself (a ``str``, as pasted),
    or the raw bytes of a file (standard input). ``kind`` forces how it is read;
    otherwise the content decides. ``name`` is how messages refer to the source.
    """
    if isinstance(source, Path):
        label = name or str(source)
        data = _read_file(source, label)
        text: str | None = None
    elif isinstance(source, str):
        label = name or "the pasted text"
        data, text = b"", source
    else:
        label = name or "standard input"
        data, text = bytes(source), None
    chosen = SourceKind(kind) if kind else None
    if text is None:
        if not data.strip():
            raise ImportProblem(f"{label} is empty; nothing was imported")
        chosen = chosen or _sniff(data, source if isinstance(source, Path) else None)
        if chosen is not SourceKind.PDF:
            text = _decode(data, label)
    elif not text.strip():
        raise ImportProblem(f"{label} is empty; nothing was imported")
    chosen = chosen or _sniff_text(text or "")
    return _run(chosen, data, text or "", label)


def _read_file(path: Path, label: str) -> bytes:
    if path.is_dir():
        raise ImportProblem(f"{label} is a folder; give the report's PDF, web page or text file")
    try:
        if stat.S_ISCHR(path.stat().st_mode) or stat.S_ISBLK(path.stat().st_mode):
            raise ImportProblem(
                f"{label} is a device, not a file; give the report's PDF, web page or text file"
            )
        with path.open("rb") as stream:
            return read_at_most(stream, label)
    except FileNotFoundError:
        raise ImportProblem(f"{label}: no such file; check the path") from None
    except OSError as exc:
        raise ImportProblem(f"{label} cannot be read: {exc.strerror or exc}") from None


def _sniff(data: bytes, path: Path | None) -> SourceKind | None:
    if b"%PDF-" in data[:1024]:
        return SourceKind.PDF
    if path is not None and path.suffix.lower() == ".pdf":
        raise ImportProblem(
            f"{path} is named .pdf but is not a PDF (it does not start with %PDF); "
            "nothing was imported. Download the report again, or paste its text instead"
        )
    return None if path is None else _SUFFIXES.get(path.suffix.lower())


def _sniff_text(text: str) -> SourceKind:
    head = text[:4096].lower()
    if any(tag in head for tag in ("<!doctype html", "<html", "<body", "<p>", "<h1", "<div")):
        return SourceKind.HTML
    return SourceKind.TEXT


def _decode(data: bytes, label: str) -> str:
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        raise ImportProblem(
            f"{label} is a Word document, which drafter does not read; nothing was "
            "imported. Save it as PDF, or paste its text"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with its byte-order mark: PowerShell's ">", Notepad's "Unicode"
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ImportProblem(_not_readable(label)) from None
    if b"\x00" in data[:8192]:
        raise ImportProblem(_not_readable(label))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100) or text.count("\ufffd") > len(text) // 50:
        raise ImportProblem(_not_readable(label))
    return text


def _not_readable(label: str) -> str:
    return (
        f"{label} is not a PDF, a web page or text (it looks like binary data); "
        "nothing was imported. Give the report's PDF, its web page saved as HTML, or its text"
    )


def _run(kind: SourceKind, data: bytes, text: str, label: str) -> ImportResult:
    title_candidates: list[str] = []
    meta: dict[str, str] = {}
    times: list[str] = []
    pages = 1
    lines: list[Line]
    if kind is SourceKind.PDF:
        from drafter.importers.pdf import read_pdf

        pdf = read_pdf(data, label)
        lines = strip_furniture(pdf.lines, pages=pdf.pages)
        pages = pdf.pages
        title_candidates.append(pdf.title)
    elif kind is SourceKind.HTML:
        from drafter.importers.webpage import read_html

        page = read_html(text)
        lines = page.lines
        title_candidates += [page.h1, page.title]
        meta, times = page.meta, page.times
    else:
        from drafter.importers.plaintext import read_text

        lines = strip_furniture(read_text(text), pages=1, pasted=True)
        # The first line, unless the sentence it starts goes on below it.
        if lines and not lines[0].heading and (len(lines) < 2 or not lines[1].text[:1].islower()):
            title_candidates.append(first_line_title(lines[0].text))
    blocks = build_blocks(lines)
    detected = detect(blocks)
    result = ImportResult(
        source=label,
        kind=kind,
        findings=detected.findings,
        title=report_title(blocks, *title_candidates),
        published=published_date(blocks, meta=meta, times=times),
        warnings=detected.warnings,
        pages=pages,
    )
    if not result.findings:
        raise ImportProblem(_nothing_found(result, blocks, detected.skipped))
    # A missing title or date is not a warning here: result.title and .published say
    # so, and each front end asks for them in its own way.
    result.warnings += numbering_gaps(result.findings)
    return result


def _nothing_found(
    result: ImportResult, blocks: list[Block], skipped: list[tuple[int, str]]
) -> str:
    read = f"{len(blocks)} paragraph{'s' if len(blocks) != 1 else ''}"
    if result.kind is SourceKind.PDF:
        read += f" on {result.pages} page{'s' if result.pages != 1 else ''}"
    what = f"read {read}"
    if result.title:
        what += f" (title: {result.title})"
    advice = {
        SourceKind.PDF: "if the PDF is a scan, paste its text instead",
        SourceKind.HTML: "check that this is the report's own page, not a news item or index",
        SourceKind.TEXT: "check that the text includes the report's recommendations",
    }[result.kind]
    if skipped:
        # Numbered paragraphs asking a body to act, under no heading drafter reads as
        # a list of findings: perhaps recommendations under a heading it does not know.
        page, text = skipped[0]
        more = f" and {len(skipped) - 1} more" if len(skipped) > 1 else ""
        advice = (
            f"numbered paragraphs ask a body to act (page {page}: “{text}”{more}) but no "
            "“Recommendations” heading is above them; if they are recommendations, put that "
            "heading above them and import again"
        )
    return (
        f"no recommendations, causes of concern or areas for improvement found in "
        f"{result.source}; {what}; {advice}"
    )
