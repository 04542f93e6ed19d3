"""Actions after publication: which findings are tracked, how late, and their RAG mark.

Pure rules over drafter.model, shared by the progress layout, ``drafter actions``,
``drafter status`` and the editor. The rules are documented in docs/draft-format.md
("Progress after publication") and docs/progress.md.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from drafter.errors import UnknownFinding
from drafter.model import ActionStatus, Draft, Finding, FindingKind

#: An action due within this many days (and not done) is marked amber.
AMBER_DAYS = 30


class Rag(StrEnum):
    """The red, amber or green mark a Police and Crime Panel reads first."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def is_tracked(draft: Draft, finding: Finding) -> bool:
    """An accepted finding the response answers (areas for improvement only when included)."""
    if not finding.is_action:
        return False
    return (
        finding.kind is not FindingKind.AREA_FOR_IMPROVEMENT
        or draft.response.include_areas_for_improvement
    )


def tracked(draft: Draft) -> list[Finding]:
    return [f for f in draft.findings if is_tracked(draft, f)]


def is_open(finding: Finding) -> bool:
    status = finding.current_status
    return status is None or status.is_open


def days_overdue(finding: Finding, today: dt.date) -> int | None:
    """Days past the target of an action not yet done; None when it is not overdue."""
    status = finding.current_status
    if finding.target is None or (status is not None and status.is_done):
        return None
    late = (today - finding.target).days
    return late if late > 0 else None


def rag(finding: Finding, today: dt.date) -> Rag | None:
    """Red overdue; amber due within 30 days or not started; green done or on track.

    None for a superseded action, which is neither late nor done.
    """
    status = finding.current_status
    if status is ActionStatus.SUPERSEDED:
        return None
    if status in (ActionStatus.COMPLETE, ActionStatus.CLOSED):
        return Rag.GREEN
    if days_overdue(finding, today) is not None:
        return Rag.RED
    if status in (None, ActionStatus.PLANNED):
        return Rag.AMBER
    if finding.target is not None and (finding.target - today).days <= AMBER_DAYS:
        return Rag.AMBER
    return Rag.GREEN


def status_label(finding: Finding) -> str:
    status = finding.current_status
    return status.label if status else "Not started"


# --- findings as people write them ---------------------------------------------------

_KIND_WORDS = {
    "r": FindingKind.RECOMMENDATION,
    "rec": FindingKind.RECOMMENDATION,
    "recommendation": FindingKind.RECOMMENDATION,
    "afi": FindingKind.AREA_FOR_IMPROVEMENT,
    "areaforimprovement": FindingKind.AREA_FOR_IMPROVEMENT,
    "coc": FindingKind.CAUSE_OF_CONCERN,
    "c": FindingKind.CAUSE_OF_CONCERN,
    "causeofconcern": FindingKind.CAUSE_OF_CONCERN,
}

_REFERENCE = re.compile(r"^\s*(?P<kind>[^\W\d_][^\d]*?)?[\s.:#-]*(?P<number>\d[\w.]*)\s*$")


def parse_reference(text: str) -> tuple[FindingKind | None, str] | None:
    """``R3``, ``AFI 2``, ``CoC1``, "Recommendation 3" -> (kind, "3"); a bare "3" has no kind.

    None when the text does not read as a finding at all.
    """
    match = _REFERENCE.match(text)
    if not match:
        return None
    words = match.group("kind")
    if words is None:
        return None, match.group("number")
    kind = _KIND_WORDS.get(re.sub(r"[\s.-]", "", words.casefold()))
    if kind is None:
        return None
    return kind, match.group("number")


def short_reference(finding: Finding) -> str:
    """How people write a finding: R3, AFI2, CoC1."""
    prefix = {
        FindingKind.RECOMMENDATION: "R",
        FindingKind.AREA_FOR_IMPROVEMENT: "AFI",
        FindingKind.CAUSE_OF_CONCERN: "CoC",
    }[finding.kind]
    return f"{prefix}{finding.number}"


def _key(text: str) -> str:
    """A reference as compared: case, spaces and the marks between its parts ignored."""
    return re.sub(r"[\s.:#-]", "", text.casefold())


def _written(draft: Draft, reference: str) -> list[Finding]:
    """The findings ``reference`` names as written whole: as `drafter actions` prints
    it (RCPS1), its bare number (CPS1), or a kind's word and the number
    ("Recommendation CPS1"), for numbers that start with letters, which
    ``parse_reference`` cannot split from the kind."""
    wanted = _key(reference)
    printed = [f for f in draft.findings if _key(short_reference(f)) == wanted]
    if printed:
        return printed
    found = [f for f in draft.findings if _key(f.number) == wanted]
    for word, kind in _KIND_WORDS.items():
        if wanted.startswith(word):
            rest = wanted[len(word) :]
            found += [f for f in draft.findings if f.kind is kind and _key(f.number) == rest]
    return list({id(f): f for f in found}.values())


def find_finding(draft: Draft, reference: str) -> Finding:
    """The finding ``reference`` names; UnknownFinding when none (or more than one) fits."""
    parsed = parse_reference(reference)
    known = [short_reference(f) for f in draft.findings]
    matches = []
    if parsed is not None:
        kind, number = parsed
        matches = [
            f
            for f in draft.findings
            if f.number.casefold() == number.casefold() and (kind is None or f.kind is kind)
        ]
    if not matches:
        matches = _written(draft, reference)
    if len(matches) != 1:
        raise UnknownFinding(reference, known, ambiguous=[short_reference(f) for f in matches])
    return matches[0]
