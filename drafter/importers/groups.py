"""Recommendations grouped under a heading naming the body asked to act.

Joint inspections (with HMCPSI or HMI Probation) and thematic reports group their
recommendations by body: "Recommendations for the police", "Recommendations for
the Crown Prosecution Service", or one "Recommendations" heading and under it
"For the police", "For the Home Office". A register's "Recommendations for
Westshire Police" reads the same way. The body a heading names is the addressee
of each recommendation in the group whose own sentence names none.
"""

from __future__ import annotations

import re

from drafter.importers.lines import Block, BlockKind
from drafter.importers.paragraphs import looks_like_heading
from drafter.importers.wording import body_named

#: A heading that opens a group of recommendations anywhere, and the body it names;
#: or a register's or tracker's own heading, which names none.
_GROUP = re.compile(
    r"^(?:(?:open|all|hmicfrs|our)\s+)?recommendations?\s+(?:for|made\s+to)\s+(\S.{0,80})$"
    r"|^.{0,60}\brecommendations\s+(?:register|tracker)$",
    re.I,
)
#: Words that name a body: "the police", "chief constables", "Westshire Police"; not
#: "improvement" or "action" (a heading such as "Recommendations for improvement").
_BODY = r"(?:the|all|each|every|chief|police|forces|[A-Z])\S*(?:\s+\S+){0,11}"
#: Under a "Recommendations" heading, a sub-heading naming the body: "For the Home Office".
_FOR_BODY = re.compile(rf"^(?:[Ff]or|[Tt]o)\s+({_BODY})$")
#: The longest heading read as a group's.
_MAX_WORDS = 14
#: The most paragraphs the warning about numbered paragraphs left out quotes.
_QUOTED = 3


def group_heading(block: Block, *, in_recommendations: bool) -> str | None:
    """The body a group's heading names ("" for a register's), or None if not one.

    "Recommendations for the police" heads a group anywhere; "For the Home Office"
    only where recommendations are being read (under their heading or another group).
    """
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH and not block.is_heading:
        return None
    if not (block.is_heading or looks_like_heading(block) or text.endswith(":")):
        return None
    if len(text.split()) > _MAX_WORDS:
        return None
    found = _GROUP.match(text)
    if found:
        named = found.group(1) or ""
        return body_named(named) if re.fullmatch(_BODY, named.rstrip(" :.")) else ""
    found = _FOR_BODY.match(text.rstrip(":")) if in_recommendations else None
    return body_named(found.group(1)) if found else None


def skipped_warning(skipped: list[tuple[int, str]]) -> str:
    """The warning naming numbered paragraphs that ask a body to act but were not read.

    No such paragraph is ever dropped silently: it may be a recommendation under a
    heading drafter does not know.
    """
    quoted = "; ".join(f"page {page}: “{text}”" for page, text in skipped[:_QUOTED])
    more = f"; and {len(skipped) - _QUOTED} more" if len(skipped) > _QUOTED else ""
    one = len(skipped) == 1
    counted = "1 numbered paragraph asks" if one else f"{len(skipped)} numbered paragraphs ask"
    return (
        f"{counted} a body to act but {'is' if one else 'are'} not read as "
        f"{'a finding' if one else 'findings'}, as no recommendations heading is above: "
        f"{quoted}{more}. Check the report and add any that are recommendations by hand"
    )
