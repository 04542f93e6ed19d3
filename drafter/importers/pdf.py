"""Lines from a PDF, with pypdf: text, position, size; columns and paragraphs by geometry.

pypdf's visitor hands over each run of text with its matrix and font size. From
those this module rebuilds lines in reading order (left column, then right, where
a page has two), marks a paragraph wherever the gap between lines grows, marks
larger type as a heading, and drops footnote numbers: small or raised digits.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from drafter.importers.lines import Line
from drafter.importers.problems import ImportProblem

#: Paragraph gap: a line spaced this much wider than the text's usual leading.
PARAGRAPH_GAP = 1.35
#: Line spacing as a multiple of the type size: what most text is set at, and the
#: most any body text is.
USUAL_LEADING = 1.2
WIDEST_LEADING = 1.6
#: Larger than the body text by this factor: a heading.
HEADING_SIZE = 1.12


@dataclass
class Fragment:
    text: str
    x: float
    y: float
    size: float
    bold: bool


@dataclass
class PdfLine:
    fragments: list[Fragment] = field(default_factory=list)
    region: int = 0
    page: int = 1

    @property
    def y(self) -> float:
        return self.fragments[0].y

    # Cached: _lines asks each line's size and boldness several times over, and a
    # hundred-page report has thousands of lines (bench/import_pdf.py).
    @cached_property
    def size(self) -> float:
        weights: Counter[float] = Counter()
        for f in self.fragments:
            weights[round(f.size, 1)] += len(f.text.strip())
        return weights.most_common(1)[0][0] if weights else 0.0

    @cached_property
    def bold(self) -> bool:
        return all(f.bold for f in self.fragments if f.text.strip())


@dataclass
class PdfText:
    lines: list[Line]
    pages: int
    title: str


def read_pdf(data: bytes, name: str) -> PdfText:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    # pypdf logs what it repairs ("EOF marker not found") straight to stderr; the
    # officer gets drafter's one message about the file instead.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    reader = None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypts(reader):
            raise ImportProblem(
                f"{name} is an encrypted PDF and needs a password; nothing was imported. "
                "Open it in a PDF reader, save a copy without a password and import that, "
                "or paste the report's text instead"
            )
        pages = list(reader.pages)
        extracted = [_fragments(page) for page in pages]
        title = _info_title(reader)
    except ImportProblem:
        raise
    except FileNotDecryptedError:
        raise ImportProblem(_encrypted(name)) from None
    except DependencyError as exc:
        # pypdf lacks a decoder: for an encrypted file, the cipher's (the
        # cryptography package); otherwise the compression's (jbig2dec, brotli).
        if reader is not None and reader.is_encrypted:
            raise ImportProblem(_encrypted(name)) from None
        raise ImportProblem(_undecodable(name, str(exc))) from None
    except NotImplementedError as exc:  # pypdf's word for a filter it does not know
        raise ImportProblem(_undecodable(name, str(exc))) from None
    except (PyPdfError, ValueError, LookupError, TypeError, OSError, ArithmeticError) as exc:
        raise ImportProblem(
            f"{name} is not a readable PDF ({exc}); nothing was imported. "
            "Check the file is the report itself, import the report's web page instead "
            "(saved as HTML), or paste its text"
        ) from None
    if not any(frags for frags, _ in extracted):
        damaged = _damaged_page(pages)
        if damaged is not None:
            raise ImportProblem(
                f"{name} has a damaged compressed stream on page {damaged[0]} (its "
                f"{damaged[1]} data does not decode), so its text cannot be read; it is not "
                "a scan. Nothing was imported. Download the PDF again, import the report's "
                "web page instead (saved as HTML), or paste its text: "
                "drafter import - < report.txt"
            )
        raise ImportProblem(
            f"{name} has {len(pages)} page{'s' if len(pages) != 1 else ''} but no text "
            "(it looks like a scan, made of images); nothing was imported. "
            "Paste the report's text instead: drafter import - < report.txt"
        )
    return PdfText(_lines(extracted), len(pages), title)


def _encrypted(name: str) -> str:
    return (
        f"{name} is an encrypted PDF that drafter cannot open; nothing was imported. "
        "Save a copy without a password, or paste the report's text instead"
    )


def _undecodable(name: str, detail: str) -> str:
    detail = detail.strip().rstrip(".")  # pypdf's "jbig2dec binary is not available."
    lowered = detail.casefold()
    what = "JBIG2 image" if "jbig2" in lowered else "Brotli" if "brotli" in lowered else "a"
    return (
        f"{name} uses {what} compression that drafter cannot decode here ({detail}); it is "
        "not encrypted. Nothing was imported. Import the report's web page instead (saved "
        "as HTML), or paste its text: drafter import - < report.txt"
    )


def _damaged_page(pages: list) -> tuple[int, str] | None:  # type: ignore[type-arg]
    """The first page whose content stream holds data that decodes to nothing.

    pypdf logs a stream it cannot inflate and carries on with no text, which would
    pass for a scan; a scan's content decodes (to image operators), a damaged one not.
    """
    for number, page in enumerate(pages, start=1):
        try:
            contents = page.get("/Contents")
            streams = contents.get_object() if contents is not None else None
            if streams is None:
                continue
            for ref in streams if isinstance(streams, list) else [streams]:
                stream = ref.get_object()
                filters = stream.get("/Filter", "")
                if isinstance(filters, list):
                    filters = " ".join(str(f) for f in filters)
                label = str(filters).lstrip("/") or "stream"
                try:
                    decoded = stream.get_data()
                except Exception:  # any decoder's failure means the same: unreadable
                    return number, label
                # pypdf keeps no /Length once read, and has no public name for the
                # undecoded bytes: ``_data`` holds them.
                if getattr(stream, "_data", b"").strip() and not decoded.strip():
                    return number, label
        except Exception:  # a page too broken to inspect: leave it to the scan message
            continue
    return None


def _decrypts(reader) -> bool:  # type: ignore[no-untyped-def]
    # Many published PDFs are "encrypted" only to restrict printing: the empty
    # password opens them.
    return bool(reader.decrypt(""))


def _info_title(reader) -> str:  # type: ignore[no-untyped-def]
    try:
        title = str((reader.metadata or {}).get("/Title") or "").strip()
    except Exception:  # a broken info dictionary costs only the title
        return ""
    junk = ("untitled", "microsoft word", "powerpoint")
    if (
        not title
        or title.casefold().startswith(junk)
        or title.lower().endswith((".doc", ".docx", ".pdf"))
    ):
        return ""
    return title


def _fragments(page) -> tuple[list[Fragment], float]:  # type: ignore[no-untyped-def]
    found: list[Fragment] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if not text.strip():
            return
        m = [
            tm[0] * cm[0] + tm[1] * cm[2],
            tm[0] * cm[1] + tm[1] * cm[3],
            tm[2] * cm[0] + tm[3] * cm[2],
            tm[2] * cm[1] + tm[3] * cm[3],
        ]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        base = str((font or {}).get("/BaseFont", ""))
        bold = any(w in base for w in ("Bold", "Black", "Heavy", ",B"))
        clean = " ".join(text.replace("\n", " ").split(" "))
        found.append(Fragment(clean, x, y, size * math.hypot(m[2], m[3]), bold))

    page.extract_text(visitor_text=visit)
    width = float(page.mediabox.width)
    return found, width


def _split_columns(frags: list[Fragment], width: float) -> list[list[Fragment]]:
    """One list of fragments per region in reading order: above the columns, left, right."""
    starts = Counter(
        round(f.x / 2) * 2
        for f in frags
        if 0.4 * width <= f.x <= 0.7 * width and len(f.text.strip()) >= 3
    )
    if not starts:
        return [frags]
    x, count = starts.most_common(1)[0]
    rows = {round(f.y) for f in frags if abs(f.x - x) <= 2}
    if count < 4 or len(rows) < 4 or count < 0.15 * len(frags):
        return [frags]
    split = x - 2
    right = [f for f in frags if f.x >= split]
    top_of_right = max(f.y for f in right)
    above = [f for f in frags if f.x < split and f.y > top_of_right + 1]
    left = [f for f in frags if f.x < split and f.y <= top_of_right + 1]
    return [r for r in (above, left, right) if r]


def _group_lines(frags: list[Fragment]) -> list[list[Fragment]]:
    lines: list[list[Fragment]] = []
    for frag in sorted(frags, key=lambda f: -f.y):
        if lines:
            line = lines[-1]
            anchor = max(line, key=lambda f: f.size)
            if abs(anchor.y - frag.y) <= 0.45 * max(anchor.size, frag.size):
                line.append(frag)
                continue
        lines.append([frag])
    for line in lines:
        line.sort(key=lambda f: f.x)
    return lines


def _is_footnote(frag: Fragment, line: list[Fragment]) -> bool:
    text = frag.text.strip()
    if not text.replace(",", "").isdigit() or len(line) == 1:
        return False
    body = max(f.size for f in line)
    baseline = min(f.y for f in line if f.size == body)
    return frag.size < 0.8 * body or frag.y - baseline > 0.2 * body


def _line_text(frags: list[Fragment]) -> str:
    text = ""
    end = None
    for frag in frags:
        piece = frag.text
        joined = text and end is not None and not text.endswith(" ") and not piece.startswith(" ")
        if joined and frag.x - end > 0.3 * frag.size:
            text += " "
        text += piece
        end = frag.x + 0.5 * frag.size * len(piece)
    return text.strip()


def _lines(pages: list[tuple[list[Fragment], float]]) -> list[Line]:
    built: list[PdfLine] = []
    region = 0
    for number, (frags, width) in enumerate(pages, start=1):
        page_lines: list[PdfLine] = []
        for group in _split_columns(frags, width):
            for frag_line in _group_lines(group):
                kept = [f for f in frag_line if not _is_footnote(f, frag_line)]
                if kept:
                    page_lines.append(PdfLine(kept, region, number))
            region += 1
        built.extend(page_lines)
    if not built:
        return []
    body = Counter(line.size for line in built).most_common(1)[0][0]
    ratios = [
        (a.y - b.y) / b.size
        for a, b in itertools.pairwise(built)
        if a.region == b.region and a.size == b.size == body and 0 < a.y - b.y < 3 * body
    ]
    leading = statistics.median(ratios) if ratios else USUAL_LEADING
    if leading > WIDEST_LEADING:
        # Wider than any type is set: the gaps measured are between paragraphs of one
        # line each (a register, a list of short recommendations), not within them.
        leading = USUAL_LEADING
    edges = _edge_lines(built)
    out: list[Line] = []
    previous: PdfLine | None = None
    for i, line in enumerate(built):
        para_start = True
        if previous is not None and previous.region == line.region:
            gap = (previous.y - line.y) / max(line.size, 0.1)
            para_start = (
                gap > leading * PARAGRAPH_GAP
                or abs(line.size - previous.size) > 0.1 * body
                or line.bold != previous.bold
            )
        out.append(
            Line(
                text=_line_text(line.fragments),
                page=line.page,
                region=line.region,
                para_start=para_start,
                heading=line.size > body * HEADING_SIZE,
                edge=i in edges,
            )
        )
        previous = line
    return out


def _edge_lines(lines: list[PdfLine]) -> set[int]:
    """The two highest and two lowest lines of each page, where furniture is printed."""
    by_page: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        by_page.setdefault(line.page, []).append(i)
    edges: set[int] = set()
    for indexes in by_page.values():
        ordered = sorted(indexes, key=lambda i: -lines[i].y)
        edges.update(ordered[:2])
        edges.update(ordered[-2:])
    return edges
