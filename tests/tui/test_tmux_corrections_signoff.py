"""In a real terminal at 80x24: correcting a finding (and undoing it), and signing off by
both, with the signature going stale on the next key and withdrawn afterwards."""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import NORTHMOOR, WILTSHIRE

from drafter import store
from drafter.model import Role, Status, Workflow
from tui.test_tmux import DRAFTER, _socket, _tmux, _wait_for

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def _start(socket: str, tmp_path: Path, path: Path) -> None:
    env = (
        f"env -u COLUMNS -u LINES XDG_STATE_HOME={tmp_path / 'state'} "
        f"XDG_CONFIG_HOME={tmp_path / 'config'} TERM=xterm-256color"
    )
    command = f"{env} {DRAFTER} edit {path} --today 2026-11-29; echo EXITED $?; sleep 60"
    _tmux(socket, "new-session", "-d", "-s", "drafter", "-x", "80", "-y", "24", command)


def _keys(socket: str, *keys: str) -> None:
    _tmux(socket, "send-keys", "-t", "drafter", *keys)


def _type(socket: str, text: str) -> None:
    _tmux(socket, "send-keys", "-t", "drafter", "-l", text)


def _until(socket: str, key: str, text: str) -> str:
    """Press ``key`` until ``text`` shows: the first frame can come before keys are read."""
    for _ in range(30):
        _keys(socket, key)
        try:
            return _wait_for(socket, text, tries=20)
        except AssertionError:
            continue
    raise AssertionError(f"{key} never brought {text!r}")


def test_correct_a_finding_and_undo_it_in_tmux(tmp_path: Path) -> None:
    path = Path(shutil.copy(NORTHMOOR, tmp_path / NORTHMOOR.name))
    socket = _socket("correct")
    _start(socket, tmp_path, path)
    try:
        _wait_for(socket, "6 of 12 decided")
        _until(socket, "M-c", "Correct Recommendation 3")
        _type(socket, "3A")  # the number box opens with its text selected: typing replaces it
        _keys(socket, "Enter")
        _wait_for(socket, "Recommendation 3A corrected")
        _keys(socket, "M-z")
        _wait_for(socket, "Undone: Recommendation 3A corrected")
        _keys(socket, "M-c")
        _wait_for(socket, "Correct Recommendation 3")
        _type(socket, "3B")
        _keys(socket, "Enter")
        _wait_for(socket, "Recommendation 3B corrected")
        _keys(socket, "C-s")
        _wait_for(socket, "✓ saved")
        _keys(socket, "C-q")
        _wait_for(socket, "EXITED 0")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    assert [f.title for f in store.load(path).findings][4] == "Recommendation 3B"


def test_sign_off_by_both_then_stale_then_withdraw_in_tmux(tmp_path: Path) -> None:
    path = Path(shutil.copy(WILTSHIRE, tmp_path / WILTSHIRE.name))
    store.save(replace(store.load(path), workflow=Workflow()), path)
    socket = _socket("sign")
    _start(socket, tmp_path, path)
    try:
        _wait_for(socket, "8 of 8 decided")
        for role, title in (
            ("commissioner", "Police and Crime Commissioner"),
            ("chief", "Chief Constable"),
        ):
            _until(socket, "C-p", "Search")
            _type(socket, "Sign off")
            _wait_for(socket, "Sign off…")
            _keys(socket, "Enter")
            _wait_for(socket, f"Record a signature for the {title}")
            time.sleep(0.5)  # the palette closes as the form opens: let it settle
            _keys(socket, "Enter")  # the role, as the form chose it: on to the name
            time.sleep(0.3)
            _keys(socket, "Enter")  # the holder's name, as the draft gives it: sign
            if role == "commissioner":
                _wait_for(socket, "Record a signature", present=False)
                assert store.load(path).workflow.status is Status.IN_REVIEW
        _wait_for(socket, "Render the final Word and PDF")
        _keys(socket, "l")
        _wait_for(socket, "signed off · ✓ saved")
        assert store.load(path).workflow.status is Status.SIGNED_OFF
        _keys(socket, "M-n")
        _wait_for(socket, "Recommendation 1")
        # alt+n puts the cursor at the end of the response: type there once it has
        # settled (counting Tabs from wherever the focus was depended on timing)
        time.sleep(0.5)
        _type(socket, "X")
        # The first change to signed text asks first (test_guard.py): change it.
        _wait_for(socket, "Change a signed response?")
        time.sleep(1)  # its keys answer once typing has paused
        _keys(socket, "c")
        _wait_for(socket, "Change a signed response?", present=False)
        _wait_for(socket, "✗ signatures stale")
        _keys(socket, "C-s")
        _wait_for(socket, "✓ saved")
        _keys(socket, "C-q")
        _wait_for(socket, "EXITED 0")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    draft = store.load(path)
    assert draft.workflow.status is Status.IN_REVIEW
    assert [s.role for s in draft.workflow.signoffs] == [Role.COMMISSIONER, Role.CHIEF]
    result = subprocess.run(
        [str(DRAFTER), "sign", str(path), "--revoke", "--role", "chief"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [w.signoff.role for w in store.load(path).workflow.withdrawn] == [Role.CHIEF]
