"""Edits the editor makes itself: decisions by key, noting findings to other bodies, $EDITOR.

Mixed into EditorScreen; the views make every other edit and post DraftEdited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import ContentSwitcher, TextArea

from drafter.errors import DrafterError
from drafter.model import Decision, same_addressee
from drafter.tui.guard import refused_when_read_only
from drafter.tui.outline import Outline

if TYPE_CHECKING:
    from drafter.tui.editor_screen import EditorScreen

DECISION_KEYS: dict[str, Decision | None] = {
    "accept": Decision.ACCEPT,
    "partially-accept": Decision.PARTIALLY_ACCEPT,
    "not-accepted": Decision.NOT_ACCEPTED,
    "note": Decision.NOTE,
    "undecided": None,
}


class Editing:
    @refused_when_read_only
    def action_decide(self: EditorScreen, key: str) -> None:
        if not self.current.startswith("finding:"):
            return
        self.view("finding").decide(DECISION_KEYS[key])

    @refused_when_read_only
    def action_note_others(self: EditorScreen) -> None:
        """Mark each undecided finding to another body as noted, and group them."""
        from drafter.actions.note_others import note_others

        response = self.draft.response
        noted = note_others(self.draft)
        marked, kept, added = noted.marked, noted.kept, noted.added
        if not marked:
            self.notify(
                "No undecided finding is addressed to another body.", title="Nothing to note"
            )
            return
        self.query_one(Outline).rebuild(self.draft)
        self.mark_edited()
        message = f"Noted {len(marked)} finding{'s' if len(marked) != 1 else ''} to other bodies"
        if added:
            message += f" and added {len(added)} noted group{'s' if len(added) != 1 else ''}"
        if kept:
            names = ", ".join(f.title for f in kept)
            message += f"; left alone the ones you had already decided ({names})"
        self.notify(message + ". Write each group's statement.")
        groups = added or [
            i
            for i, g in enumerate(response.noted)
            if any(same_addressee(g.addressee, f.addressee) for f in marked)
        ]
        self.goto(f"noted:{groups[0]}")

    @refused_when_read_only
    def remove_noted_group(self: EditorScreen, index: int) -> None:
        del self.draft.response.noted[index]
        self.query_one(Outline).rebuild(self.draft)
        self.mark_edited()
        self.goto("details")

    @refused_when_read_only
    def action_external_editor(self: EditorScreen) -> None:
        from drafter.tui.editor import edit_externally

        focused = self.focused
        area = focused if isinstance(focused, TextArea) else None
        if area is None:
            view = self.query_one("#views", ContentSwitcher).visible_content
            area = view.long_text() if view is not None else None  # type: ignore[attr-defined]
        if area is None:
            self.notify("There is no long text here to open in an editor.", severity="warning")
            return
        try:
            text = edit_externally(self.app, area.text, area.id or "text")
        except DrafterError as error:
            self.notify(str(error), severity="error", title="Editor")
            return
        if text != area.text:
            area.load_text(text)
        area.focus()
