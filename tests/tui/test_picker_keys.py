"""The picker's new-draft form takes keys typed in one burst where they were meant.

Found as the editor's was (test_everyday_editing): letters typed straight after Tab
went to the box just left, since Textual hands each key to the focused widget's
queue and Tab moved the focus only once that widget reached it.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from drafter.tui.picker import PickerApp
from tui.helpers import QUIET, press_at_once


async def test_keys_typed_right_after_tab_go_to_the_next_box(tmp_path: Path) -> None:
    app = PickerApp(tmp_path / "drafts", QUIET)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("end", "enter")
        await pilot.pause()
        await pilot.press("e")  # Start empty
        await pilot.pause()
        name = app.query_one("#new-name", Input)
        title = app.query_one("#new-title", Input)
        assert name.has_focus
        await press_at_once(pilot, "a", "b", "tab", "c", "d", "e")
        assert title.has_focus
        assert (name.value, title.value) == ("ab", "cde")
        await press_at_once(pilot, "shift+tab", "x", "y")
        assert name.has_focus
        # (An Input selects its text as it takes the focus: the letters replace it.)
        assert (name.value, title.value) == ("xy", "cde")
