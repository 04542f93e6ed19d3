"""The palette shows a finding's words as they are, never as markup.

Found by the adversary: a finding whose text held "[/]" stopped the editor when
the palette searched it (WorkerFailed: MarkupError), and "[sic]" was dropped.
"""

from __future__ import annotations

from pathlib import Path

from conftest import NORTHMOOR
from textual.command import CommandPalette
from textual.widgets import OptionList

from drafter import store
from tui.helpers import type_text


async def test_square_brackets_in_a_finding_show_as_typed(make_app, tmp_path: Path) -> None:
    draft = store.load(NORTHMOOR)
    draft.findings[0].text = "The force should make sure [sic] every [/] stalking report counts."
    draft.findings[0].addressee = "the force [North]"
    path = tmp_path / "d.toml"
    store.save(draft, path)
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "stalking")
        for _ in range(20):
            await pilot.pause(0.05)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        listing = palette.query_one(OptionList)
        shown = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert any("[sic] every [/] stalking" in line for line in shown), shown
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "North")
        for _ in range(20):
            await pilot.pause(0.05)
        listing = app.screen.query_one(OptionList)
        shown = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert any("[North]" in line for line in shown), shown
    assert app.return_code in (None, 0)
