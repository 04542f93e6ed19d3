"""The editor's layout follows the terminal's width as it changes, dialogs or not."""

from __future__ import annotations

import pytest
from conftest import NORTHMOOR
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from drafter.tui.outline import Outline
from tui.helpers import footer_descriptions


def outline_shown(app) -> bool:  # type: ignore[no-untyped-def]
    return app.query_one(Outline).display and app.query_one(Outline).size.width > 0


async def test_the_layout_follows_each_resize(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        assert outline_shown(app)
        assert not app.query_one(Footer).compact
        # Narrower than the outline and the view need: the outline hides (F2 brings it).
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        assert not outline_shown(app)
        assert app.query_one(Footer).compact
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert outline_shown(app)
        assert not app.query_one(Footer).compact


async def test_a_resize_under_a_dialog_is_followed_once_it_closes(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen is not app.editor
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.editor
        assert not outline_shown(app)


@pytest.mark.parametrize("width", [80, 92, 93, 101, 102, 120])
async def test_the_footer_shows_whole_keys_and_the_palette_at_any_width(make_app, copy_of, width):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        shown = ["Quit", "Save", "Help", "Outline", "Preview", "Check"]
        if width >= 93:
            shown += ["Next", "Previous"]
        assert footer_descriptions(app) == [*shown, "Commands"]
        assert app.query_one(Footer).compact is (width < 102)


async def test_keys_left_out_of_a_narrow_footer_still_work(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        first = app.editor.current
        await pilot.press("alt+n")
        await pilot.pause()
        assert app.editor.current != first
        await pilot.press("alt+p")
        await pilot.pause()
        assert app.editor.current == first
        # Wider again: they are back in the footer.
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert "Previous" in [k.description for k in app.query(FooterKey)]
