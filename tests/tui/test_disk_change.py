"""The draft changed on disk (a git pull, a merge, another program) while the editor
had it open.

With nothing unsaved the editor shows the file's version without asking: the
question offered "Keep mine", one key that put the old text back over a colleague's
pulled work. With unsaved edits it asks, and escape puts the question off (it came
back at the next half-second tick, so escape seemed to do nothing) with nothing
saved meanwhile.
"""

from __future__ import annotations

import os
from pathlib import Path

from drafter import store
from tui.helpers import notice_titles, press_at_once, settle, type_text, wait_for, write_later
from tui.journeys import Drafts


def later(path: Path, text: str) -> None:
    """Write ``text`` as another program would, a moment after the editor read it."""
    stat = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def pulled(path: Path, title: str) -> None:
    draft = store.load(path)
    draft.report.title = title
    write_later(path, draft)


async def test_with_nothing_unsaved_it_reloads_without_asking(
    drafts: Drafts, tmp_path: Path, make_app
) -> None:
    path = drafts.copy("import-markdown", tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pulled(path, "Pulled from git")
        app.editor.tick()
        await wait_for(pilot, lambda: any("Reloaded" in n.message for n in app.notices))
        assert app.screen is app.editor
        assert app.draft.report.title == "Pulled from git"
        assert any("Reloaded" in n.message for n in app.notices)


async def test_a_file_left_unreadable_is_not_saved_over(
    drafts: Drafts, tmp_path: Path, make_app
) -> None:
    path = drafts.copy("import-markdown", tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        good = path.read_text(encoding="utf-8")
        broken = "<<<<<<< HEAD\n" + good
        later(path, broken)
        app.editor.tick()
        await wait_for(pilot, lambda: any("cannot be read" in n.message for n in app.notices))
        assert app.screen is app.editor
        assert any("cannot be read" in n.message for n in app.notices)
        for _ in range(3):
            app.editor.tick()
            await settle(pilot)
        assert path.read_text(encoding="utf-8") == broken
        # Mended, it is shown.
        pulled_text = good.replace('title = "', 'title = "Mended: ', 1)
        later(path, pulled_text)
        app.editor.tick()
        await settle(pilot)
        assert app.draft.report.title.startswith("Mended: ")


async def test_escape_puts_the_question_off_and_saves_nothing(
    drafts: Drafts, tmp_path: Path, make_app
) -> None:
    path = drafts.copy("import-markdown", tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.editor.goto("finding:0")
        await settle(pilot)
        await type_text(pilot, "Mine")
        await settle(pilot)
        assert app.editor.dirty
        pulled(path, "Pulled from git")
        theirs = path.read_bytes()
        app.editor.tick()
        await settle(pilot)
        assert app.screen.name == "external-change"
        await pilot.press("escape")
        await wait_for(pilot, lambda: "Changed on disk" in notice_titles(app))
        assert app.screen is app.editor
        assert "Changed on disk" in notice_titles(app)
        for _ in range(4):
            app.editor.tick()
            await settle(pilot)
        assert app.screen is app.editor
        assert path.read_bytes() == theirs
        # ctrl+s asks again at once.
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen.name == "external-change"
        assert path.read_bytes() == theirs


async def test_typing_on_does_not_answer_the_question(
    drafts: Drafts, tmp_path: Path, make_app, monkeypatch
) -> None:
    """The question comes up mid-sentence: the "k" of "keep" must not keep mine over
    theirs (a colleague's pull, a signature just given with drafter sign)."""
    # However slow the machine, the keys below come before the question settles.
    monkeypatch.setattr("drafter.tui.saving.UNASKED_SETTLE", 60.0)
    path = drafts.copy("import-markdown", tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.editor.goto("finding:0")
        await settle(pilot)
        await type_text(pilot, "We ")
        pulled(path, "Pulled from git")
        theirs = path.read_bytes()
        app.editor.tick()
        await pilot.pause()
        assert app.screen.name == "external-change"
        await press_at_once(pilot, *"keep", "space", *"going")
        assert app.screen.name == "external-change"
        assert path.read_bytes() == theirs
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.editor
        assert path.read_bytes() == theirs
