"""Quitting the editor: what it asks first, and why.

Unsaved edits, text typed that the draft cannot take (held back by a view), and a
read-only editor each get their own question; with none of them it quits at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.tui.editor_screen import EditorScreen


class Quitting:
    """Mixed into EditorScreen: ctrl+q and the answers to its questions."""

    async def action_quit(self: EditorScreen) -> None:
        from drafter.tui.screens.choice import Answer, ChoiceDialog

        held = [] if self.read_only else self.held_back()
        if not self.dirty and not held:
            self.session.forget_recovery()
            self.app.exit()
            return
        if self.read_only:
            self._quit_read_only()
            return
        if held:
            self._quit_held_back(held)
            return
        self.app.push_screen(
            ChoiceDialog(
                "Unsaved changes",
                f"{self.session.path.name} has changes that are not saved yet.",
                [
                    Answer("save", "Save", "s", "primary"),
                    Answer("discard", "Discard", "d", "error"),
                    Answer("cancel", "Cancel", "c"),
                ],
                cancel="cancel",
                name="quit",
            ),
            self._quit_answered,
        )

    def _quit_held_back(self: EditorScreen, held: list[str]) -> None:
        """Typed text the draft cannot take would go with the editor: ask first."""
        from drafter.tui.screens.choice import Answer, ChoiceDialog

        lost = "It is" if len(held) == 1 else "They are"
        body = "\n".join(held) + f"\n{lost} not in the draft and would be lost."
        if self.dirty:
            body += " Your other changes are not saved yet."
            answers = [
                Answer("save", "Save the rest", "s", "primary"),
                Answer("discard", "Discard", "d", "error"),
                Answer("cancel", "Go back", "g"),
            ]
        else:
            answers = [
                Answer("cancel", "Go back", "g", "primary"),
                Answer("discard", "Quit", "q", "error"),
            ]
        self.app.push_screen(
            ChoiceDialog("Not saved", body, answers, cancel="cancel", name="quit"),
            self._quit_answered,
        )

    def _quit_read_only(self: EditorScreen) -> None:
        from drafter.tui.screens.choice import Answer, ChoiceDialog

        self.app.push_screen(
            ChoiceDialog(
                "Quit without saving",
                f"{self.session.path.name} is open in another editor ({self.session.held_by}): "
                "here it is read-only, and what changed here cannot be saved.",
                [Answer("discard", "Quit", "q", "error"), Answer("cancel", "Cancel", "c")],
                cancel="cancel",
                name="quit",
            ),
            self._quit_answered,
        )

    def _quit_answered(self: EditorScreen, answer: str | None) -> None:
        if answer == "save":
            if self.save_now():
                self.app.exit()
        elif answer == "discard":
            self.session.forget_recovery()
            self.app.exit()
