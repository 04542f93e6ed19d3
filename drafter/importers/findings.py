"""Finding the findings: recommendations, causes of concern and areas for improvement.

The blocks of a cleaned report are read in order, keeping track of the section
they sit in: after a "Recommendations" heading a numbered paragraph ("3.") is a
recommendation; after "Areas for improvement" each "The force should ..." is one;
recommendations that follow a cause of concern belong to it. Bullet lists stay
inside the finding they complete, one "- " line per item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from drafter.importers.cleaning import ends_sentence
from drafter.importers.groups import group_heading, skipped_warning
from drafter.importers.lines import Block, BlockKind
from drafter.importers.markers import Marker, match
from drafter.importers.numbering import Numbering, Placed
from drafter.importers.paragraphs import continues, looks_like_heading
from drafter.importers.tracker import is_tracker_line
from drafter.importers.wording import ASKS, asked, deadline
from drafter.model import Finding, FindingKind

#: A sentence that introduces recommendations rather than being one: "To address this
#: cause of concern, we recommend that:", "HMICFRS recommends that, within six months,
#: the force should:".
_INTRO = re.compile(
    r"\b(?:recommends?|recommended)\s+that\b|\b(?:should|must|are\s+to|is\s+to)\s*:$"
    r"|^(?:within|by|with|immediately)\b[^:]*,\s*(?:the\s+|all\s+)?[\w ]+:$",
    re.I,
)
#: "... we recommend that the force should act.": the recommendation in the same sentence.
_RECOMMENDS = re.compile(
    r"^(?:to\s+address\s+[^,]+,\s*)?(?:we|HMICFRS|HMIC|the\s+inspectorate)\s+(?:also\s+)?"
    r"recommends?\s+that\b",
    re.I,
)


#: Characters past which a finding is warned about: HMICFRS's longest, with their
#: lists, run to a few thousand; one of tens of thousands has run on into the report.
LONG_FINDING = 5_000


class Section(Enum):
    NONE = "none"
    RECOMMENDATIONS = "recommendations"
    CAUSE_RECOMMENDATIONS = "cause-recommendations"
    CAUSES = "causes"
    AREAS = "areas"


@dataclass
class Detected:
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Numbered paragraphs asking a body to act that no section made a finding
    #: (page, text): named in a warning, or in the message when nothing was found.
    skipped: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Pending:
    kind: FindingKind
    number: str
    page: int


@dataclass
class _Lead:
    """A sentence introducing a list of recommendations, and who and when it names."""

    text: str
    addressee: str
    deadline: str
    #: Its list items finish its sentence ("the force should:") rather than stand alone.
    completes: bool


class _Reader:
    def __init__(self) -> None:
        self.out = Detected()
        #: Warnings in the order found, each about a finding (named by its final number,
        #: once numbering that starts again has been made unique) or about none.
        self.notes: list[tuple[Finding | None, str]] = []
        #: Each finding's number, heading and page in the report, in order.
        self.numbering = Numbering()
        #: The heading above, and the body it names where it heads a group of
        #: recommendations ("Recommendations for the police", "For the Home Office").
        self.group = ""
        self.group_addressee = ""
        #: Numbered paragraphs asking a body to act that no section made a finding.
        self.skipped: list[tuple[int, str]] = []
        self.section = Section.NONE
        self.cause: Finding | None = None
        self.cause_has_recommendations = False
        self.current: Finding | None = None
        self.pending: _Pending | None = None
        self.unnumbered: dict[FindingKind, int] = {}
        #: The current section numbers its findings itself ("Recommendation 3"), so a
        #: further paragraph that asks for something belongs to the finding above it.
        self.numbered_section = False
        #: The sentence introducing the list being read, if one did.
        self.lead: _Lead | None = None
        #: A register's status lines have been seen: notes between items do not end it.
        self.tracker = False

    # --- numbering --------------------------------------------------------------
    def next_number(self, kind: FindingKind) -> str:
        numbers = [
            int(m.group())
            for f in self.out.findings
            if f.kind is kind and (m := re.match(r"\d+", f.number))
        ]
        self.unnumbered[kind] = self.unnumbered.get(kind, 0) + 1
        return str(max(numbers, default=0) + 1)

    # --- building ---------------------------------------------------------------
    def warn(self, about: Finding | None, text: str) -> None:
        """A warning; ``about``'s title opens it, with the number it ends up with."""
        self.notes.append((about, text))

    def add(self, kind: FindingKind, number: str, text: str, page: int) -> None:
        """A finding, numbered as the report numbers it ("" gives it the next number)."""
        who, partners = asked(text)
        if number and (repeat := self.numbering.repeat(kind, number, text, who)) is not None:
            if not repeat.verbatim:  # word for word, a summary list repeated in the body
                first = repeat.first
                where = (
                    f"both on page {page}"
                    if first.page == page
                    else f"page {first.page} and page {page}"
                )
                self.warn(
                    first.finding,
                    f" appears twice with different words ({where}); the first was kept. "
                    f"First: “{first.finding.text}” Second: “{text}”",
                )
            self.current = None
            return
        reported, number = number, number or self.next_number(kind)
        when = deadline(text)
        if self.lead is not None and kind is not FindingKind.CAUSE_OF_CONCERN:
            who = who or self.lead.addressee
            when = when or self.lead.deadline
        if kind is FindingKind.RECOMMENDATION:
            who = who or self.group_addressee
        finding = Finding(kind=kind, number=number, text=text, addressee=who, deadline=when)
        if partners:
            self.warn(
                finding,
                f" asks {who} to act working with {partners}; the partners "
                "are left in its text, not in its addressee",
            )
        cause = None
        if kind is FindingKind.RECOMMENDATION and self.cause is not None:
            cause = self.cause
            finding.cause = cause.number
            self.cause_has_recommendations = True
        if kind is FindingKind.CAUSE_OF_CONCERN:
            self.cause = finding
            self.cause_has_recommendations = False
        self.numbering.place(Placed(finding, reported, self.group, page, cause))
        self.out.findings.append(finding)
        self.current = finding

    def close_cause(self) -> None:
        self.cause = None
        self.cause_has_recommendations = False

    def drop_pending(self) -> None:
        if self.pending is not None:
            label = f"{self.pending.kind.label} {self.pending.number}".strip()
            self.warn(
                None, f"{label} on page {self.pending.page} has no text after it; it was left out"
            )
            self.pending = None

    # --- reading ----------------------------------------------------------------
    def read(self, block: Block) -> None:
        if self.section is not Section.NONE and is_tracker_line(block.text):
            # A register's status, date or note: it ends the item above, not the list.
            self.tracker = True
            self.current = None
            return
        if block.kind is BlockKind.BULLET:
            self.bullet(block)
            return
        if self.pending is None and block.kind is BlockKind.PARAGRAPH and self.introduces(block):
            return
        found = match(block.text)
        if (
            found is not None
            and block.is_heading
            and found.rest
            and found.marker in (Marker.CAUSE, Marker.AREA)
        ):
            found = None  # a title such as "Accelerated cause of concern: Northfield Police"
        if found is not None and not (
            found.marker is Marker.NUMBERED and not self.numbered_allowed()
        ):
            self.drop_pending()
            if found.marker in (Marker.RECOMMENDATIONS, Marker.CAUSES, Marker.AREAS):
                self.group, self.group_addressee = block.text.strip().rstrip(":"), ""
            self.marker(found.marker, found.number, found.rest, block.page)
            return
        if self.pending is not None:
            if block.is_heading:
                self.drop_pending()
            else:
                pending, self.pending = self.pending, None
                self.add(pending.kind, pending.number, block.text, block.page)
                return
        group = group_heading(block, in_recommendations=self.section is Section.RECOMMENDATIONS)
        if group is not None:
            self.close_cause()
            self.section, self.current, self.lead = Section.RECOMMENDATIONS, None, None
            self.group, self.group_addressee = block.text.strip().rstrip(":"), group
            return
        if looks_like_heading(block):
            self.group, self.group_addressee = block.text.strip(), ""
            self.section = Section.NONE
            self.close_cause()
            self.current = None
            self.lead = None
            self.tracker = False
            return
        if self.current is not None and continues(self.current, block, self.numbered_section):
            self.current.text += "\n" + block.text
            self.warn(
                self.current,
                f" runs to more than one paragraph (page {block.page}); "
                "check that it ends where the report's does",
            )
            return
        if ASKS.search(block.text):
            kind = self.asking_kind()
            if kind is not None:
                self.add(kind, "", block.text, block.page)
                return
        if self.tracker and self.section is not Section.NONE:
            self.current = None  # a register's unlabelled note between its items
            return
        if found is not None and found.rest and asked(found.rest)[0]:
            # "4. The Home Office should ..." under no heading drafter reads as a list of
            # findings: perhaps a recommendation after a heading it does not know.
            self.skipped.append((block.page, block.text))
        # Body text: the findings' section is over.
        self.lead = None
        self.current = None
        self.group_addressee = ""
        if self.section is not Section.CAUSES:
            self.section = Section.NONE
        if self.cause_has_recommendations:
            self.close_cause()

    def asking_kind(self) -> FindingKind | None:
        """What a paragraph or item that asks for something is, in this section."""
        if self.section is Section.CAUSES and self.cause is not None:
            # The points after a cause of concern are its recommendations, however
            # they are introduced (HMICFRS gives every cause at least one).
            return FindingKind.RECOMMENDATION
        return {
            Section.RECOMMENDATIONS: FindingKind.RECOMMENDATION,
            Section.CAUSE_RECOMMENDATIONS: FindingKind.RECOMMENDATION,
            Section.AREAS: FindingKind.AREA_FOR_IMPROVEMENT,
        }.get(self.section)

    def introduces(self, block: Block) -> bool:
        """Read a sentence that introduces recommendations, or holds one after "we recommend"."""
        text = block.text.strip()
        # Cheap tests first: the bench's hundred pages of body text pass through here.
        if not (text.endswith(":") or "recommend" in text.casefold()):
            return False
        if match(text) is not None or not _INTRO.search(text):
            return False
        if self.section is Section.AREAS and not _RECOMMENDS.match(text):
            return False  # "The force should:" opens an area's own list there
        if self.cause is not None and self.section in (Section.CAUSES, Section.NONE):
            self.section = Section.CAUSE_RECOMMENDATIONS
        elif self.section not in (Section.RECOMMENDATIONS, Section.CAUSE_RECOMMENDATIONS):
            self.close_cause()
            self.section = Section.RECOMMENDATIONS
        self.drop_pending()
        if not text.endswith(":"):
            if not _RECOMMENDS.match(text):
                return False
            self.lead = None  # "We recommend that the force should ...": itself a finding
            self.add(FindingKind.RECOMMENDATION, "", text, block.page)
            return True
        who, _ = asked(text)
        self.lead = _Lead(text, who, deadline(text), completes=bool(who))
        self.current = None
        return True

    def numbered_allowed(self) -> bool:
        return self.section is not Section.NONE

    def marker(self, marker: Marker, number: str, rest: str, page: int) -> None:
        self.current = None
        if marker is not Marker.NUMBERED:
            self.lead = None
        self.numbered_section = bool(number)
        if marker is Marker.RECOMMENDATIONS:
            if self.cause is not None and not self.cause_has_recommendations:
                self.section = Section.CAUSE_RECOMMENDATIONS
            else:
                self.close_cause()
                self.section = Section.RECOMMENDATIONS
            return
        if marker is Marker.CAUSES:
            self.close_cause()
            self.section = Section.CAUSES
            return
        if marker is Marker.AREAS:
            self.close_cause()
            self.section = Section.AREAS
            return
        if marker is Marker.NUMBERED:
            kind = {
                Section.CAUSES: FindingKind.CAUSE_OF_CONCERN,
                Section.AREAS: FindingKind.AREA_FOR_IMPROVEMENT,
            }.get(self.section, FindingKind.RECOMMENDATION)
            if (
                kind is FindingKind.CAUSE_OF_CONCERN
                and self.cause is not None
                and (ASKS.search(rest) or self.lead is not None)
            ):
                kind = FindingKind.RECOMMENDATION
            if rest and self.lead is not None and self.lead.completes and not asked(rest)[0]:
                rest = f"{self.lead.text} {rest}"  # "the force should: 1. review ..."
        else:
            kind = {
                Marker.RECOMMENDATION: FindingKind.RECOMMENDATION,
                Marker.CAUSE: FindingKind.CAUSE_OF_CONCERN,
                Marker.AREA: FindingKind.AREA_FOR_IMPROVEMENT,
            }[marker]
        if kind is FindingKind.CAUSE_OF_CONCERN:
            self.close_cause()
            self.lead = None
            self.section = Section.CAUSES
        elif kind is FindingKind.AREA_FOR_IMPROVEMENT:
            self.close_cause()
            if marker is Marker.AREA:
                self.section = Section.NONE
        if rest:
            self.add(kind, number, rest, page)
        else:
            self.pending = _Pending(kind, number, page)

    def bullet(self, block: Block) -> None:
        current = self.current
        if current is not None and (
            "\n- " in current.text
            or current.text.rstrip().endswith(":")
            or not ends_sentence(current.text)
        ):
            current.text += "\n- " + block.text
            return
        if self.pending is not None:
            self.drop_pending()
        kind = self.asking_kind()
        lead = self.lead
        if kind is not None and lead is not None and lead.completes:
            # "Within six months, the force should:" and its points: one finding.
            self.add(kind, "", f"{lead.text}\n- {block.text}", block.page)
            return
        if kind is not None and (ASKS.search(block.text) or lead is not None):
            self.add(kind, "", block.text, block.page)
            # A finding given as one list item ends with its item.
            self.current = None
            return
        self.current = None

    def finish(self) -> Detected:
        self.drop_pending()
        findings = self.out.findings
        renumbered = self.numbering.renumber()
        warnings = self.out.warnings
        warnings += [f"{about.title}{text}" if about else text for about, text in self.notes]
        warnings += renumbered
        for finding in findings:
            if len(finding.text) > LONG_FINDING:
                warnings.append(
                    f"{finding.title} is {len(finding.text):,} characters long, far longer than "
                    "a finding usually is; check where it ends against the report"
                )
            if finding.kind is not FindingKind.CAUSE_OF_CONCERN and not finding.addressee:
                warnings.append(
                    f"{finding.title} does not say who is to act; its addressee is left "
                    "empty for you to fill in"
                )
        for cause in (f for f in findings if f.kind is FindingKind.CAUSE_OF_CONCERN):
            if not cause.addressee:
                named = {f.addressee for f in findings if f.cause == cause.number}
                if len(named) == 1:
                    cause.addressee = named.pop()
        for kind, count in self.unnumbered.items():
            warnings.append(
                f"the report gives no number to {kind.counted(count)}; "
                "drafter numbered them in order"
            )
        if self.skipped:
            warnings.append(skipped_warning(self.skipped))
            self.out.skipped = self.skipped
        return self.out


def detect(blocks: list[Block]) -> Detected:
    reader = _Reader()
    for block in blocks:
        reader.read(block)
    return reader.finish()
