"""Lines from pasted text or Markdown: a blank line or a form feed ends a paragraph.

Text copied out of a PDF viewer often has no blank lines at all; then a line that
ends a sentence, followed by one that starts with a capital, ends a paragraph.
"""

from __future__ import annotations

import itertools
import re

from drafter.importers.cleaning import drop_footnote_markers, ends_sentence
from drafter.importers.lines import Line
from drafter.importers.markers import match as marker_at

_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_STRONG = re.compile(r"^(\*\*|__)(.+)\1$")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_BULLET = re.compile(r"^[*+-]\s+")


def read_text(text: str) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw = text.split("\n")
    blank_lines = any(not a.strip() and b.strip() for a, b in itertools.pairwise(raw))
    lines: list[Line] = []
    region = 0
    page = 1
    gap = True
    previous = ""
    for row in raw:
        if "\f" in row:
            region += row.count("\f")
            page += row.count("\f")
            row = row.replace("\f", "")
        stripped = row.strip()
        if not stripped:
            gap = True
            continue
        heading = False
        bullet = False
        found = _HEADING.match(stripped)
        if found:
            stripped, heading = found.group(1), True
        strong = _STRONG.match(stripped)
        if strong:
            stripped, heading = strong.group(2).strip(), True
        if _MD_BULLET.match(stripped):
            stripped, bullet = _MD_BULLET.sub("", stripped), True
        stripped = _EMPHASIS.sub(r"\2", _LINK.sub(r"\1", stripped))
        stripped = drop_footnote_markers(stripped)
        para_start = gap or bullet or heading or _opens(stripped) or _bare_marker(previous)
        if not blank_lines and not para_start and previous:
            para_start = ends_sentence(previous) and stripped[:1].isupper()
        lines.append(Line(stripped, page, region, para_start, heading, edge=True, bullet=bullet))
        previous = stripped
        gap = heading
    return lines


def _opens(text: str) -> bool:
    return marker_at(text) is not None


def _bare_marker(text: str) -> bool:
    found = marker_at(text) if text else None
    return found is not None and not found.rest
