"""A bug inside the editor ends `drafter edit` as any other bug does (docs/promises.md):
exit status 70, a short message, the traceback in a private crash file.

Found as an adversary: a crash while the editor ran printed Textual's traceback,
with the draft's text in its locals, over the terminal, and `drafter edit` exited 0.
"""

from __future__ import annotations

import asyncio
from functools import partialmethod
from pathlib import Path

import pytest
from textual.app import App

from drafter.cli import crash
from drafter.errors import ExitStatus
from drafter.tui.app import DrafterApp


def test_a_bug_in_the_editor_exits_70_with_a_crash_file(
    northmoor: Path, cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    folder = tmp_path / "log"
    monkeypatch.setattr(crash, "crash_folder", lambda: folder)
    monkeypatch.setattr(DrafterApp, "run", partialmethod(App.run, headless=True))

    def broken(self: DrafterApp) -> None:
        raise RuntimeError("a bug while drawing the secret response")

    monkeypatch.setattr(DrafterApp, "on_mount", broken)
    result = cli("edit", northmoor)
    assert result.status == ExitStatus.INTERNAL
    assert "This is a bug in drafter" in result.err
    assert "Traceback" not in result.out + result.err
    [kept] = list(folder.iterdir())
    assert "a bug while drawing the secret response" in kept.read_text("utf-8")


async def test_a_bug_while_the_editor_opens_ends_it_rather_than_hanging(
    northmoor: Path, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app waits for the editor to open its first view before it takes keys; a bug
    in that first view left it waiting for ever: a blank terminal that ctrl+c could not
    end (found in tmux with 89a67eb's crash put back)."""
    from drafter.tui.editor_screen import EditorScreen

    def broken(self: EditorScreen, *args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the first view")

    monkeypatch.setattr(EditorScreen, "goto", broken)
    app = make_app(northmoor)

    async def run() -> None:
        async with app.run_test():
            pass

    with pytest.raises(RuntimeError, match="a bug in the first view"):
        await asyncio.wait_for(run(), timeout=30)
    assert app.return_code == ExitStatus.INTERNAL
