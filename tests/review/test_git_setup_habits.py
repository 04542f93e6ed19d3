"""git-setup as a GUI client or an IDE meets it: no drafter on PATH, drafts folders only,
and a file textconv cannot make sense of shown as it is."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from conftest import NORTHMOOR

from drafter.review import textconv as textconv_module

WORDS = ("Within six months, the force", "Within three months, the force")


def repo_with_draft(root: Path, folder: str = "drafts") -> Path:
    repo = root / "repo"
    (repo / folder).mkdir(parents=True)
    shutil.copy(NORTHMOOR, repo / folder / "northmoor.toml")
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    git(repo, None, "init", "-q", "-b", "main")
    git(repo, None, "config", "user.name", "Test Reviewer")
    git(repo, None, "config", "user.email", "reviewer@example.org")
    git(repo, None, "add", ".")
    git(repo, None, "commit", "-qm", "first draft")
    return repo


def git(repo: Path, path: str | None, *args: str) -> str:
    """git with PATH holding git alone, as a GUI client may run it (``path`` None: as is)."""
    env = dict(os.environ, HOME=str(repo.parent), GIT_CONFIG_NOSYSTEM="1", GIT_PAGER="cat")
    if path is not None:
        env["PATH"] = path
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def bare_path(tmp_path: Path) -> str:
    """A PATH with git on it and no drafter."""
    only = tmp_path / "bin"
    only.mkdir()
    (only / "git").symlink_to(shutil.which("git"))
    return str(only)


def test_git_diff_shows_drafts_as_text_with_no_drafter_on_path(
    tmp_path: Path, cli: Callable
) -> None:
    repo = repo_with_draft(tmp_path)
    assert cli("git-setup", "--repo", repo).status == 0
    draft = repo / "drafts" / "northmoor.toml"
    draft.write_text(draft.read_text(encoding="utf-8").replace(*WORDS), encoding="utf-8")
    shown = git(repo, bare_path(tmp_path), "diff")
    assert "@@ == Recommendation 3 ==" in shown  # textconv ran: headings name the finding
    assert f"+{WORDS[1]}" in shown


def test_only_the_drafts_folders_are_drafts(tmp_path: Path, cli: Callable) -> None:
    repo = repo_with_draft(tmp_path, "responses/2026")
    (repo / "drafter.toml").write_text('drafts = ["responses/2026", "archive"]\n', "utf-8")
    result = cli("git-setup", "--repo", repo)
    assert result.status == 0, result.err
    lines = (repo / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert lines[1:] == [
        "responses/2026/**/*.toml diff=drafter merge=drafter",
        "archive/**/*.toml diff=drafter merge=drafter",
    ]
    check = git(repo, None, "check-attr", "diff", "responses/2026/northmoor.toml",
                "pyproject.toml", "drafter.toml")  # fmt: skip
    assert check.splitlines() == [
        "responses/2026/northmoor.toml: diff: drafter",
        "pyproject.toml: diff: unspecified",
        "drafter.toml: diff: unspecified",
    ]
    # the profile changes its folders: git-setup follows, and undo takes all of it out
    (repo / "drafter.toml").write_text('drafts = ["responses/2026"]\n', "utf-8")
    again = cli("git-setup", "--repo", repo)
    assert "removed `archive/**/*.toml diff=drafter merge=drafter`" in again.out
    assert cli("git-setup", "--repo", repo, "--undo").status == 0
    assert not (repo / ".gitattributes").exists()


def test_a_drafts_folder_outside_the_repository_is_refused(tmp_path: Path, cli: Callable) -> None:
    repo = repo_with_draft(tmp_path)
    (repo / "drafter.toml").write_text('drafts = ["../elsewhere"]\n', "utf-8")
    result = cli("git-setup", "--repo", repo)
    assert result.status == 2
    assert "drafter.toml:1:" in result.err and "drafts" in result.err
    assert not (repo / ".gitattributes").exists()


def test_textconv_shows_what_it_cannot_render_as_it_is(monkeypatch, tmp_path: Path) -> None:
    def broken(draft):  # type: ignore[no-untyped-def]
        raise RuntimeError("a draft textconv has no words for")

    monkeypatch.setattr(textconv_module, "draft_text", broken)
    data = NORTHMOOR.read_bytes()
    assert textconv_module.textconv(data) == data
    binary = tmp_path / "odd.toml"
    binary.write_bytes(b"\x00\xff\xfe not text")
    done = subprocess.run(
        [sys.executable, "-m", "drafter", "textconv", binary], capture_output=True, timeout=60
    )
    assert (done.returncode, done.stdout) == (0, binary.read_bytes())
