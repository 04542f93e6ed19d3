"""The finding view: the finding's text, the decision, the response, owner and target."""

from __future__ import annotations

import datetime as dt

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.widgets import Button, Input, Label, Static, TextArea

from drafter.dates import long_date
from drafter.model import Decision, Draft, Finding
from drafter.tui.views.base import (
    DateValidator,
    DraftEdited,
    FieldInput,
    ShownWhenReady,
    WordCount,
    date_problem,
    optional_date,
    prose_area,
)

#: The decision buttons and the ids of the app's bindings that press them.
DECISIONS: list[tuple[Decision | None, str, str]] = [
    (Decision.ACCEPT, "Accept", "drafter.accept"),
    (Decision.PARTIALLY_ACCEPT, "Partly", "drafter.partially-accept"),
    (Decision.NOT_ACCEPTED, "Not accepted", "drafter.not-accepted"),
    (Decision.NOTE, "Note", "drafter.note"),
    (None, "Clear", "drafter.undecided"),
]


#: Columns the row of decision buttons takes with their keys shown ("Accept alt+a" ...).
WITH_KEYS = 78


def decision_id(decision: Decision | None) -> str:
    return f"decide-{decision.value if decision else 'none'}"


class FindingView(ShownWhenReady, Vertical):
    #: The target when the finding was shown: kept while the box holds a half-typed date.
    _target_shown: dt.date | None = None

    def __init__(self, draft: Draft, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft = draft
        self.index = 0

    @property
    def finding(self) -> Finding:
        return self.draft.findings[self.index]

    @property
    def entry_id(self) -> str:
        return f"finding:{self.index}"

    def compose(self) -> ComposeResult:
        yield Static(id="finding-meta")
        with VerticalScroll(id="finding-text-scroll"):
            yield Static(id="finding-text", markup=False)
        with Horizontal(id="decisions"):
            for decision, label, _binding_id in DECISIONS:
                yield Button(label, id=decision_id(decision), compact=True)
        with Horizontal(classes="label-row"):
            yield Label("Response", classes="field-label")
            yield WordCount(id="response-words")
        yield prose_area("response")
        with Horizontal(id="action-row"):
            yield Label("Owner", classes="inline-label")
            yield FieldInput(id="owner", compact=True, placeholder="who leads the action")
            yield Label("Target", classes="inline-label")
            yield FieldInput(
                id="target",
                compact=True,
                placeholder="e.g. 31 March 2027",
                validators=[DateValidator()],
                valid_empty=True,
            )
        yield Static("", id="target-error", classes="error")

    def on_resize(self, event: events.Resize) -> None:
        self._label_buttons(event.size.width)

    def _label_buttons(self, width: int) -> None:
        """The decision keys on the buttons when the row has room, else the names alone.

        With the keys the row takes WITH_KEYS columns; beside the outline on a
        100-column terminal it has fewer, and a cut button is worse than a missing hint
        (F1 lists every key).
        """
        key_for = getattr(self.screen, "key_for", None)
        room = width - 2 >= WITH_KEYS
        for decision, label, binding_id in DECISIONS:
            key = key_for(binding_id) if key_for and room else ""
            self.query_one(f"#{decision_id(decision)}", Button).label = f"{label} {key}".strip()

    def show(self, draft: Draft, index: int) -> None:
        self.draft = draft
        self.index = index
        finding = self.finding
        self.query_one("#finding-meta", Static).update(self._meta(finding))
        self.query_one("#finding-text", Static).update(finding.text)
        self.query_one("#finding-text-scroll", VerticalScroll).scroll_home(animate=False)
        area = self.query_one("#response", TextArea)
        if area.text != finding.response:
            area.load_text(finding.response)
        self.query_one("#response-words", WordCount).count(finding.response)
        self.query_one("#owner", Input).value = finding.owner
        target = finding.target.isoformat() if finding.target else ""
        self._target_shown = finding.target
        self.query_one("#target", Input).value = target
        self.query_one("#target-error", Static).update("")
        self._show_decision()

    def _meta(self, finding: Finding) -> str:
        parts = [f"[b]{finding.title}[/b]"]
        if finding.cause:
            parts.append(f"cause of concern {finding.cause}")
        parts.append(f"to {finding.addressee}" if finding.addressee else "no addressee named")
        if finding.deadline:
            parts.append(f"deadline: {finding.deadline}")
        if finding.target:
            parts.append(f"target {long_date(finding.target)}")
        return " · ".join(p if i == 0 else escape(p) for i, p in enumerate(parts))

    def _show_decision(self) -> None:
        for decision, _label, _id in DECISIONS:
            button = self.query_one(f"#{decision_id(decision)}", Button)
            button.set_class(decision is self.finding.decision, "-chosen")

    def decide(self, decision: Decision | None) -> None:
        if self.finding.decision is decision:
            return
        self.finding.decision = decision
        self._show_decision()
        self.post_message(DraftEdited(self.entry_id))

    def long_text(self) -> TextArea:
        return self.query_one("#response", TextArea)

    def held_back(self) -> list[str]:
        """What is typed here that the draft cannot take, said before it is lost."""
        problem = date_problem(self.query_one("#target", Input).value)
        return [f"{self.finding.title}, target: {problem}"] if problem else []

    @on(Button.Pressed, "#decisions Button")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        chosen = next(d for d, _, _ in DECISIONS if decision_id(d) == event.button.id)
        self.decide(chosen)

    @on(TextArea.Changed, "#response")
    def _response_changed(self, event: TextArea.Changed) -> None:
        text = event.text_area.text
        self.query_one("#response-words", WordCount).count(text)
        if text != self.finding.response:
            self.finding.response = text
            self.post_message(DraftEdited(self.entry_id))

    @on(Input.Changed, "#owner")
    def _owner_changed(self, event: Input.Changed) -> None:
        if event.value != self.finding.owner:
            self.finding.owner = event.value
            self.post_message(DraftEdited(self.entry_id))

    @on(Input.Changed, "#target")
    def _target_changed(self, event: Input.Changed) -> None:
        error = self.query_one("#target-error", Static)
        if event.validation_result is not None and not event.validation_result.is_valid:
            error.update(event.validation_result.failure_descriptions[0])
            # Half typed ("31 Ma", after clearing the box): the draft, and so every
            # autosave, keeps the date the box showed until the new one reads.
            if self.finding.target != self._target_shown:
                self.finding.target = self._target_shown
                self.post_message(DraftEdited(self.entry_id))
            return
        error.update("")
        target = optional_date(event.value)
        if target != self.finding.target:
            self.finding.target = target
            self.post_message(DraftEdited(self.entry_id))
