"""What a rendered response says, worked out once for every layout and format.

Templates only lay this out: the wording fixed by the layout (headings, the noted
group's lead-in line), which finding goes in which table, and whether the DRAFT
marking shows are all decided here, so every format agrees.
"""

from __future__ import annotations

import datetime as dt
import functools
from copy import deepcopy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drafter import dates
from drafter.model import Draft, Finding, FindingKind, NotedGroup, names_person
from drafter.render import prose
from drafter.store.signing import is_signed_off

if TYPE_CHECKING:
    from drafter.profile_letter import Letter
    from drafter.render.letter import LetterParts
    from drafter.render.progress import ProgressReport

DRAFT_MARKING = "DRAFT – not signed off"
#: Put before every text a merge left in conflict, where the reader will see it.
UNRESOLVED = "[UNRESOLVED MERGE CONFLICT: one of two versions] "


@dataclass(frozen=True)
class Row:
    """One row of a response table: the finding (or group line) and the response."""

    left: str
    right: str
    finding: Finding | None = None
    group: NotedGroup | None = None
    #: A short label shown above the left text where a table mixes kinds.
    label: str = ""


@dataclass(frozen=True)
class Table:
    """A response table: its two column headings and its rows."""

    left_heading: str
    right_heading: str
    rows: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    """What the response says, for any layout and format to lay out."""

    draft: Draft
    title: str
    report_line: str
    commissioner_heading: str
    commissioner_comments: str
    chief_heading: str
    chief_comments: str
    tables: list[Table]
    cc: list[str]
    #: "DRAFT – not signed off" until both sign-offs are present and valid; else "".
    marking: str
    #: Findings in HMICFRS order that the layout must account for (s.55(5B)).
    findings: list[Finding]
    #: The day a progress report is made as at (None: see progress.default_as_at).
    as_at: dt.date | None = None
    #: The office profile's letterhead, reference, salutation and close (None: none).
    letter_profile: Letter | None = None

    @functools.cached_property
    def letter(self) -> LetterParts:
        """The letter layout's letterhead, date, reference, salutation, close and
        signatures. Worked out when a template asks (the letter layout, or the user's
        own), so that the other layouts start without it."""
        from drafter.profile_letter import Letter
        from drafter.render.letter import letter_parts

        letter = self.letter_profile or Letter()
        return letter_parts(self.draft, letter, signed_off=not self.marking)

    @property
    def letter_cc(self) -> list[str]:
        """The copy list of a letter the chief officer signs: without the chief officer,
        who is not sent a copy of a letter they signed. Worked out only for the letter
        layout, which asks (matching names by similarity costs the others' start-up)."""
        chief = self.draft.response.chief.name
        return [line for line in self.cc if not (chief.strip() and names_person(line, chief))]

    @property
    def progress(self) -> ProgressReport:
        """The progress layout's view of the draft, as at ``as_at``."""
        # Imported here: only the progress layout asks, and the others start faster.
        from drafter.render.progress import build_progress

        return build_progress(self.draft, self.as_at)


def month_year(date: dt.date | None) -> str:
    return f"{date:%B %Y}" if date else ""


def long_date(date: dt.date | None) -> str:
    return dates.long_date(date) if date else ""


def the(addressee: str) -> str:
    """'NPCC National Lead' -> 'the NPCC National Lead'; leaves 'the Home Office' alone."""
    return addressee if addressee.casefold().startswith("the ") else f"the {addressee}"


def noted_line(force: str, count: int, addressee: str, *, others: bool) -> str:
    other = "other " if others else ""
    # "the other 1 recommendation" is not English: a single one goes without its count
    counted = "recommendation" if count == 1 else f"{count} recommendations"
    return f"{force} notes the {other}{counted} to {the(addressee)}."


def build(draft: Draft, as_at: dt.date | None = None, letter: Letter | None = None) -> Document:
    """What ``draft`` says in every layout; ``letter`` is the office profile's letter
    details (letterhead, reference, salutation), for the letter layout."""
    if draft.conflicts:
        draft = mark_conflicts(draft)
    report, response = draft.report, draft.response
    commissioner, chief = response.commissioner, response.chief
    title = (
        f"Response of the {response.commissioner_office} to the {report.inspectorate} report"
    ).upper()
    report_line = report.title
    if report.published:
        report_line += f" ({month_year(report.published)})"

    marking = _marking(draft)
    tables = [_recommendations_table(draft)]
    others = _others_table(draft)
    if others.rows:
        tables.append(others)

    return Document(
        draft=draft,
        title=title,
        report_line=report_line,
        commissioner_heading=f"{commissioner.possessive} comments",
        commissioner_comments=commissioner.comments,
        chief_heading=f"{chief.possessive} comments",
        chief_comments=chief.comments,
        tables=tables,
        cc=list(response.cc),
        marking=marking,
        findings=list(report.findings),
        as_at=as_at,
        letter_profile=letter,
    )


def _marking(draft: Draft) -> str:
    if draft.conflicts:
        count = len(draft.conflicts)
        return f"{DRAFT_MARKING} – {count} unresolved merge conflict{'s' if count != 1 else ''}"
    return "" if is_signed_off(draft) else DRAFT_MARKING


def mark_conflicts(draft: Draft) -> Draft:
    """A copy of ``draft`` with each text in conflict marked as unresolved where it is shown.

    A conflict over a decision or a date has no text to mark; the document's marking
    counts every conflict.
    """
    marked = deepcopy(draft)
    for conflict in marked.conflicts:
        record = marked.record_of(conflict)
        name = conflict.attribute or ("text" if conflict.table == "findings" else "statement")
        value = getattr(record, name, None)
        # Text only: a decision or a status is a StrEnum, and must stay one.
        if type(value) is str and not value.startswith(UNRESOLVED):
            setattr(record, name, UNRESOLVED + value)
    return marked


def _recommendations_table(draft: Draft) -> Table:
    response = draft.response
    own_rows: list[Row] = []
    for finding in draft.report.recommendations():
        if draft.grouped_as_noted(finding) is None:
            own_rows.append(Row(left=finding.text, right=finding.response, finding=finding))
    group_rows = []
    for group in response.noted:
        count = sum(1 for f in draft.noted_findings(group) if f.is_recommendation)
        if count:
            line = noted_line(response.force, count, group.addressee, others=bool(own_rows))
            group_rows.append(Row(left=line, right=group.statement, group=group))
    return Table("Recommendations", f"{response.force_short} response", own_rows + group_rows)


def _others_table(draft: Draft) -> Table:
    response = draft.response
    kinds = [FindingKind.CAUSE_OF_CONCERN]
    if response.include_areas_for_improvement:
        kinds.append(FindingKind.AREA_FOR_IMPROVEMENT)
    chosen = [f for f in draft.report.findings if f.kind in kinds]
    present = {f.kind for f in chosen}
    heading = " and ".join(
        kind.plural
        for kind in (FindingKind.CAUSE_OF_CONCERN, FindingKind.AREA_FOR_IMPROVEMENT)
        if kind in present
    )
    heading = heading[:1].upper() + heading[1:]
    rows = [Row(left=f.text, right=f.response, finding=f, label=f.title) for f in chosen]
    return Table(heading, f"{response.force_short} response", rows)


def office(draft: Draft) -> str:
    """Who the response is from, as a document's author: the local policing body's
    title and area. Word and PDF both give it in their document properties."""
    return prose.one_line(draft.response.commissioner_office)
