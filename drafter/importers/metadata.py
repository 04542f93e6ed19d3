"""The report's title and publication date, where the source states them."""

from __future__ import annotations

import datetime as dt
import re

from drafter.dates import MONTHS, out_of_range, parse_date
from drafter.importers.lines import Block
from drafter.importers.markers import match

_DATE = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\s+\d{{4}}"
_PUBLISHED = re.compile(
    rf"\b(?:published(?:\s+on)?|publication\s+date|date\s+of\s+publication)\s*:?\s*({_DATE})", re.I
)
_DATE_LINE = re.compile(rf"^(?:\w+day\s+)?({_DATE})$", re.I)
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})")
#: How far into a report its date is looked for: the cover and the first pages.
SEARCH_BLOCKS = 60
_TITLE_SUFFIX = re.compile(r"\s+[-–|]\s+(?:His|Her) Majesty's Inspectorate.*$", re.I)


def published(
    blocks: list[Block], *, meta: dict[str, str] | None = None, times: list[str] = ()
) -> dt.date | None:  # type: ignore[assignment]
    for key in (
        "dcterms.issued",
        "dc.date.issued",
        "article:published_time",
        "datepublished",
        "date",
    ):
        date = _iso_date((meta or {}).get(key, ""))
        if date:
            return date
    findings_begun = False
    for block in blocks[:SEARCH_BLOCKS]:
        # A date on its own line is the cover's, not a register's status date below
        # its first "Recommendations".
        findings_begun = findings_begun or match(block.text) is not None
        found = _PUBLISHED.search(block.text) or (
            None if findings_begun else _DATE_LINE.match(block.text.strip())
        )
        if found:
            try:
                return parse_date(found.group(1))
            except ValueError:
                continue
    for value in times:
        date = _iso_date(value)
        if date:
            return date
    return None


def _iso_date(value: str) -> dt.date | None:
    """A page's machine-readable date, unless it is impossible or out of drafter's range."""
    found = _ISO.match(value.strip())
    if not found:
        return None
    try:
        date = dt.date.fromisoformat(found.group(1))
    except ValueError:
        return None
    return None if out_of_range(date) else date


def _bare_marker(text: str) -> bool:
    found = match(text)
    return found is not None and not found.rest


def first_line_title(line: str) -> str:
    """Pasted text's first line, where it reads like a report's title.

    A title is one short line starting with a capital, with no full stop at its
    end, no finding's marker, and no date or "Published:" in it.
    """
    text = " ".join(line.split())
    words = text.split()
    if (
        not 2 <= len(words) <= 25
        or not text[:1].isupper()
        or text.endswith((".", ";", ",", ":"))
        or ". " in text
        or match(text) is not None
        or _PUBLISHED.search(text)
        or _DATE_LINE.match(text)
    ):
        return ""
    return text


def title(blocks: list[Block], *candidates: str) -> str:
    """The first of ``candidates`` that is set, else the first heading of the report."""
    for candidate in candidates:
        cleaned = _TITLE_SUFFIX.sub("", " ".join(candidate.split()))
        if cleaned:
            return cleaned
    for block in blocks[:SEARCH_BLOCKS]:
        if block.is_heading and not _bare_marker(block.text):
            return block.text
    return _body_title(blocks)


#: The inspectorate's own name, printed on many reports' first page.
_INSPECTORATE = re.compile(
    r"(?:(?:His|Her) Majesty['’]s )?Inspectorate of Constabulary"
    r"(?: and Fire (?:&|and) Rescue Services)?|HMICFRS|HMIC",
    re.I,
)


def _body_title(blocks: list[Block]) -> str:
    """A title set in the body's type: the first page's first words, where they read
    like a title (first_line_title), before any heading. Some reports print their
    cover so, and their PDF names no /Title."""
    for block in blocks[:SEARCH_BLOCKS]:
        if block.page != 1 or block.is_heading:
            return ""
        if not _INSPECTORATE.fullmatch(block.text.strip()):
            return first_line_title(block.text)
    return ""
