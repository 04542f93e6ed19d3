"""A path the user gave never reaches the terminal as control characters.

Before: `fmt`, `check --spelling`, `merge`, `status` (no drafts found), `git-setup`
and argparse's own errors printed a file or folder name raw, so a file named with
an escape sequence could recolour, erase or retitle the terminal, or ring its bell.
Every line the CLI prints now goes through `drafter.cli.output.say`.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import NORTHMOOR

#: Red text and the bell, in a file's name.
BAD = "bad\x1b[31m\x07"
#: The same, as `visible` shows them.
SHOWN = "bad␛[31m␇"


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A git repository whose folder, drafts folder and draft are all named badly."""
    root = tmp_path / f"{BAD}repo"
    (root / "drafts").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    shutil.copy(NORTHMOOR, root / "drafts" / f"{BAD}.toml")
    return root


def _draft(place: Path) -> Path:
    return place / "drafts" / f"{BAD}.toml"


def _changed(place: Path, name: str, old: str, new: str) -> Path:
    path = place / f"{BAD}{name}.toml"
    path.write_text(_draft(place).read_text("utf-8").replace(old, new, 1), encoding="utf-8")
    return path


def _commented(place: Path) -> list[str | Path]:
    path = _changed(place, "commented", "[report]", "# a comment\n[report]")
    return [path]


def _merge(place: Path, theirs: str) -> list[str | Path]:
    ours = _changed(place, "ours", "PEEL 2025", "PEEL 2024")
    other = _changed(place, "theirs", "PEEL 2025", theirs)
    return [_draft(place), ours, other, "--path", f"{BAD}path"]


def _merge_clean(place: Path) -> list[str | Path]:
    ours = _changed(place, "ours", "PEEL 2025", "PEEL 2024")
    return ["merge", _draft(place), ours, _draft(place), "--path", f"{BAD}path"]


CASES = {
    "fmt": lambda p: ["fmt", *_commented(p)],
    "fmt --check": lambda p: ["fmt", "--check", *_commented(p)],
    "check --spelling": lambda p: ["check", "--spelling", _draft(p)],
    "merge, clean": _merge_clean,
    "merge, a conflict": lambda p: ["merge", *_merge(p, "PEEL 2023")],
    "merge, not a draft": lambda p: ["merge", *_merge(p, "PEEL 2025\n[report")],
    "status, no drafts": lambda p: ["status", p / "drafts" / f"{BAD}none"],
    "git-setup": lambda p: ["git-setup", "--repo", p],
    "an argument too many": lambda p: ["render", _draft(p), f"{BAD}extra"],
    "check": lambda p: ["check", _draft(p)],
    "render to a folder that is not there": lambda p: ["render", _draft(p), "-o", p / BAD / "x.md"],
}


@pytest.mark.parametrize("case", CASES)
def test_a_badly_named_path_is_shown_as_marks(place: Path, cli, case: str) -> None:
    if case == "status, no drafts":
        (place / "drafts" / f"{BAD}none").mkdir()
    result = cli(*CASES[case](place))
    said = result.out + result.err
    assert "\x1b" not in said and "\x07" not in said, said
    assert SHOWN in said, said


def test_git_setup_undone_shows_the_path_as_marks(place: Path, cli) -> None:
    assert cli("git-setup", "--repo", place).status == 0
    result = cli("git-setup", "--repo", place, "--undo")
    said = result.out + result.err
    assert "\x1b" not in said and "\x07" not in said, said
    assert f"removed {place}".replace(BAD, SHOWN) in said
