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


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_is_not_utf8_gets_every_line_not_a_crash(
    tmp_path: Path, encoding: str
) -> None:
    """Every PEEL title has an en dash: on a Latin-1 or ASCII terminal (an older
    server's locale, PYTHONIOENCODING) status, check and render stopped on a
    UnicodeEncodeError at the first one. Characters the terminal cannot show are
    shown as "?"; files are written in UTF-8 whatever the terminal."""
    import os
    import sys

    draft = Path(shutil.copy(NORTHMOOR, tmp_path / "peel–2026.toml"))
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for args in (["status", draft], ["check", draft], ["render", draft, "--to", "txt"]):
        done = subprocess.run(
            [sys.executable, "-m", "drafter", *map(str, args)],
            capture_output=True, env=env, timeout=60,
        )  # fmt: skip
        said = (done.stdout + done.stderr).decode(encoding)
        assert "unexpected problem" not in said, (args, said)
        assert done.returncode in (0, 1), (args, said)
        assert "PEEL 2025?27" in said or "peel?2026" in said, (args, said)
    out = tmp_path / "r.txt"
    subprocess.run(
        [sys.executable, "-m", "drafter", "render", draft, "-o", out], env=env, check=True
    )
    assert "PEEL 2025–27" in out.read_text(encoding="utf-8")
