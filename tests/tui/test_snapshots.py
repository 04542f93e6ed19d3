"""Every screen of the editor at 80x24 and 120x34 (pytest-textual-snapshot).

Regenerate after an intended change with ``pytest tests/tui --snapshot-update``
and look at the SVGs before committing them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from conftest import NORTHMOOR, WILTSHIRE

from drafter import store
from drafter.tui.config import Config
from drafter.tui.picker import PickerApp
from tui.helpers import question_ready, type_text, wait_for

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 34), id="120x34")]


async def _goto(pilot, entry_id: str) -> None:  # type: ignore[no-untyped-def]
    pilot.app.editor.goto(entry_id)
    await pilot.pause()


async def _preview(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("f3")
    await pilot.app.query_one("#preview").refresh_now()
    await pilot.pause()


async def _check(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("f4")
    # The spelling check runs in a worker: wait for it, so the list is complete.
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _sign_form(pilot) -> None:  # type: ignore[no-untyped-def]
    await _goto(pilot, "signoff")
    # The view relabels its buttons once shown: click where the button is then.
    await pilot.pause()
    await pilot.click("#sign-chief")
    await pilot.pause()


async def _quit_dialog(pilot) -> None:  # type: ignore[no-untyped-def]
    await type_text(pilot, "Unsaved")
    await pilot.press("ctrl+q")
    await pilot.pause()


async def _settled(pilot) -> None:  # type: ignore[no-untyped-def]
    """The dialog on screen once its keys work, as the writer reads it: a question
    that comes up unasked shows a line while it waits for typing to pause."""
    await wait_for(pilot, lambda: question_ready(pilot.app))


async def _external_change(pilot) -> None:  # type: ignore[no-untyped-def]
    # With no unsaved edits the editor reloads without asking: the question needs some.
    await type_text(pilot, "Mine")
    path = pilot.app.session.path
    draft = store.load(path)
    draft.report.title = "Changed elsewhere"
    path.write_text(store.dumps(draft), encoding="utf-8")
    os.utime(path, ns=(0, path.stat().st_mtime_ns + 5_000_000_000))
    pilot.app.editor.tick()
    await _settled(pilot)


SCREENS = {
    "finding": None,
    "details": lambda pilot: _goto(pilot, "details"),
    "commissioner-comments": lambda pilot: _goto(pilot, "comments:commissioner"),
    "chief-comments": lambda pilot: _goto(pilot, "comments:chief"),
    "noted-group": lambda pilot: _goto(pilot, "noted:0"),
    "sign-off": lambda pilot: _goto(pilot, "signoff"),
    "outline": lambda pilot: pilot.press("f2"),
    "preview": _preview,
    "help": lambda pilot: pilot.press("f1"),
    "check": _check,
    "sign-form": _sign_form,
    "quit-dialog": _quit_dialog,
    "external-change": _external_change,
}


def steady(run_before=None):  # type: ignore[no-untyped-def]
    """Run ``run_before`` with blinking cursors stopped, so every screenshot is the same."""

    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        for widget in pilot.app.query("TextArea, Input"):
            widget.cursor_blink = False
        if run_before is not None:
            result = run_before(pilot)
            if result is not None:
                await result
        for widget in pilot.app.screen.query("TextArea, Input"):
            widget.cursor_blink = False
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(screen, size, snap_compare, make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR), Config(autosave_seconds=3600))
    assert snap_compare(app, terminal_size=size, run_before=steady(SCREENS[screen]))


@pytest.mark.parametrize("size", SIZES)
def test_signed_off_reference(size, snap_compare, make_app, copy_of):
    app = make_app(copy_of(WILTSHIRE), Config(autosave_seconds=3600))
    assert snap_compare(app, terminal_size=size, run_before=steady(lambda p: _goto(p, "signoff")))


@pytest.mark.parametrize("size", SIZES)
def test_recovery_dialog(size, snap_compare, make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path, Config(autosave_seconds=3600))
    draft = store.load(path)
    draft.response.chief.comments += "\nTyped before the crash."
    app.session.keep_for_recovery(store.dumps(draft))
    when = dt.datetime(2026, 11, 28, 17, 5).timestamp()
    os.utime(app.session.recovery_file, (when, when))
    assert snap_compare(app, terminal_size=size, run_before=steady(_settled))


#: The picker's screens, by the keys that reach them from its list of drafts.
PICKER_SCREENS = {
    "list": [],
    "choice": ["end", "enter"],
    "new-form": ["end", "enter", "e"],
    "import-file": ["end", "enter", "f"],
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("keys", PICKER_SCREENS.values(), ids=PICKER_SCREENS.keys())
def test_picker(keys, size, snap_compare, tmp_path: Path, monkeypatch):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for source in (NORTHMOOR, WILTSHIRE):
        shutil.copy(source, folder / source.name)
    app = PickerApp(Path("drafts"), Config())
    monkeypatch.chdir(tmp_path)
    # The import screen names the working folder, which differs on every run.
    monkeypatch.setattr(Path, "cwd", classmethod(lambda cls: cls("/home/officer")))
    # The keys go inside steady(), so the cursors of the screen they open are stopped too.
    assert snap_compare(
        app, terminal_size=size, run_before=steady(lambda pilot: pilot.press(*keys))
    )


@pytest.mark.parametrize("size", SIZES)
def test_progress_view(size, snap_compare, make_app, tmp_path):
    from tui.test_progress_view import tracked_response

    app = make_app(tracked_response(tmp_path), Config(autosave_seconds=3600))

    async def open_r1(pilot) -> None:  # type: ignore[no-untyped-def]
        index = next(
            i for i, f in enumerate(pilot.app.draft.findings) if f.title == "Recommendation 1"
        )
        await _goto(pilot, f"progress:{index}")

    assert snap_compare(app, terminal_size=size, run_before=steady(open_r1))
