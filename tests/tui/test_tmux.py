"""The real program in a real terminal: tmux types, reads the screen, and we read the file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from conftest import NORTHMOOR, REPO

from drafter import store
from drafter.model import Decision

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

DRAFTER = Path(sys.executable).parent / "drafter"


def _socket(kind: str) -> str:
    """A tmux socket of this test's own: not shared with the other xdist worker (the
    process id) nor with the test before it in this worker, whose server may still be
    going away when the next test starts one (the random part)."""
    return f"drafter-{kind}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def _tmux(socket: str, *args: str) -> str:
    result = subprocess.run(
        ["tmux", "-L", socket, *args], capture_output=True, text=True, check=True
    )
    return result.stdout


def _wait_for(socket: str, text: str, *, present: bool = True, tries: int = 150) -> str:
    """Poll the screen until ``text`` appears (or goes); fail after a generous bound."""
    screen = ""
    for _ in range(tries):
        screen = _tmux(socket, "capture-pane", "-p", "-t", "drafter")
        if (text in screen) == present:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{text!r} {'never appeared' if present else 'never went'}:\n{screen}")


def _send_until(socket: str, key: str, shows: str, *, literal: bool = False) -> None:
    """The session's first key: sent again until ``shows`` appears. The first frame
    can come before the app reads keys, so the key must be one that sending twice
    does not spoil (a decision, or a letter whose count the test reads)."""
    flags = ["-l"] if literal else []
    for _ in range(30):
        _tmux(socket, "send-keys", "-t", "drafter", *flags, key)
        try:
            _wait_for(socket, shows, tries=5)
            return
        except AssertionError:
            continue
    raise AssertionError(f"the editor never took {key!r}")


def _accept_first(socket: str) -> None:
    """Accept the finding the editor opens on (6 of 12 decided becomes 7)."""
    _send_until(socket, "M-a", "7 of 12 findings decided")


def test_edit_in_tmux_types_saves_and_quits(tmp_path: Path) -> None:
    path = Path(shutil.copy(NORTHMOOR, tmp_path / NORTHMOOR.name))
    socket = _socket("test")
    env = (
        # pytest exports COLUMNS and LINES, which Textual would take over the real size.
        f"env -u COLUMNS -u LINES XDG_STATE_HOME={tmp_path / 'state'} XDG_CONFIG_HOME={tmp_path / 'config'} "
        f"TERM=xterm-256color"
    )
    command = f"{env} {DRAFTER} edit {path} --today 2026-11-29; echo EXITED $?; sleep 60"
    _tmux(
        socket,
        "new-session",
        "-d",
        "-s",
        "drafter",
        "-x",
        "100",
        "-y",
        "30",
        "-c",
        str(REPO),
        command,
    )
    try:
        screen = _wait_for(socket, "6 of 12 findings decided")
        # 100 columns: the file name and the days left first, then the progress.
        assert "northmoor-peel-2026-fictional.toml · 11 days left · 6 of 12" in screen
        assert "Recommendation 3" in screen
        assert "Report details" in screen  # the outline shows: the full width of 100
        _accept_first(socket)
        _tmux(socket, "send-keys", "-t", "drafter", "-l", "Typed in tmux: every case reviewed.")
        _wait_for(socket, "6 words")
        _tmux(socket, "send-keys", "-t", "drafter", "C-s")
        _wait_for(socket, "✓ saved")
        _tmux(socket, "send-keys", "-t", "drafter", "C-q")
        _wait_for(socket, "EXITED 0")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    finding = store.load(path).findings[4]
    assert finding.title == "Recommendation 3"
    assert finding.decision is Decision.ACCEPT
    assert finding.response == "Typed in tmux: every case reviewed."


def test_merge_with_a_changed_file_in_tmux(tmp_path: Path) -> None:
    """Unsaved edits, the file changed on disk (a git pull), Merge, a conflict chosen."""
    path = Path(shutil.copy(NORTHMOOR, tmp_path / NORTHMOOR.name))
    config = tmp_path / "config" / "drafter"
    config.mkdir(parents=True)
    # No autosave during the test: the edits must still be unsaved when the file changes.
    (config / "config.toml").write_text("autosave-seconds = 3600\n", encoding="utf-8")
    socket = _socket("merge")
    env = (
        f"env -u COLUMNS -u LINES XDG_STATE_HOME={tmp_path / 'state'} "
        f"XDG_CONFIG_HOME={tmp_path / 'config'} TERM=xterm-256color"
    )
    command = f"{env} {DRAFTER} edit {path} --today 2026-11-29; echo EXITED $?; sleep 60"
    _tmux(socket, "new-session", "-d", "-s", "drafter", "-x", "120", "-y", "36", command)
    try:
        _wait_for(socket, "6 of 12 findings decided")
        _accept_first(socket)
        _tmux(socket, "send-keys", "-t", "drafter", "-l", "Mine.")
        _wait_for(socket, "● unsaved")
        theirs = store.load(path)
        theirs.findings[4].response = "Theirs."
        theirs.findings[0].owner = "Pulled owner"
        path.write_bytes(store.dumps(theirs).encode("utf-8"))
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
        _wait_for(socket, "The draft changed on disk")
        _wait_for(socket, "Keys answer once typing pauses", present=False)
        _tmux(socket, "send-keys", "-t", "drafter", "m")
        _wait_for(socket, "Merge conflicts: 1 to resolve")
        _tmux(socket, "send-keys", "-t", "drafter", "Enter")
        screen = _wait_for(socket, "Merge conflict: Recommendation 3, response")
        assert "Your edits" in screen and "The file on disk" in screen
        _tmux(socket, "send-keys", "-t", "drafter", "C-t")
        _wait_for(socket, "no conflicts left")
        _tmux(socket, "send-keys", "-t", "drafter", "C-s")
        _wait_for(socket, "✓ saved")
        _tmux(socket, "send-keys", "-t", "drafter", "C-q")
        _wait_for(socket, "EXITED 0")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    saved = store.load(path)
    assert saved.findings[4].response == "Theirs."
    assert saved.findings[0].owner == "Pulled owner"
    assert saved.conflicts == []
