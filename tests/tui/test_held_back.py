"""Text the draft cannot take (a target that is not a date, a required detail emptied)
is never dropped without a word: saving, quitting and moving on each say so first.

Before, "31 Feb 2027" typed as a target showed an inline error, then ctrl+s said "No
changes to save" and ctrl+q quit at once: the writer's text was gone unannounced.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input

from drafter import store
from drafter.tui.screens.choice import ChoiceDialog
from tui.helpers import notice_titles, settle, type_text, wait_for
from tui.journeys import Drafts


async def bad_target(app, pilot) -> Input:  # type: ignore[no-untyped-def]
    app.editor.goto("finding:0")
    await settle(pilot)
    target = app.screen.query_one("#target", Input)
    target.focus()
    await type_text(pilot, "31 Feb 2027")
    await settle(pilot)
    return target


async def test_save_and_quit_say_a_target_that_is_not_a_date_is_not_saved(
    drafts: Drafts, tmp_path: Path, make_app
) -> None:
    path = drafts.copy("import-markdown", tmp_path)
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        target = await bad_target(app, pilot)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "Not saved" in notice_titles(app))
        [note] = [n for n in app.notices if n.title == "Not saved"]
        assert "target" in note.message and "'31 Feb 2027'" in note.message
        assert path.read_bytes() == before
        # Quitting asks; "Go back" keeps the editor and the text.
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("g")
        await settle(pilot)
        assert app.is_running and target.value == "31 Feb 2027"
        # Mended, it is saved as any change is.
        target.focus()
        target.value = ""
        await type_text(pilot, "31 March 2027")
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("s")
        await settle(pilot)
    assert store.load(path).findings[0].target == dt.date(2027, 3, 31)


async def test_quitting_with_only_held_back_text_asks_and_may_quit(
    drafts: Drafts, tmp_path: Path, make_app
) -> None:
    path = drafts.copy("import-markdown", tmp_path)
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await bad_target(app, pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code == 0
    assert path.read_bytes() == before


async def test_moving_on_says_what_was_not_kept(drafts: Drafts, tmp_path: Path, make_app) -> None:
    path = drafts.copy("import-markdown", tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await bad_target(app, pilot)
        await pilot.press("alt+n")
        await wait_for(pilot, lambda: "Not kept" in notice_titles(app))
        assert "Not kept" in notice_titles(app)
        # Told once: quitting from the next finding has nothing held back.
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert app.return_code == 0


async def test_an_emptied_required_detail_is_said_on_quitting(
    drafts: Drafts, tmp_path: Path, make_app
) -> None:
    path = drafts.copy("new-required-only", tmp_path)
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        app.editor.goto("details")
        await settle(pilot)
        title = app.screen.query_one("#detail-title", Input)
        title.focus()
        await pilot.press("end", *["backspace"] * len(title.value))
        await settle(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert "Report title is empty" in str(app.screen.query_one("#dialog-message").render())
        await pilot.press("g")
        await settle(pilot)
        assert app.is_running


async def test_the_palettes_quit_asks_as_ctrl_q_does(
    drafts: Drafts, tmp_path: Path, make_app
) -> None:
    """Textual's own "Quit" in the palette exited at once and lost unsaved edits."""
    path = drafts.copy("new-required-only", tmp_path)
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.editor.goto("comments:commissioner")
        await settle(pilot)
        await type_text(pilot, "Unsaved words")
        await settle(pilot)
        assert app.editor.dirty
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "quit")
        await settle(pilot)
        await pilot.press("enter")
        for _ in range(10):
            await pilot.pause()
        assert app.is_running
        assert app.screen.name == "quit"
        await pilot.press("s")
        await settle(pilot)
    assert path.read_bytes() != before
    assert "Unsaved words" in path.read_text(encoding="utf-8")


async def test_a_half_typed_date_leaves_the_draft_its_old_one(
    drafts: Drafts, tmp_path: Path, make_app
) -> None:
    """Retyping a target ("31 Ma", after clearing the box) saved the draft without any
    target, at the next autosave: a kill or a commit then kept the loss."""
    path = drafts.copy("import-markdown", tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.editor.goto("finding:0")
        await settle(pilot)
        target = app.screen.query_one("#target", Input)
        target.focus()
        await type_text(pilot, "31 March 2027")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert store.load(path).findings[0].target == dt.date(2027, 3, 31)
        # Retyped: cleared, then on the way to another date.
        app.editor.goto("finding:1")
        await settle(pilot)
        app.editor.goto("finding:0")
        await settle(pilot)
        target.focus()
        await pilot.press("end", *["backspace"] * len(target.value))
        await type_text(pilot, "30 Ap")
        await settle(pilot)
        assert app.draft.findings[0].target == dt.date(2027, 3, 31)
        app.editor.save_now()
        assert store.load(path).findings[0].target == dt.date(2027, 3, 31)
        # Cleared and left empty is a change like any other.
        await pilot.press(*["backspace"] * len(target.value))
        await settle(pilot)
        assert app.draft.findings[0].target is None


async def test_a_half_typed_publication_date_leaves_the_draft_its_old_one(
    drafts: Drafts, tmp_path: Path, make_app
) -> None:
    path = drafts.copy("new-required-only", tmp_path)
    published = store.load(path).report.published
    assert published is not None
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        app.editor.goto("details")
        await settle(pilot)
        box = app.screen.query_one("#detail-published", Input)
        box.focus()
        await pilot.press("end", *["backspace"] * len(box.value))
        await type_text(pilot, "12 Ju")
        await settle(pilot)
        assert app.draft.report.published == published
        app.editor.save_now()
    assert store.load(path).report.published == published
