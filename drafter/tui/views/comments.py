"""The comments view: the commissioner's or the chief officer's comments."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.widgets import Label, Static, TextArea

from drafter.model import Draft, Officer
from drafter.tui.views.base import DraftEdited, ShownWhenReady, WordCount, prose_area

ROLES = ("commissioner", "chief")


class CommentsView(ShownWhenReady, Vertical):
    def __init__(self, draft: Draft, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft = draft
        self.role = "commissioner"

    @property
    def officer(self) -> Officer:
        response = self.draft.response
        return response.commissioner if self.role == "commissioner" else response.chief

    @property
    def entry_id(self) -> str:
        return f"comments:{self.role}"

    def compose(self) -> ComposeResult:
        yield Static(id="comments-heading")
        yield Static(
            "One paragraph a line. The rendered document puts these under the heading above.",
            classes="hint",
        )
        with Horizontal(classes="label-row"):
            yield Label("Comments", classes="field-label")
            yield WordCount(id="comments-words")
        yield prose_area("comments")

    def show(self, draft: Draft, role: str) -> None:
        self.draft = draft
        self.role = role
        officer = self.officer
        who = f" ({escape(officer.name)})" if officer.name else ""
        self.query_one("#comments-heading", Static).update(
            f"[b]{escape(officer.possessive)} comments[/b]{who}"
        )
        area = self.query_one("#comments", TextArea)
        if area.text != officer.comments:
            area.load_text(officer.comments)
        self.query_one("#comments-words", WordCount).count(officer.comments)

    def long_text(self) -> TextArea:
        return self.query_one("#comments", TextArea)

    @on(TextArea.Changed, "#comments")
    def _changed(self, event: TextArea.Changed) -> None:
        text = event.text_area.text
        self.query_one("#comments-words", WordCount).count(text)
        if text != self.officer.comments:
            self.officer.comments = text
            self.post_message(DraftEdited(self.entry_id))
