"""The words and numbers that open a finding or a section of findings in a report.

HMICFRS has numbered recommendations many ways ("Recommendation 3", "3.", "3)",
"(3)", "R3", "3.By July" printed tightly, a bare "3" on its own line)
and headed its boxes "Cause of concern", "Area for improvement" and their plurals.
Cleaning needs these too: a line that opens a finding never continues a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

_SEP = r"\s*(?:[:.)\u2013\u2014-]\s*)?"  # "Recommendation 3:", "R3 –", "3)" ...
_NUMBER = r"(\d{1,3}[a-z]?)"

RECOMMENDATION = re.compile(rf"^recommendation\s+{_NUMBER}\b{_SEP}(.*)$", re.I | re.S)
R_NUMBER = re.compile(rf"^R{_NUMBER}\b{_SEP}(.*)$", re.S)
#: "3. ", "3) ", "(3) ", and written tightly, "3.By July" (a capital or quote follows).
NUMBERED = re.compile(
    r"^(?:\((\d{1,3})\)\s*|(\d{1,3}[a-z]?)(?:[.)]\s+|[.)](?=[A-Z‘“\"'])))(.*)$", re.S
)
#: A number on a line of its own, the finding's text below it.
BARE_NUMBER = re.compile(r"^(\d{1,3})[.)]?$")
CAUSE = re.compile(
    rf"^(?:accelerated\s+)?cause\s+of\s+concern(?:\s+{_NUMBER}\b)?{_SEP}(.*)$", re.I | re.S
)
AREA = re.compile(rf"^area\s+for\s+improvement(?:\s+{_NUMBER}\b)?{_SEP}(.*)$", re.I | re.S)

RECOMMENDATIONS_HEADING = re.compile(
    r"^(?:our\s+|other\s+|the\s+|all\s+|further\s+|summary\s+of\s+(?:our\s+)?|list\s+of\s+)?"
    r"recommendations?(?:\s+(?:register|tracker|made))?\s*:?$",
    re.I,
)
CAUSES_HEADING = re.compile(r"^(?:accelerated\s+)?causes\s+of\s+concern\s*:?$", re.I)
AREAS_HEADING = re.compile(r"^areas\s+for\s+improvement\s*:?$", re.I)
#: The words between a marker and its text: punctuation says the marker ends there.
_PUNCTUATED = re.compile(r"[:.)\u2013\u2014-]\s*$")


class Marker(Enum):
    RECOMMENDATION = "recommendation"
    NUMBERED = "numbered"
    CAUSE = "cause"
    AREA = "area"
    RECOMMENDATIONS = "recommendations-heading"
    CAUSES = "causes-heading"
    AREAS = "areas-heading"


@dataclass
class Match:
    marker: Marker
    #: HMICFRS's number, or "" where the report gives none.
    number: str
    #: The finding's text on the same line as the marker ("" when the marker is a heading).
    rest: str


def match(text: str) -> Match | None:
    """The marker ``text`` opens with, if any (the "3." style only where context allows)."""
    text = text.strip()
    for pattern, marker in (
        (RECOMMENDATIONS_HEADING, Marker.RECOMMENDATIONS),
        (CAUSES_HEADING, Marker.CAUSES),
        (AREAS_HEADING, Marker.AREAS),
    ):
        if pattern.match(text):
            return Match(marker, "", "")
    for pattern, marker in (
        (RECOMMENDATION, Marker.RECOMMENDATION),
        (R_NUMBER, Marker.RECOMMENDATION),
        (CAUSE, Marker.CAUSE),
        (AREA, Marker.AREA),
    ):
        found = pattern.match(text)
        if found:
            rest = found.group(2).strip()
            # "Recommendation 1 was accepted", "Cause of concern was raised": a sentence
            # about a finding, not one; a marker runs straight into text only at a capital.
            if rest[:1].islower() and not _PUNCTUATED.search(text[: found.start(2)]):
                return None
            return Match(marker, found.group(1) or "", rest)
    found = NUMBERED.match(text)
    if found:
        return Match(Marker.NUMBERED, found.group(1) or found.group(2), found.group(3).strip())
    found = BARE_NUMBER.match(text)
    if found:
        return Match(Marker.NUMBERED, found.group(1), "")
    return None
