"""The progress view: an accepted finding's history of updates, and a form to add one.

Shown once the response is published, one outline entry per action. Adding goes
through drafter.actions.progress, the same rules as `drafter progress`: an update
is only ever added, and the sign-offs stand.
"""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.markup import escape
from textual.widgets import Button, Input, Label, Select, Static

from drafter.actions.progress import add_update
from drafter.dates import long_date
from drafter.errors import DrafterError, NotReady, ProgressDate, UnknownChoice
from drafter.model import ActionStatus, Draft, Finding
from drafter.tracking import days_overdue, rag, short_reference, status_label
from drafter.tui.views.base import DateValidator, DraftEdited, ShownWhenReady, optional_date

RAG_COLOURS = {"red": "red", "amber": "yellow", "green": "green"}


def summary_text(finding: Finding, today: dt.date) -> str:
    """The finding, its owner and target, and where it stands, in Textual markup."""
    lines = [
        f"[b]{escape(finding.title)}[/b] · {finding.decision.label if finding.decision else ''}"
    ]
    facts = []
    if finding.owner:
        facts.append(f"Owner: {escape(finding.owner)}")
    if finding.target:
        facts.append(f"Target: {long_date(finding.target)}")
    if facts:
        lines.append(" · ".join(facts))
    status = f"Status: {status_label(finding)}"
    mark = rag(finding, today)
    if mark is not None:
        late = days_overdue(finding, today)
        overdue = f", {late} day{'s' if late != 1 else ''} overdue" if late else ""
        status += f" · [{RAG_COLOURS[mark.value]}]{mark.label}{overdue}[/]"
    lines.append(status)
    return "\n".join(lines)


def history_text(finding: Finding) -> str:
    if not finding.progress:
        return "[dim]No updates yet.[/dim]"
    lines = []
    for update in finding.progress:
        line = f"{long_date(update.date)} · [b]{update.status.label}[/b]"
        if update.note:
            line += f": {escape(' '.join(update.note.split()))}"
        if update.evidence:
            line += f" [dim](evidence: {escape(update.evidence)})[/dim]"
        lines.append(line)
    return "\n".join(lines)


def refusal(error: DrafterError) -> str:
    """The editor's words for an update it cannot add."""
    match error:
        case ProgressDate(before=True, bound=bound):
            return f"The date is before the report was published ({long_date(bound)})."
        case ProgressDate(before=False):
            return "The date is after today: record progress once it has happened."
        case UnknownChoice():
            return "Choose a status."
        case NotReady():
            return "Progress is recorded once the response is published."
    return str(error)


class ProgressView(ShownWhenReady, VerticalScroll):
    def __init__(self, draft: Draft, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft = draft
        self.index = 0

    @property
    def finding(self) -> Finding:
        return self.draft.findings[self.index]

    def compose(self) -> ComposeResult:
        yield Static(id="progress-summary")
        yield Label("History", classes="field-label")
        yield Static(id="progress-history")
        yield Label("Add an update", classes="field-label")
        with Horizontal(id="progress-form"):
            yield Label("Status", classes="inline-label")
            yield Select(
                [(s.label, s.value) for s in ActionStatus],
                id="progress-status",
                prompt="choose",
                compact=True,
            )
            yield Label("Date", classes="inline-label")
            yield Input(
                id="progress-date",
                compact=True,
                placeholder="today",
                validators=[DateValidator()],
                valid_empty=True,
            )
        yield Input(id="progress-note", compact=True, placeholder="Note: what happened")
        yield Input(
            id="progress-evidence", compact=True, placeholder="Evidence: a link or a document"
        )
        yield Button("Add update", id="progress-add", compact=True)
        yield Static("", id="progress-error", classes="error")

    @property
    def today(self) -> dt.date:
        return getattr(self.app, "today", None) or dt.date.today()

    def show(self, draft: Draft, index: int) -> None:
        self.draft = draft
        self.index = index
        self._refresh()
        self.query_one("#progress-error", Static).update("")

    def _refresh(self) -> None:
        self.query_one("#progress-summary", Static).update(summary_text(self.finding, self.today))
        self.query_one("#progress-history", Static).update(history_text(self.finding))

    def long_text(self) -> None:
        return None

    def focus_target(self) -> Select[str]:
        return self.query_one("#progress-status", Select)

    @on(Button.Pressed, "#progress-add")
    def _add(self, event: Button.Pressed) -> None:
        event.stop()
        error = self.query_one("#progress-error", Static)
        status = self.query_one("#progress-status", Select).value
        date_box = self.query_one("#progress-date", Input)
        try:
            date = optional_date(date_box.value) or self.today
        except ValueError as exc:
            error.update(escape(str(exc)))
            return
        note = self.query_one("#progress-note", Input)
        evidence = self.query_one("#progress-evidence", Input)
        try:
            updated = add_update(
                self.draft,
                short_reference(self.finding),
                status if isinstance(status, str) else "",
                date=date,
                today=self.today,
                note=note.value,
                evidence=evidence.value,
            )
        except DrafterError as refused:
            error.update(escape(refusal(refused)))
            return
        # The editor holds one Draft that every view shares: take the new history into it.
        self.finding.progress = updated.findings[self.index].progress
        error.update("")
        for box in (date_box, note, evidence):
            box.value = ""
        self.query_one("#progress-status", Select).clear()
        self._refresh()
        self.post_message(DraftEdited(f"progress:{self.index}"))
