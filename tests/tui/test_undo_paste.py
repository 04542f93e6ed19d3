"""Undoing a paste of many lines puts the text back and never stops drafter.

Textual 8.2's TextArea raised ValueError when an undo shortened the text enough
for the scrollbar to go (textual#6686): ctrl+z after pasting an email into the
wrong box ended the editor. These start from what drafter's own commands make,
at the smallest terminal drafter supports.
"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import TextArea

from drafter.tui.picker import PickerApp
from tui.helpers import QUIET, new_draft

LINES = "\n".join(f"pasted line {n}" for n in range(1, 31))


async def paste(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """As a terminal's bracketed paste arrives: one event to the focused box."""
    pilot.app.post_message(events.Paste(text))
    for _ in range(3):
        await pilot.pause()


async def test_undo_and_redo_of_a_long_paste_in_the_comments(tmp_path: Path, make_app) -> None:
    path = new_draft(tmp_path, "--area", "A", "--force", "F")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.editor.goto("comments:commissioner")
        await pilot.pause()
        box = app.screen.query_one("#comments", TextArea)
        box.focus()
        await pilot.press("H", "i")
        await paste(pilot, "\n" + LINES)
        assert box.text.count("pasted line") == 30
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert box.text == "Hi"
        assert box.cursor_location == (0, 2)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert box.text.count("pasted line") == 30
        await pilot.press("ctrl+z", "ctrl+z")
        await pilot.pause()
        assert box.text == ""
        assert app.is_running
        assert app.draft.response.commissioner.comments == ""


async def test_undo_of_a_report_pasted_into_the_import(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    app = PickerApp(folder, QUIET)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("end", "enter")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        box = app.screen.query_one("#source-text", TextArea)
        await paste(pilot, "\n".join(f"paragraph {n} of the report" for n in range(2000)))
        assert box.document.line_count == 2000
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert box.text == ""
        assert app.is_running
