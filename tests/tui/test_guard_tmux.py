"""The guards as a writer meets them, in a real terminal: a second editor on the same
draft, and typing into a published response (test_guard.py has the details)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from conftest import REPO

from tui.test_tmux import DRAFTER, _socket, _tmux, _wait_for

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def _editor(socket: str, path: Path, state: Path) -> None:
    # Settings of its own (none): never the settings of whoever runs the tests.
    config = state.parent / "config"
    env = (
        f"env -u COLUMNS -u LINES XDG_STATE_HOME={state} XDG_CONFIG_HOME={config} "
        "TERM=xterm-256color"
    )
    command = f"{env} {DRAFTER} edit {path} --today 2026-11-29; echo EXITED $?; sleep 60"
    _tmux(
        socket, "new-session", "-d", "-s", "drafter", "-x", "120", "-y", "35",
        "-c", str(REPO), command,
    )  # fmt: skip


def _send(socket: str, *keys: str) -> None:
    _tmux(socket, "send-keys", "-t", "drafter", *keys)


def _kill(*sockets: str) -> None:
    for socket in sockets:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)


def test_a_second_editor_is_read_only_until_the_first_closes(drafts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = drafts.copy("new-required-only", tmp_path / "drafts")
    first, second = _socket("guard-first"), _socket("guard-second")
    try:
        _editor(first, path, tmp_path / "state")
        _wait_for(first, "✓ saved")
        _editor(second, path, tmp_path / "state")
        _wait_for(second, "read-only: open in another editor")
        _send(second, "-l", "zzz")
        time.sleep(0.5)
        _send(second, "C-s")
        _wait_for(second, "Here it is read-only")
        assert "zzz" not in _tmux(second, "capture-pane", "-p", "-t", "drafter")
        _send(first, "C-q")
        _wait_for(first, "EXITED 0")
        _wait_for(second, "you can edit it now")
        _send(second, "-l", "zzz")
        _wait_for(second, "zzz")
        _send(second, "C-s")
        _wait_for(second, "✓ saved")
        _send(second, "C-q")
        _wait_for(second, "EXITED 0")
    finally:
        _kill(first, second)
    assert "zzz" in path.read_text(encoding="utf-8")


def test_typing_in_a_published_response_asks_first(drafts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = drafts.copy("published", tmp_path / "drafts")
    before = path.read_bytes()
    socket = _socket("guard-published")
    try:
        _editor(socket, path, tmp_path / "state")
        _wait_for(socket, "signed off · ✓ saved")
        # A key sent the instant the first frame shows can be lost before the app
        # reads keys (see test_journeys_tmux._palette); alt+n is not idempotent.
        time.sleep(0.5)
        _send(socket, "M-n")
        _wait_for(socket, "Response")
        _send(socket, "-l", "x")
        screen = _wait_for(socket, "Change a signed response?")
        assert "25 November 2026. Changing" in screen, screen  # "published on" it
        # Its keys work once typing has paused; it says so until then.
        _wait_for(socket, "Keys answer once typing pauses", present=False)
        _send(socket, "l")  # Leave it
        _wait_for(socket, "Change a signed response?", present=False)
        _wait_for(socket, "signed off · ✓ saved")
        _send(socket, "C-q")
        _wait_for(socket, "EXITED 0")
    finally:
        _kill(socket)
    assert path.read_bytes() == before
