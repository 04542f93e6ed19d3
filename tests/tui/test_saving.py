"""Unsaved changes, changes made by others on disk, and recovery after a crash."""

from __future__ import annotations

import os

from conftest import NORTHMOOR

from drafter import store
from drafter.store.comments import not_kept
from drafter.tui.session import RECOVERY_QUIET
from tui.helpers import answer, press_at_once, type_text, wait_for


async def _edit(app, pilot, words: str = "Edited ") -> None:  # type: ignore[no-untyped-def]
    await type_text(pilot, words)
    await pilot.pause()
    assert app.editor.dirty


async def test_quit_with_unsaved_changes_asks_and_cancel_keeps_editing(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    original = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit(app, pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.screen.name == "quit"
        await pilot.press("c")
        await pilot.pause()
        assert app.screen is app.editor
        assert app.is_running and app.editor.dirty
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert not app.is_running
    assert path.read_bytes() == original
    assert not app.session.recovery_file.exists()


async def test_quit_and_save(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit(app, pilot, "Saved on quit ")
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert not app.is_running
    assert store.load(path).findings[4].response == "Saved on quit "


async def test_quit_without_changes_does_not_ask(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


def _change_on_disk(path, title: str) -> bytes:  # type: ignore[no-untyped-def]
    draft = store.load(path)
    draft.report.title = title
    data = store.dumps(draft).encode("utf-8")
    path.write_bytes(data)
    # A later mtime, as a real write a moment later would have.
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    return data


async def test_external_change_is_never_overwritten_silently(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit(app, pilot, "Mine ")
        theirs = _change_on_disk(path, "Pulled from git")
        app.editor.tick()
        await pilot.pause()
        assert app.screen.name == "external-change"
        assert app.editor.conflict
        # Saving while the question stands writes nothing.
        app.editor.save_now()
        assert path.read_bytes() == theirs
        await answer(pilot, "k")
        await pilot.pause()
        assert not app.editor.conflict
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    assert saved.findings[4].response == "Mine "
    assert saved.report.title != "Pulled from git"


async def test_external_change_reload_takes_theirs(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit(app, pilot, "Mine ")
        theirs = _change_on_disk(path, "Pulled from git")
        app.editor.tick()
        await pilot.pause()
        await answer(pilot, "r")
        await pilot.pause()
        assert not app.editor.dirty
        assert app.draft.report.title == "Pulled from git"
        assert app.draft.findings[4].response == ""
        assert app.query_one("#response").text == ""
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert path.read_bytes() == theirs


async def test_recovery_after_a_crash(make_app, copy_of, clock):
    path = copy_of(NORTHMOOR)
    original = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit(app, pilot, "Typed before the crash ")
        clock.now += RECOVERY_QUIET
        app.editor.tick()  # the recovery file is written once typing has paused
        await app.workers.wait_for_complete()
        assert app.session.recovery_file.exists()
    # Leaving run_test without quitting is the crash: no save, the recovery file stays.
    assert path.read_bytes() == original
    assert app.session.recovery_file.exists()

    again = make_app(path)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert again.screen.name == "recovery"
        await answer(pilot, "r")
        await pilot.pause()
        assert again.editor.dirty
        assert again.draft.findings[4].response == "Typed before the crash "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not again.session.recovery_file.exists()
    assert store.load(path).findings[4].response == "Typed before the crash "


async def test_recovery_can_be_discarded(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit(app, pilot)
        app.editor.keep_recovery()
        await app.workers.wait_for_complete()
    again = make_app(path)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await answer(pilot, "d")
        await pilot.pause()
        assert not again.session.recovery_file.exists()
        assert not again.editor.dirty
        assert again.draft.findings[4].response == ""


async def test_autosave_writes_in_the_background(make_app, copy_of):
    from drafter.tui.config import Config

    path = copy_of(NORTHMOOR)
    app = make_app(path, Config(autosave_seconds=0.01))
    async with app.run_test(size=(100, 30)) as pilot:
        await type_text(pilot, "Autosaved ")
        for _ in range(200):  # bounded wait for the tick, not a timing assertion
            if not app.editor.dirty:
                break
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        assert not app.editor.dirty
    assert store.load(path).findings[4].response == "Autosaved "


async def test_a_draft_the_loader_would_refuse_is_not_saved(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    original = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        # A finding whose text is emptied cannot be loaded again, so it must not be saved.
        app.draft.findings[4].text = ""
        app.editor.mark_edited()
        assert app.editor.save_now() is False
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.session.recovery_file.exists()
        assert app.editor.dirty
    assert path.read_bytes() == original


async def test_comments_in_the_file_are_named_before_a_save_drops_them(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    plain = make_app(path)
    async with plain.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert [n for n in plain.notices if n.title == "Comments"] == []
    path.write_text("# owner: policy team\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: any(n.title == "Comments" for n in app.notices))
        [note] = [n for n in app.notices if n.title == "Comments"]
        assert note.severity == "warning"
        assert note.message == f"{path.name}: {not_kept([1])}."
        # Someone adds more with another editor; reloading names those.
        text = path.read_text(encoding="utf-8").replace("[report]\n", "[report]\n# checked\n", 1)
        path.write_text(text, encoding="utf-8")
        # Nothing unsaved here: reloaded without a question.
        app.editor.tick()
        named = f"{path.name}: {not_kept([1, 5])}."
        await wait_for(pilot, lambda: named in [n.message for n in app.notices])
        notes = [n.message for n in app.notices if n.title == "Comments"]
        assert notes[-1] == named


async def test_typing_as_the_editor_opens_does_not_answer_the_recovery_question(
    make_app, copy_of, monkeypatch
):
    """After a crash writers start typing at once: the "d" of "day" discarded the
    kept text for good."""
    # However slow the machine, the keys below come before the question settles.
    monkeypatch.setattr("drafter.tui.saving.UNASKED_SETTLE", 60.0)
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit(app, pilot, "Precious paragraph ")
        app.editor.keep_recovery()
        await app.workers.wait_for_complete()
    again = make_app(path)
    async with again.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            if again.screen.name == "recovery":
                break
            await pilot.pause(0.05)
        await press_at_once(pilot, *"Good", "space", *"day")
        assert again.screen.name == "recovery"
        assert again.session.recovery_file.exists()
        # Escape, the safe answer, always works: asked again next time, even after
        # edits, a save and quitting here (each of which removed the file).
        await pilot.press("escape")
        await pilot.pause()
        assert again.screen is again.editor
        await _edit(again, pilot, "New words ")
        again.editor.keep_recovery()
        await again.workers.wait_for_complete()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert "Precious paragraph" in again.session.recovery_file.read_text(encoding="utf-8")
    third = make_app(path)
    async with third.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: third.screen.name == "recovery")
        assert third.screen.name == "recovery"


async def test_a_recovery_copy_that_cannot_be_written_is_said_once_and_editing_goes_on(
    make_app, copy_of, monkeypatch
):
    """A disk that fills during a session stopped drafter at the next keystroke."""
    import errno

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    path = copy_of(NORTHMOOR)
    app = make_app(path)
    monkeypatch.setattr(app.session, "keep_for_recovery", full)
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit(app, pilot, "Still typing ")
        for _ in range(2):
            app.editor.keep_recovery()
            await app.workers.wait_for_complete()
            await pilot.pause()
        await wait_for(pilot, lambda: any(n.title == "No recovery copy" for n in app.notices))
        assert [n.title for n in app.notices].count("No recovery copy") == 1
        assert app.is_running
        await _edit(app, pilot, "and on")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "Still typing and on" in path.read_text(encoding="utf-8")


def test_a_state_folder_that_cannot_be_written_stops_drafter_edit_before_it_opens(
    copy_of, tmp_path, monkeypatch, capsys
):
    from drafter.cli import main

    blocked = tmp_path / "state-is-a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocked))
    path = copy_of(NORTHMOOR)
    assert main(["edit", str(path)]) == 2
    err = capsys.readouterr().err
    assert "cannot take the lock" in err and "XDG_STATE_HOME" in err
