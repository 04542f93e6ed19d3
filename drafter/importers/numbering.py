"""Numbers that stay unique in a draft when a report numbers its groups from 1 again.

Joint and thematic reports group their recommendations by the body asked to act
("Recommendations for the Crown Prosecution Service") or by chapter, and number
each group from 1. A draft holds each number once per kind, so such findings are
numbered in order across the report, and one warning tells the writer which of
the report's numbers became which, to check against the report. A report that
numbers every finding once keeps HMICFRS's numbers untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.importers.paragraphs import reworded, same_words
from drafter.model import Finding, FindingKind


@dataclass
class Placed:
    """Where a finding sat in the report: its own number, the heading above it, its page."""

    finding: Finding
    #: The report's number ("" where the report gives none).
    number: str
    #: The heading of the group or chapter it sits under ("" before any heading).
    group: str
    page: int
    #: The cause of concern it belongs to, followed through any renumbering.
    cause: Finding | None = None


@dataclass
class Repeat:
    """A finding the report printed before (a summary list, then the body)."""

    first: Placed
    #: Word for word (dropped quietly), or in other words (both are shown).
    verbatim: bool


class Numbering:
    """The findings as the report numbers them, to tell a repeat from a new group."""

    def __init__(self) -> None:
        self.placed: list[Placed] = []
        self._by_number: dict[tuple[FindingKind, str], list[Placed]] = {}

    def place(self, placed: Placed) -> None:
        finding = placed.finding
        self._by_number.setdefault((finding.kind, finding.number), []).append(placed)
        self.placed.append(placed)

    def repeat(self, kind: FindingKind, number: str, text: str, who: str) -> Repeat | None:
        """The earlier finding ``text`` repeats under ``number``, or None if it is new.

        A different finding under a number already used is a report numbering each
        chapter or body from 1 again: it is new, and numbered afresh at the end.
        """
        earlier = self._by_number.get((kind, number), [])
        for first in earlier:
            if same_words(first.finding.text, text):
                return Repeat(first, verbatim=True)
        for first in earlier:
            body = first.finding.addressee
            if reworded(first.finding.text, text) and (
                not who or not body or who.casefold() == body.casefold()
            ):
                return Repeat(first, verbatim=False)
        return None

    def renumber(self) -> list[str]:
        """Number each kind in order where the report's numbers repeat; the warnings."""
        return renumber(self.placed)


def renumber(placed: list[Placed]) -> list[str]:
    """Number each kind in order where the report's numbers repeat; the warnings to give."""
    warnings: list[str] = []
    for kind in FindingKind:
        mine = [p for p in placed if p.finding.kind is kind]
        numbers = [p.finding.number for p in mine]
        if len(set(numbers)) == len(numbers):
            continue
        warnings += _gaps_per_group(kind, mine)
        for i, p in enumerate(mine, 1):
            p.finding.number = str(i)
        warnings.append(_renumbered(kind, mine))
    for p in placed:
        if p.cause is not None:
            p.finding.cause = p.cause.number
    return warnings


def _renumbered(kind: FindingKind, mine: list[Placed]) -> str:
    changed: dict[str, list[Placed]] = {}
    for p in mine:
        if p.number and p.number != p.finding.number:
            changed.setdefault(p.group, []).append(p)
    parts = []
    for group, moved in changed.items():
        here = _and([p.finding.number for p in moved])
        theirs = _and([p.number for p in moved])
        under = f" under “{group}”" if group else f" on page {moved[0].page}"
        if len(moved) == 1:
            parts.append(f"{here} is the report's {theirs}{under}")
        else:
            parts.append(f"{here} are the report's {theirs}{under}")
    listed = "; ".join(parts[:1] + [p.replace(" the report's ", " its ") for p in parts[1:]])
    groups = _and([f"“{g}”" for g in changed if g]) or "a later heading"
    return (
        f"the report numbers its {kind.plural} from 1 again under {groups}; drafter "
        f"numbered all {len(mine)} in order so that each number is used once: {listed}. "
        "Check them against the report"
    )


def _gaps_per_group(kind: FindingKind, mine: list[Placed]) -> list[str]:
    by_group: dict[str, list[Finding]] = {}
    for p in mine:
        if p.number:
            by_group.setdefault(p.group, []).append(Finding(kind, p.number, p.finding.text))
    warnings = []
    for group, found in by_group.items():
        for gap in numbering_gaps(found):
            warnings.append(f"under “{group}”: {gap}" if group else gap)
    return warnings


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def numbering_gaps(found: list[Finding]) -> list[str]:
    """Warn where HMICFRS's numbering skips: a finding the importer may have missed.

    s.55(5B) needs every recommendation answered, so a silent gap is the worst failure
    an import can have; the writer is told which numbers to look for in the report.
    """
    warnings = []
    for kind in FindingKind:
        numbers = sorted(int(f.number) for f in found if f.kind is kind and f.number.isdigit())
        if not numbers:
            continue
        missing = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
        if missing:
            listed = ", ".join(str(n) for n in missing)
            noun = kind.label.lower() if len(missing) == 1 else kind.plural
            warnings.append(
                f"{noun} {listed} not found, though later numbers were; check the report "
                "and add the missing text by hand, or paste that page's text"
            )
    return warnings
