"""The files drafter keeps for itself are its user's alone (issue 14, item 8).

A draft may be private; the unsaved text in a recovery file, the traceback in a
crash file (which quotes a draft's values) and a lock file's record of who holds it
must not be readable by other users: files 0600, their folders 0700. (The recovery
file's mode is checked in tests/tui/test_two_editors.py, the lock's in
test_locking.py.)
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from drafter.cli import crash


def _crash() -> ValueError:
    try:
        raise ValueError("secret response text")
    except ValueError as error:
        return error


def test_crash_files_are_private_and_never_overwrite_each_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "log" / "drafter"
    monkeypatch.setattr(crash, "crash_folder", lambda: folder)

    first = crash.report_crash(_crash())
    second = crash.report_crash(_crash())  # the same second: a new file all the same

    assert first and second and first != second
    for path in (first, second):
        assert "secret response text" in path.read_text("utf-8")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert str(second) in capsys.readouterr().err
