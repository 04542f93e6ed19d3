"""What the editor does to open quickly: an outline not rendered twice at start."""

from __future__ import annotations

from conftest import NORTHMOOR

from drafter.tui.outline import Outline


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
