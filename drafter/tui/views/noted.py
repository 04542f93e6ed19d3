"""The noted-group view: findings noted as addressed to another body, one statement."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.message import Message
from textual.widgets import Button, Input, Label, Static, TextArea

from drafter.model import Draft, NotedGroup
from drafter.render.document import noted_line
from drafter.tui.views.base import (
    DraftEdited,
    FieldInput,
    ShownWhenReady,
    WordCount,
    prose_area,
)


class NotedView(ShownWhenReady, Vertical):
    class RemoveGroup(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, draft: Draft, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft = draft
        self.index = 0

    @property
    def group(self) -> NotedGroup:
        return self.draft.response.noted[self.index]

    @property
    def entry_id(self) -> str:
        return f"noted:{self.index}"

    def compose(self) -> ComposeResult:
        yield Static(id="noted-heading")
        with Horizontal(classes="detail-row"):
            yield Label("Addressee", classes="inline-label")
            yield FieldInput(id="noted-addressee", compact=True)
        yield Static(id="noted-members")
        with Horizontal(classes="label-row"):
            yield Label("Statement", classes="field-label")
            yield WordCount(id="statement-words")
        yield prose_area("statement")
        yield Button("Remove this group", id="noted-remove", compact=True)

    def show(self, draft: Draft, index: int) -> None:
        self.draft = draft
        self.index = index
        group = self.group
        self.query_one("#noted-addressee", Input).value = group.addressee
        area = self.query_one("#statement", TextArea)
        if area.text != group.statement:
            area.load_text(group.statement)
        self._refresh()

    def _refresh(self) -> None:
        group = self.group
        members = self.draft.noted_findings(group)
        count = sum(1 for f in members if f.is_recommendation)
        line = noted_line(self.draft.response.force, count, group.addressee, others=True)
        self.query_one("#noted-heading", Static).update(f"[b]{escape(line)}[/b]")
        if members:
            names = ", ".join(f.title for f in members)
            text = f"Noted findings to this addressee: {names}"
        else:
            text = (
                "No finding to this addressee is marked as noted: mark them noted (alt+o on "
                "each, or alt+g for all) or remove the group."
            )
        self.query_one("#noted-members", Static).update(escape(text))
        self.query_one("#statement-words", WordCount).count(group.statement)

    def long_text(self) -> TextArea:
        return self.query_one("#statement", TextArea)

    @on(Input.Changed, "#noted-addressee")
    def _addressee_changed(self, event: Input.Changed) -> None:
        if not event.value.strip() or event.value == self.group.addressee:
            return
        self.group.addressee = event.value
        self._refresh()
        self.post_message(DraftEdited("*"))

    @on(TextArea.Changed, "#statement")
    def _statement_changed(self, event: TextArea.Changed) -> None:
        text = event.text_area.text
        if text != self.group.statement:
            self.group.statement = text
            # Only the count shows the statement; the heading and members stay as they are.
            self.query_one("#statement-words", WordCount).count(text)
            self.post_message(DraftEdited(self.entry_id))

    @on(Button.Pressed, "#noted-remove")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.RemoveGroup(self.index))
