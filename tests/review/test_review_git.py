"""Drafts in a real git repository: git-setup, git diff through textconv, drafter diff --from.

The repository is made once per module: a draft committed, then one word of a
response and one decision changed in the working file. `git diff` must show just
that sentence and that decision; `drafter diff` must report exactly those two
changes, as text and as JSON.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import NORTHMOOR

from drafter.git import integration

VENV_BIN = Path(sys.executable).parent

OLD_SENTENCE = (
    "Twenty-two additional call handlers start work in January 2027, "
    "and a new demand model will set shift patterns from February 2027."
)
NEW_SENTENCE = OLD_SENTENCE.replace("Twenty-two", "Twenty-three")


def git_env(home: Path) -> dict[str, str]:
    """git isolated from the user's own config, with the venv's drafter on PATH."""
    env = dict(os.environ)
    env.update(
        PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_PAGER="cat",
        NO_COLOR="1",
    )
    return env


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", *args],
        cwd=repo,
        env=git_env(repo.parent),
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def make_repo(root: Path) -> Path:
    repo = root / "repo"
    (repo / "drafts").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Test Reviewer")
    git(repo, "config", "user.email", "reviewer@example.org")
    shutil.copy(NORTHMOOR, repo / "drafts" / "northmoor.toml")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first draft")
    return repo


def edit_draft(path: Path) -> None:
    """Change one word of Recommendation 1's response and Recommendation 2's decision."""
    text = path.read_text(encoding="utf-8")
    assert text.count(OLD_SENTENCE) == 1
    assert text.count('decision = "partially-accept"') == 2
    text = text.replace(OLD_SENTENCE, NEW_SENTENCE)
    # Recommendation 2 is the first partially accepted finding in the file.
    text = text.replace('decision = "partially-accept"', 'decision = "accept"', 1)
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = make_repo(tmp_path_factory.mktemp("git"))
    from drafter.cli import main

    assert main(["git-setup", "--repo", str(repo)]) == 0
    edit_draft(repo / "drafts" / "northmoor.toml")
    return repo


def changed_lines(diff: str) -> list[str]:
    return [
        line
        for line in diff.splitlines()
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]


def test_git_diff_shows_the_changed_sentence_and_decision(repo: Path) -> None:
    diff = git(repo, "diff", "--no-color")
    assert changed_lines(diff) == [
        f"-{OLD_SENTENCE}",
        f"+{NEW_SENTENCE}",
        "-Decision: Partially accepted",
        "+Decision: Accepted",
    ]
    hunk_headers = [
        line.split("@@")[-1].strip() for line in diff.splitlines() if line.startswith("@@")
    ]
    assert hunk_headers == ["== Recommendation 1 ==", "== Recommendation 2 =="]


def test_git_diff_no_textconv_still_shows_the_toml(repo: Path) -> None:
    diff = git(repo, "diff", "--no-color", "--no-textconv")
    assert '-decision = "partially-accept"' in diff.splitlines()
    assert '+decision = "accept"' in diff.splitlines()


def test_drafter_diff_from_head_reports_exactly_the_two_changes(repo: Path, cli: Callable) -> None:
    draft = repo / "drafts" / "northmoor.toml"
    result = cli("diff", draft, "--from", "HEAD")
    assert result.status == 1, result.err
    assert result.err == ""
    assert result.out == (
        f"--- {draft}@HEAD\n"
        f"+++ {draft}\n"
        "Recommendation 1: response changed:\n"
        "    Accepted. [-Twenty-two-]{+Twenty-three+} additional call handlers start work in January 2027, …\n"
        "Recommendation 2: decision Partially accepted → Accepted\n"
        "2 changes\n"
    )


def test_drafter_diff_json_reports_exactly_the_two_changes(repo: Path, cli: Callable) -> None:
    draft = repo / "drafts" / "northmoor.toml"
    result = cli("diff", draft, "--from", "HEAD", "--format", "json")
    assert result.status == 1, result.err
    data = json.loads(result.out)
    rest = (
        " additional call handlers start work in January 2027, and a new demand model will "
        "set shift patterns from February 2027.\n"
        "The force will publish its monthly answer times on its website from April 2027."
    )
    assert data == {
        "old": f"{draft}@HEAD",
        "new": str(draft),
        "same": False,
        "changes": [
            {
                "scope": "finding",
                "key": {"kind": "recommendation", "number": "1"},
                "subject": "Recommendation 1",
                "action": "changed",
                "field": "response",
                "old": "Accepted. Twenty-two" + rest,
                "new": "Accepted. Twenty-three" + rest,
                "words": [
                    ["=", "Accepted. "],
                    ["-", "Twenty-two"],
                    ["+", "Twenty-three"],
                    ["=", rest],
                ],
            },
            {
                "scope": "finding",
                "key": {"kind": "recommendation", "number": "2"},
                "subject": "Recommendation 2",
                "action": "changed",
                "field": "decision",
                "old": "partially-accept",
                "new": "accept",
            },
        ],
    }


def test_drafter_diff_head_against_head_is_the_same(repo: Path, cli: Callable) -> None:
    draft = repo / "drafts" / "northmoor.toml"
    result = cli("diff", draft, "--from", "HEAD", "--to", "HEAD")
    assert (result.status, result.out, result.err) == (0, "", "")


def test_git_log_p_shows_a_committed_change_as_text(tmp_path: Path, cli: Callable) -> None:
    repo = make_repo(tmp_path)
    assert cli("git-setup", "--repo", repo).status == 0
    draft = repo / "drafts" / "northmoor.toml"
    edit_draft(draft)
    git(repo, "commit", "-q", "-am", "edit")
    log = git(repo, "log", "-p", "--no-color", "-1", "--", "drafts/northmoor.toml")
    assert changed_lines(log) == [
        f"-{OLD_SENTENCE}",
        f"+{NEW_SENTENCE}",
        "-Decision: Partially accepted",
        "+Decision: Accepted",
    ]
    result = cli("diff", draft, "--from", "HEAD~1", "--to", "HEAD")
    assert result.status == 1
    assert result.out.splitlines()[:2] == [f"--- {draft}@HEAD~1", f"+++ {draft}@HEAD"]
    assert result.out.splitlines()[-1] == "2 changes"


def test_git_diff_of_an_invalid_draft_falls_back_to_the_raw_text(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    from drafter.cli import main

    assert main(["git-setup", "--repo", str(repo)]) == 0
    draft = repo / "drafts" / "northmoor.toml"
    draft.write_text(draft.read_text(encoding="utf-8") + "\nbroken = = \n", encoding="utf-8")
    diff = git(repo, "diff", "--no-color")
    assert changed_lines(diff)[:3] == [
        "-== Report ==",
        "-Title: PEEL 2025–27: An inspection of Northmoor Constabulary (a fictional example)",
        "-Inspectorate: HMICFRS",
    ]
    assert changed_lines(diff)[-1] == "+broken = = "
    assert "+format = 2" in changed_lines(diff)


# --- git-setup ------------------------------------------------------------------------


def config(repo: Path) -> str:
    return (repo / ".git" / "config").read_text(encoding="utf-8")


def test_git_setup_is_idempotent_and_undo_removes_exactly_what_it_added(
    tmp_path: Path, cli: Callable
) -> None:
    repo = make_repo(tmp_path)
    attributes = repo / ".gitattributes"
    attributes.write_text("*.pdf binary\n", encoding="utf-8")
    before = config(repo)

    first = cli("git-setup", "--repo", repo)
    assert first.status == 0
    drafter = integration.this_drafter()  # this drafter's Python, -m drafter
    assert first.out == (
        f"added `drafts/**/*.toml diff=drafter merge=drafter` to {attributes}\n"
        f"set diff.drafter.textconv = {drafter} textconv\n"
        "set diff.drafter.cachetextconv = true\n"
        "set diff.drafter.xfuncname = ^== .* ==$\n"
        "set merge.drafter.name = drafter: merge drafts field by field\n"
        f"set merge.drafter.driver = {drafter} merge %O %A %B --path %P\n"
    )
    after = config(repo)
    assert attributes.read_text(encoding="utf-8") == (
        "*.pdf binary\n"
        + integration.ATTRIBUTE_COMMENT
        + "\ndrafts/**/*.toml diff=drafter merge=drafter\n"
    )
    assert git(
        repo, "config", "--local", "--get-regexp", "^(diff|merge)\\.drafter\\."
    ).splitlines() == [
        f"diff.drafter.textconv {drafter} textconv",
        "diff.drafter.cachetextconv true",
        "diff.drafter.xfuncname ^== .* ==$",
        "merge.drafter.name drafter: merge drafts field by field",
        f"merge.drafter.driver {drafter} merge %O %A %B --path %P",
    ]

    again = cli("git-setup", "--repo", repo)
    assert (again.status, again.out) == (0, "nothing to do: already set up\n")
    assert config(repo) == after
    assert attributes.read_text(encoding="utf-8").count("*.toml diff=drafter") == 1
    assert git(repo, "check-attr", "merge", "drafts/northmoor.toml").endswith("merge: drafter\n")
    assert git(repo, "check-attr", "diff", "pyproject.toml").endswith("diff: unspecified\n")

    undo = cli("git-setup", "--repo", repo, "--undo")
    assert undo.status == 0
    assert undo.out == (
        f"removed `drafts/**/*.toml diff=drafter merge=drafter` from {attributes}\n"
        "removed diff.drafter.textconv\n"
        "removed diff.drafter.cachetextconv\n"
        "removed diff.drafter.xfuncname\n"
        "removed merge.drafter.name\n"
        "removed merge.drafter.driver\n"
    )
    assert attributes.read_text(encoding="utf-8") == "*.pdf binary\n"
    assert config(repo) == before

    undo_again = cli("git-setup", "--repo", repo, "--undo")
    assert (undo_again.status, undo_again.out) == (0, "nothing to do: git-setup is not in place\n")


def test_git_setup_replaces_the_line_an_earlier_version_wrote(
    tmp_path: Path, cli: Callable
) -> None:
    repo = make_repo(tmp_path)
    attributes = repo / ".gitattributes"
    attributes.write_text(
        "# drafts show in git diff as text, one sentence a line (drafter git-setup)\n"
        "*.toml diff=drafter\n*.pdf binary\n",
        encoding="utf-8",
    )
    result = cli("git-setup", "--repo", repo)
    assert "(in place of `*.toml diff=drafter`)" in result.out
    assert attributes.read_text(encoding="utf-8") == (
        "*.pdf binary\n"
        + integration.ATTRIBUTE_COMMENT
        + "\ndrafts/**/*.toml diff=drafter merge=drafter\n"
    )
    assert cli("git-setup", "--repo", repo, "--undo").status == 0
    assert attributes.read_text(encoding="utf-8") == "*.pdf binary\n"


def test_undo_deletes_a_gitattributes_it_created_and_keeps_a_changed_setting(
    tmp_path: Path, cli: Callable
) -> None:
    repo = make_repo(tmp_path)
    assert cli("git-setup", "--repo", repo).status == 0
    git(repo, "config", "--local", "diff.drafter.textconv", "my-own-textconv")
    undo = cli("git-setup", "--repo", repo, "--undo")
    assert undo.status == 0
    assert not (repo / ".gitattributes").exists()
    assert (
        "kept diff.drafter.textconv = 'my-own-textconv': it was not set by drafter git-setup"
        in undo.out
    )
    assert git(repo, "config", "--local", "--get-regexp", "^diff\\.drafter\\.").splitlines() == [
        "diff.drafter.textconv my-own-textconv"
    ]


def test_git_setup_outside_a_repository_is_a_clear_error(tmp_path: Path, cli: Callable) -> None:
    folder = tmp_path / "not-a-repo"
    folder.mkdir()
    result = cli("git-setup", "--repo", folder)
    assert result.status == 2
    assert result.out == ""
    assert result.err.startswith(f"drafter: {folder} is not in a git repository;")


def test_diff_from_outside_a_repository_is_a_clear_error(
    tmp_path: Path, northmoor: Path, cli: Callable
) -> None:
    result = cli("diff", northmoor, "--from", "HEAD")
    assert result.status == 2
    assert result.err.startswith(f"drafter: {northmoor} is not in a git repository;")


def test_diff_with_an_unknown_revision_or_a_file_not_yet_committed(
    repo: Path, cli: Callable
) -> None:
    draft = repo / "drafts" / "northmoor.toml"
    result = cli("diff", draft, "--from", "no-such-branch")
    assert result.status == 2
    assert result.err == (
        "drafter: git knows no revision 'no-such-branch' in this repository; "
        "give a commit, branch or tag (see `git log`)\n"
    )
    new = repo / "drafts" / "uncommitted.toml"
    shutil.copy(NORTHMOOR, new)
    try:
        result = cli("diff", new, "--from", "HEAD")
    finally:
        new.unlink()
    assert result.status == 2
    assert result.err.startswith(f"drafter: {new} is not in revision 'HEAD'")


def test_without_git_installed_the_error_says_so(
    repo: Path, cli: Callable, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no git to find
    result = cli("diff", repo / "drafts" / "northmoor.toml", "--from", "HEAD")
    assert result.status == 2
    assert (
        result.err
        == "drafter: git is not installed (or not on PATH); install git to use this command\n"
    )
