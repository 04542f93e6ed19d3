"""A bug in the editor: the writer's text is kept, the terminal comes back, status 70.

The bug is stood in for by a check that raises, with the draft's own words in its
message, as Textual's InvalidSelectValueError once quoted a draft's value.
"""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import NORTHMOOR, REPO

import drafter.tui.editor_screen as editor_screen
from drafter.cli import main
from drafter.errors import ExitStatus
from tui.helpers import type_text

TYPED = "Typed before the bug"
SECRET = "words-of-the-draft"


def broken_check(*args: object, **kwargs: object) -> None:
    raise RuntimeError(f"a bug, quoting {SECRET}")


def recovery_files(state: Path) -> list[Path]:
    return sorted((state / "drafter" / "recovery").glob("*.toml"))


def crash_files(state: Path) -> list[Path]:
    return sorted((state / "drafter" / "log").glob("crash-*.txt"))


def no_autosave(config_home: Path) -> Path:
    """Settings that keep the typed text unsaved until the bug: only recovery has it."""
    (config_home / "drafter").mkdir(parents=True)
    (config_home / "drafter" / "config.toml").write_text("autosave-seconds = 3600\n")
    return config_home


async def test_a_bug_keeps_unsaved_text_and_stops_with_status_70(
    make_app, copy_of, recovery_dir, monkeypatch
):
    monkeypatch.setattr(editor_screen, "check", broken_check)
    path = copy_of(NORTHMOOR)
    before = path.read_bytes()
    app = make_app(path)
    with pytest.raises(RuntimeError, match="a bug"):
        async with app.run_test(size=(80, 24)) as pilot:
            await type_text(pilot, TYPED)
            await pilot.pause()
            await pilot.press("f4")
            await pilot.pause()
    assert app.return_code == ExitStatus.INTERNAL
    assert path.read_bytes() == before  # nothing half-saved
    [kept] = list(recovery_dir.glob("*.toml"))
    assert TYPED in kept.read_text(encoding="utf-8")
    # Textual's own report, a traceback with each frame's locals, is not printed.
    assert not app._exit_renderables


def test_drafter_edit_reports_a_bug_in_one_line_with_a_private_crash_file(
    tmp_path, monkeypatch, capsys
):
    """Through the command line, as a writer runs it (headless here; tmux below)."""
    from drafter.tui.app import DrafterApp

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(no_autosave(tmp_path / "config")))
    monkeypatch.setattr(editor_screen, "check", broken_check)
    paths = [Path(shutil.copy(NORTHMOOR, tmp_path / f"{n}.toml")) for n in ("one", "two")]
    before = NORTHMOOR.read_bytes()

    async def auto_pilot(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        await type_text(pilot, TYPED)
        await pilot.pause()
        await pilot.press("f4")

    run = DrafterApp.run
    monkeypatch.setattr(
        DrafterApp,
        "run",
        lambda self, **kw: run(self, headless=True, size=(80, 24), auto_pilot=auto_pilot),
    )
    for path in paths:
        assert main(["edit", str(path), "--today", "2026-11-29"]) == ExitStatus.INTERNAL
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 2  # one line each time
    assert "RuntimeError" in lines[0] and "open the draft again to restore them" in lines[0]
    for text in (out, err):
        assert SECRET not in text and TYPED not in text and "Traceback" not in text
    # Two crashes in the same second: two files, each named in its line, each private.
    files = crash_files(tmp_path / "state")
    assert len(files) == 2
    for file in files:
        assert sum(str(file) in line for line in lines) == 1
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        assert "RuntimeError" in file.read_text(encoding="utf-8")
    assert all(path.read_bytes() == before for path in paths)
    kept = recovery_files(tmp_path / "state")
    assert len(kept) == 2
    assert all(TYPED in file.read_text(encoding="utf-8") for file in kept)


CRASHING = textwrap.dedent(
    f"""
    import sys
    import drafter.tui.editor_screen as editor_screen

    def broken_check(*args, **kwargs):
        raise RuntimeError("a bug, quoting {SECRET}")

    editor_screen.check = broken_check
    from drafter.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def _type_first(socket: str) -> None:
    """Once the editor shows, type TYPED into the response it opens on ("x " first,
    sent until the editor takes it)."""
    from tui.test_tmux import _send_until, _tmux, _wait_for

    _wait_for(socket, " decided")
    _send_until(socket, "x", "1 word", literal=True)
    _tmux(socket, "send-keys", "-t", "drafter", "-l", f" {TYPED}")
    _wait_for(socket, "5 words")


@pytest.mark.tmux
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_a_bug_in_a_real_terminal_then_restore(tmp_path: Path) -> None:
    from tui.test_tmux import _socket, _tmux, _wait_for

    path = Path(shutil.copy(NORTHMOOR, tmp_path / NORTHMOOR.name))
    script = tmp_path / "crashing.py"
    script.write_text(CRASHING, encoding="utf-8")
    state = tmp_path / "state"
    socket = _socket("crash")
    env = (
        f"env -u COLUMNS -u LINES XDG_STATE_HOME={state} "
        f"XDG_CONFIG_HOME={no_autosave(tmp_path / 'config')} "
        "TERM=xterm-256color"
    )
    drafter = Path(sys.executable).parent / "drafter"
    command = (
        f"{env} {sys.executable} {script} edit {path} --today 2026-11-29; echo STATUS=$?; "
        f"read -r GO; {env} {drafter} edit {path} --today 2026-11-29; echo STATUS=$?; sleep 60"
    )
    _tmux(socket, "new-session", "-d", "-s", "drafter", "-x", "80", "-y", "24")
    _tmux(socket, "send-keys", "-t", "drafter", f"cd {REPO}; clear; {command}", "Enter")
    try:
        _type_first(socket)
        _tmux(socket, "send-keys", "-t", "drafter", "F4")
        screen = _wait_for(socket, "STATUS=70")
        # The terminal is back (the shell's own lines, not the editor's screen), with
        # one line about the bug and not a word of the draft.
        assert "stopped on an unexpected problem (RuntimeError)" in screen
        [crash] = crash_files(state)
        assert crash.name in screen.replace("\n", "")
        assert SECRET not in screen and TYPED not in screen and "Traceback" not in screen
        assert " decided" not in screen
        assert path.read_bytes() == NORTHMOOR.read_bytes()
        # drafter edit again: the kept text is offered, and restored.
        _tmux(socket, "send-keys", "-t", "drafter", "Enter")
        _wait_for(socket, "Unsaved edits found")
        _wait_for(socket, "Keys answer once typing pauses", present=False)
        _tmux(socket, "send-keys", "-t", "drafter", "r")
        _wait_for(socket, "Restored your unsaved edits")
        _tmux(socket, "send-keys", "-t", "drafter", "C-s")
        _wait_for(socket, "✓ saved")
        _tmux(socket, "send-keys", "-t", "drafter", "C-q")
        _wait_for(socket, "STATUS=0")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    assert f"x {TYPED}" in path.read_text(encoding="utf-8")


@pytest.mark.tmux
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.parametrize("signal_name", ["TERM", "HUP"])
def test_stopped_by_a_signal_keeps_the_text_and_the_terminal(
    tmp_path: Path, signal_name: str
) -> None:
    """An SSH session that drops (SIGHUP) or a kill (SIGTERM), straight after typing:
    Python's default lost the last second typed and left the terminal in the editor's
    alternate screen with mouse tracking on."""
    import os
    import signal

    from tui.test_tmux import _socket, _tmux, _wait_for

    path = Path(shutil.copy(NORTHMOOR, tmp_path / "signalled.toml"))
    state = tmp_path / "state"
    socket = _socket(f"signal-{signal_name.lower()}")
    env = (
        f"env -u COLUMNS -u LINES XDG_STATE_HOME={state} "
        f"XDG_CONFIG_HOME={no_autosave(tmp_path / 'config')} TERM=xterm-256color"
    )
    drafter = Path(sys.executable).parent / "drafter"
    command = f"{env} {drafter} edit {path} --today 2026-11-29; echo STATUS=$?; sleep 60"
    _tmux(socket, "new-session", "-d", "-s", "drafter", "-x", "80", "-y", "24")
    _tmux(socket, "send-keys", "-t", "drafter", f"cd {REPO}; clear; {command}", "Enter")
    try:
        _type_first(socket)
        found = subprocess.run(
            ["pgrep", "-f", f"drafter edit {path}"], capture_output=True, text=True, check=False
        )
        pids = [int(p) for p in found.stdout.split()]
        assert pids, found
        for pid in pids:
            os.kill(pid, getattr(signal, f"SIG{signal_name}"))
        screen = _wait_for(socket, "STATUS=")
        assert f"STATUS={128 + getattr(signal, f'SIG{signal_name}')}" in screen
        if signal_name == "TERM":
            # The terminal is still there: put back, and told. (After SIGHUP it is gone.)
            assert "stopped by SIGTERM" in screen
            modes = _tmux(
                socket, "display", "-p", "-t", "drafter", "#{alternate_on} #{mouse_any_flag}"
            )
            assert modes.split() == ["0", "0"], modes
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    [kept] = recovery_files(state)
    assert TYPED in kept.read_text(encoding="utf-8")
    assert path.read_bytes() == NORTHMOOR.read_bytes()
