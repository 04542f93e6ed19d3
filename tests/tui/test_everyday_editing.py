"""Everyday editing: where the cursor lands, the palette, and what an 80x24 terminal shows."""

from __future__ import annotations

import pytest
from conftest import NORTHMOOR
from textual.command import CommandPalette
from textual.widgets import Input, OptionList, Static, TextArea

from drafter.tui.commands import DrafterCommands
from drafter.tui.outline import Outline
from drafter.tui.outline_model import short_deadline, status_line
from tui.helpers import press_at_once, type_text, wait_for_command


def _rendered(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines a widget shows, as text."""
    return [strip.text for strip in widget.render_lines(widget.region.reset_offset)]


async def test_entering_a_box_puts_the_cursor_at_the_end_of_its_text(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        editor = app.editor
        editor.goto("finding:0")  # accepted, with a response and an owner
        await pilot.pause()
        response = app.query_one("#response", TextArea)
        assert response.has_focus
        assert response.cursor_location == response.document.end
        await type_text(pilot, " More")
        assert response.text.endswith(" More")
        # tab into the owner's box: the cursor at the end, nothing selected to type over
        await pilot.press("tab")
        await pilot.pause()
        owner = app.query_one("#owner", Input)
        assert owner.has_focus
        assert owner.selection.is_empty and owner.cursor_position == len(owner.value)
        await type_text(pilot, "s")
        assert owner.value == "Chief Superintendent, Contact Managements"
        # back into the response (shift+tab): the end again
        await pilot.press("shift+tab")
        await pilot.pause()
        assert response.has_focus and response.cursor_location == response.document.end


async def test_ctrl_home_and_ctrl_end_in_a_long_text(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        app.editor.goto("finding:2")
        await pilot.pause()
        response = app.query_one("#response", TextArea)
        await pilot.press("ctrl+home")
        assert response.cursor_location == (0, 0)
        await pilot.press("ctrl+end")
        assert response.cursor_location == response.document.end
        await pilot.press("ctrl+shift+home")
        assert response.selected_text == response.text


async def test_a_jump_to_a_problem_keeps_its_place(make_app, copy_of):
    """The cursor goes to the end only when nothing asked for a place."""
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        app.editor.goto("finding:2", place=(1, 3))
        await pilot.pause()
        response = app.query_one("#response", TextArea)
        assert response.has_focus and response.cursor_location == (0, 2)


async def _search(app, query: str) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    provider = DrafterCommands(app.editor)
    hits = [(hit.score, str(hit.text)) async for hit in provider.search(query)]
    return sorted(hits, key=lambda h: -h[0])


async def test_the_palette_finds_findings_by_their_words_and_addressee(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        by_words = [name for _, name in await _search(app, "risk assessment")]
        assert by_words == [
            "Go to Recommendation 2 · to Northmoor Constabulary",
            "Go to Recommendation 3 · to Northmoor Constabulary",
        ]
        by_addressee = [name for _, name in await _search(app, "home office")]
        assert by_addressee[0] == "Go to Recommendation 7 · to Home Office"
        # A name still comes before a finding whose words merely hold the query.
        assert (await _search(app, "save"))[0][1] == "Save"


async def test_the_palette_reaches_every_entry_of_the_outline(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        editor = app.editor
        names = {c.name: c for c in editor.palette_commands()}
        assert "Go to the Police, Fire and Crime Commissioner's comments" in names
        assert "Go to the Chief Constable's comments" in names
        assert "Go to the noted group: To College of Policing" in names
        assert "Review every finding" in names
        for entry_id in editor.query_one(Outline).entry_ids():
            goto = [
                c
                for c in names.values()
                if getattr(c.run, "keywords", {}).get("entry_id") == entry_id
            ]
            assert len(goto) == 1, entry_id
            editor.goto("details")
            await pilot.pause()
            goto[0].run(editor)
            await pilot.pause()
            assert editor.current == entry_id
        # And through the palette itself, by keys.
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await type_text(pilot, "chief constable's comments")
        await wait_for_command(pilot, "chief constable's comments")
        await pilot.press("enter")
        await pilot.pause()
        assert editor.current == "comments:chief"


@pytest.mark.parametrize("width", [80, 100, 120])
async def test_the_top_bar_keeps_the_file_name_and_days_left_first(make_app, copy_of, width):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        left = app.query_one("#status-left", Static)
        shown = _rendered(left)[0].strip()
        assert shown.startswith("northmoor-peel-2026-fictional.toml · ")
        assert "11 days left" in shown and "…" not in shown
        if width >= 120:
            assert "due 10 December 2026, 11 days left" in shown
            assert "6 of 12 findings decided" in shown
        await type_text(pilot, "x")
        await pilot.pause()
        assert "11 days left" in _rendered(left)[0]


def test_the_top_bar_text_by_width() -> None:
    from drafter import store

    draft = store.load(NORTHMOOR)
    deadline = "due 10 December 2026, 11 days left"
    name = "a-rather-long-file-name-for-a-draft.toml"
    assert (
        status_line(draft, deadline, name, 200) == f"{name} · {deadline} · 6 of 12 findings decided"
    )
    assert (
        status_line(draft, deadline, name, 82)
        == f"{name} · 11 days left · 6 of 12 findings decided"
    )
    assert status_line(draft, deadline, name, 73) == f"{name} · 11 days left · 6 of 12 decided"
    assert status_line(draft, deadline, name, 60) == f"{name} · 11 days left"
    assert status_line(draft, deadline, name, 30).endswith("… · 11 days left")
    assert short_deadline("due 3 May 2020, which is today") == "due today"
    assert short_deadline("due 3 May 2020, overdue by 4 days") == "overdue by 4 days"
    assert short_deadline("no statutory deadline: the report's publication date is not set") == (
        "no deadline"
    )


async def test_help_shows_every_binding_id_in_full_at_80_columns(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        table = app.screen.query_one("#help-keys", Static)
        shown = "\n".join(_rendered(table))
        for _, _, binding_id in app.editor.help_rows():
            assert binding_id in shown, binding_id


async def test_problems_wrap_at_80_columns(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await app.workers.wait_for_complete()
        await pilot.pause()
        listing = app.screen.query_one("#problems-list", OptionList)
        words = [w for line in _rendered(listing) for w in line.split() if w not in "▊▎"]
        message = (
            'the noted group for "College of Policing" has no noted findings; remove it or '
            "mark its findings as noted"
        )
        assert message in " ".join(words)


async def test_keys_typed_right_after_tab_go_to_the_next_box(make_app, copy_of):
    """Found by last session's adversary in tmux: typing fast after Tab put the first
    letters in the box just left, as Textual hands each key to the focused widget's
    queue and Tab moved the focus only once that widget reached it."""
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        app.editor.goto("finding:0")
        await pilot.pause()
        response = app.query_one("#response", TextArea)
        owner = app.query_one("#owner", Input)
        before = (response.text, owner.value)
        await press_at_once(pilot, "tab", "a", "b", "c")
        assert owner.has_focus
        assert (response.text, owner.value) == (before[0], before[1] + "abc")
        await press_at_once(pilot, "shift+tab", "x", "y")
        assert response.has_focus
        assert response.text == before[0] + "xy"
