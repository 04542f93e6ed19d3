"""drafter diff and textconv show progress updates as changes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from conftest import WILTSHIRE, Result


def versions(tmp_path: Path, cli: Callable[..., Result]) -> tuple[Path, Path]:
    old = Path(shutil.copy(WILTSHIRE, tmp_path / "old.toml"))
    new = Path(shutil.copy(WILTSHIRE, tmp_path / "new.toml"))
    args = ("--date", "2020-05-01", "--note", "Attendance\nreviewed", "--evidence", "minutes")
    assert cli("progress", new, "R1", "--status", "in-progress", *args).status == 0
    return old, new


def test_diff_shows_an_added_update(tmp_path: Path, cli: Callable[..., Result]) -> None:
    old, new = versions(tmp_path, cli)
    result = cli("diff", old, new, "--colour", "never")
    assert result.status == 1, result.err
    assert result.out.splitlines()[2:] == [
        "Recommendation 1: progress update added: 2020-05-01, In progress: Attendance "
        "reviewed (evidence: minutes)",
        "1 change",
    ]
    back = cli("diff", new, old, "--colour", "never")
    assert "Recommendation 1: progress update removed: 2020-05-01" in back.out


def test_textconv_lists_the_updates(tmp_path: Path, cli: Callable[..., Result]) -> None:
    _, new = versions(tmp_path, cli)
    result = cli("textconv", new)
    assert result.status == 0, result.err
    lines = result.out.splitlines()
    at = lines.index("Progress:")
    assert lines[at + 1] == "- 2020-05-01, In progress: Attendance reviewed (evidence: minutes)"
