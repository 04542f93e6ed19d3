"""Textual's TextArea with an undo and redo that cannot stop drafter.

In Textual 8.2 undoing a paste of many lines (or typing many lines, or redoing a
deletion of them) can raise ValueError and end the program: the document is put
back to its shorter self before the cursor is, and the scrollbar going away in
between scrolls to the old cursor, a line that no longer exists (textual#6686,
fixed by textual#6687, not yet released). Every box drafter shows is a TextBox.

The cursor is moved to the start first, which exists in the text before and after;
the undo then puts it where it was before the change, as Textual's own does. No
repaint happens in between, so nothing on screen jumps.
"""

from __future__ import annotations

from textual.widgets import TextArea
from textual.widgets.text_area import Selection


class TextBox(TextArea):
    def undo(self) -> None:
        if self.history.undo_stack:
            self.selection = Selection.cursor((0, 0))
        super().undo()

    def redo(self) -> None:
        if self.history.redo_stack:
            self.selection = Selection.cursor((0, 0))
        super().redo()
