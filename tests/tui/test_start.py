"""What the editor does to open quickly: a footer filled at compose, an outline not redrawn."""

from __future__ import annotations

from conftest import NORTHMOOR
from textual.widgets._footer import FooterKey

from drafter.tui.config import Config
from drafter.tui.footer import EditorFooter
from drafter.tui.outline import Outline

#: The footer's keys on the main screen, in order, with the palette's last.
SHOWN = [
    ("ctrl+q", "Quit"),
    ("ctrl+s", "Save"),
    ("f1", "Help"),
    ("f2", "Outline"),
    ("f3", "Preview"),
    ("f4", "Check"),
    ("alt+n", "Next"),
    ("alt+p", "Previous"),
    ("ctrl+p", "Commands"),
]


def footer_keys(app) -> list[FooterKey]:  # type: ignore[no-untyped-def]
    return list(app.query_one(EditorFooter).query(FooterKey))


async def test_footer_has_its_keys_from_compose(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    composed: list[list[tuple[str, str]]] = []

    # Recorded before the first refresh: Textual's Footer is still empty then.
    def on_mount() -> None:
        composed.append([(k.key, k.description) for k in footer_keys(app)])

    app.call_later(on_mount)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert composed == [SHOWN]
        assert [(k.key, k.description) for k in footer_keys(app)] == SHOWN


async def test_footer_is_not_rebuilt_when_focus_moves(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        before = footer_keys(app)
        app.query_one(Outline).focus()
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        after = footer_keys(app)
        assert app.focused is not None and app.focused.id == "response"
        assert [id(k) for k in after] == [id(k) for k in before]


async def test_footer_shows_a_key_remapped_in_the_settings(make_app, copy_of):
    config = Config(autosave_seconds=3600, keys={"drafter.save": "ctrl+w"})
    app = make_app(copy_of(NORTHMOOR), config)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = [(k.key, k.description) for k in footer_keys(app)]
        # Rebuilt after the keymap is set, Textual's footer puts the remapped key first.
        assert shown == [("ctrl+w", "Save"), ("ctrl+q", "Quit"), *SHOWN[2:]]


async def test_outline_lines_follow_a_change_of_width(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        outline = app.query_one(Outline)
        first = outline.render_line(0)
        assert first.cell_length == outline.scrollable_content_region.width == 31
        # A resize that keeps the width keeps the lines already rendered.
        # (Still taller than its lines, so no scroll bar comes to narrow it.)
        outline.styles.height = outline.option_count + 2
        await pilot.pause()
        assert outline.size.height == outline.option_count + 2 < 38
        assert outline.scrollable_content_region.width == 31
        assert outline.render_line(0) is first
        # A scroll bar narrows the lines: they are rendered again to fit.
        outline.styles.height = 10
        await pilot.pause()
        assert outline.scrollable_content_region.width == 29
        assert outline.render_line(0).cell_length == 29
        # A new width renders them again, at that width.
        outline.styles.width = 50
        outline.styles.height = 20
        await pilot.pause()
        assert outline.scrollable_content_region.width == 45
        assert outline.render_line(0).cell_length == 45
