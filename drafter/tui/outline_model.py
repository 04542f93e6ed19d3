"""What the outline lists and the state of each entry, worked out from the model.

No Textual here: the Outline widget only draws these entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from drafter.check import finding_problems
from drafter.model import Draft, Finding, FindingKind, NotedGroup
from drafter.tracking import is_tracked, short_reference, status_label

#: The order of the kinds in the outline: the order of the rendered document's tables.
KIND_ORDER = (
    FindingKind.RECOMMENDATION,
    FindingKind.CAUSE_OF_CONCERN,
    FindingKind.AREA_FOR_IMPROVEMENT,
)
KIND_HEADINGS = {kind: kind.plural.capitalize() for kind in KIND_ORDER}


class State(Enum):
    UNDECIDED = ("○", "dim", "undecided")
    DECIDED = ("◐", "yellow", "decided, no response yet")
    WRITTEN = ("●", "green", "response written")
    PROBLEM = ("✗", "red", "problem")
    EMPTY = ("○", "dim", "empty")
    INFO = ("·", "dim", "")

    @property
    def glyph(self) -> str:
        return self.value[0]

    @property
    def colour(self) -> str:
        return self.value[1]

    @property
    def meaning(self) -> str:
        return self.value[2]


@dataclass(frozen=True)
class Entry:
    """One line of the outline: ``id`` names the view and what it shows."""

    id: str
    label: str
    state: State | None = None

    @property
    def is_heading(self) -> bool:
        return self.state is None


def counts(draft: Draft, finding: Finding) -> bool:
    return (
        finding.kind is not FindingKind.AREA_FOR_IMPROVEMENT
        or draft.response.include_areas_for_improvement
    )


def finding_state(draft: Draft, index: int) -> State:
    finding = draft.findings[index]
    if finding.decision is None:
        return State.UNDECIDED
    if finding_problems(draft, index):
        return State.PROBLEM
    if finding.response.strip() or draft.grouped_as_noted(finding) is not None:
        return State.WRITTEN
    return State.DECIDED


def text_state(text: str) -> State:
    return State.WRITTEN if text.strip() else State.EMPTY


def noted_state(draft: Draft, group: NotedGroup) -> State:
    if not draft.noted_findings(group) or not group.statement.strip():
        return State.PROBLEM
    return State.WRITTEN


def finding_label(finding: Finding) -> str:
    short = {
        FindingKind.RECOMMENDATION: "Rec",
        FindingKind.CAUSE_OF_CONCERN: "CoC",
        FindingKind.AREA_FOR_IMPROVEMENT: "AFI",
    }[finding.kind]
    decision = f" · {finding.decision.label}" if finding.decision else ""
    return f"{short} {finding.number}{decision}"


def entries(draft: Draft) -> list[Entry]:
    response = draft.response
    out = [
        Entry("details", "Report details", State.INFO),
        Entry(
            "comments:commissioner",
            f"{response.commissioner.possessive} comments",
            text_state(response.commissioner.comments),
        ),
        Entry(
            "comments:chief",
            f"{response.chief.possessive} comments",
            text_state(response.chief.comments),
        ),
    ]
    for kind in KIND_ORDER:
        indexes = [i for i, f in enumerate(draft.findings) if f.kind is kind]
        if not indexes:
            continue
        out.append(Entry(f"heading:{kind.value}", KIND_HEADINGS[kind]))
        out += [entry_for(draft, f"finding:{i}") for i in indexes]
    if response.noted:
        out.append(Entry("heading:noted", "Noted groups"))
        out += [entry_for(draft, f"noted:{i}") for i in range(len(response.noted))]
    out.append(Entry("heading:signoff", "Sign-off"))
    out.append(entry_for(draft, "signoff"))
    if draft.workflow.was_published:
        actions = [i for i, f in enumerate(draft.findings) if is_tracked(draft, f)]
        if actions:
            out.append(Entry("heading:progress", "Progress"))
            out += [entry_for(draft, f"progress:{i}") for i in actions]
    return out


def entry_for(draft: Draft, entry_id: str) -> Entry:
    """The current entry for one id (used to redraw a single line after an edit)."""
    kind, _, arg = entry_id.partition(":")
    response = draft.response
    if kind == "finding":
        index = int(arg)
        return Entry(entry_id, finding_label(draft.findings[index]), finding_state(draft, index))
    if kind == "noted":
        group = response.noted[int(arg)]
        return Entry(entry_id, f"To {group.addressee}", noted_state(draft, group))
    if kind == "comments":
        officer = response.commissioner if arg == "commissioner" else response.chief
        return Entry(entry_id, f"{officer.possessive} comments", text_state(officer.comments))
    if kind == "signoff":
        return signoff_entry(draft)
    if kind == "progress":
        return progress_entry(draft.findings[int(arg)], entry_id)
    return Entry("details", "Report details", State.INFO)


def progress_entry(finding: Finding, entry_id: str) -> Entry:
    """An action once the response is published: its latest status."""
    label = f"{short_reference(finding)} · {status_label(finding)}"
    status = finding.current_status
    return Entry(entry_id, label, State.WRITTEN if status and status.is_done else State.INFO)


def signoff_entry(draft: Draft) -> Entry:
    """The sign-off line: signed off, a signature gone stale, or the status."""
    if not draft.workflow.signoffs:
        return Entry("signoff", f"Status: {draft.workflow.status.value}", State.INFO)
    from drafter.store import settled_status
    from drafter.workflow.signoff import signoff_summary

    states = [s.state for s in signoff_summary(draft)]
    if "stale" in states:
        return Entry("signoff", "Signature stale: sign again", State.PROBLEM)
    if states.count("valid") == len(states):
        return Entry("signoff", "Signed off", State.WRITTEN)
    return Entry("signoff", f"Status: {settled_status(draft).value}", State.INFO)


def decided_count(draft: Draft) -> tuple[int, int]:
    """(decided, total) over the findings the response must answer."""
    counted = [f for f in draft.findings if counts(draft, f)]
    return sum(1 for f in counted if f.decision is not None), len(counted)


def progress_text(draft: Draft) -> str:
    decided, total = decided_count(draft)
    noun = "finding" if total == 1 else "findings"
    return f"{decided} of {total} {noun} decided"


def short_deadline(summary: str) -> str:
    """The part of a deadline summary that says how long is left, for a narrow bar."""
    if summary.startswith("no statutory deadline"):
        return "no deadline"
    if summary.startswith("due "):
        rest = summary.partition(", ")[2]
        return "due today" if rest == "which is today" else rest
    # "published 25 November 2026, within ...": the date is what matters then.
    return summary.partition(", ")[0]


def status_line(draft: Draft, deadline: str, name: str, width: int) -> str:
    """The top bar's left part in ``width`` columns: the file's name and the days left
    first, then the progress, then the due date, as far as they fit."""
    progress = progress_text(draft)
    decided, total = decided_count(draft)
    short = short_deadline(deadline)
    for line in (
        f"{name} · {deadline} · {progress}",
        f"{name} · {short} · {progress}",
        f"{name} · {short} · {decided} of {total} decided",
        f"{name} · {short}",
    ):
        if len(line) <= width:
            return line
    # Even the name does not fit beside the days left: the name gives way, from its end.
    keep = max(width - len(short) - 4, 8)
    return f"{name[:keep]}… · {short}"
