"""Two people, one draft: branches of a real git repository merged through `drafter merge`.

Each test commits a draft, edits it on two branches with drafter's own save (and
`drafter sign`), and runs `git merge` with the driver `drafter git-setup`
registers, the real drafter on PATH, as a user's clone would.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import NORTHMOOR
from test_merge_model import ready
from test_review_git import VENV_BIN, git, git_env

from drafter import store
from drafter.model import Decision, Draft, Finding, FindingKind

DRAFT = Path("drafts") / "northmoor.toml"


def drafter(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VENV_BIN / "drafter"), *args],
        cwd=repo,
        env=git_env(repo.parent),
        capture_output=True,
        text=True,
        check=False,
    )


def try_git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=repo, env=git_env(repo.parent), capture_output=True, text=True
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A drafts repository set up with `drafter git-setup`, on branch main."""
    repo = tmp_path / "repo"
    (repo / "drafts").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Test Writer")
    git(repo, "config", "user.email", "writer@example.org")
    store.save(ready(store.load(NORTHMOOR)), repo / DRAFT)
    assert drafter(repo, "git-setup").returncode == 0
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first draft")
    return repo


def edit(repo: Path, branch: str, change: Callable[[Draft], None], *, new: bool = True) -> None:
    """On ``branch`` (made from main when ``new``), change the draft and commit it."""
    git(repo, "checkout", "-q", *(["-b", branch, "main"] if new else [branch]))
    draft = store.load(repo / DRAFT)
    change(draft)
    store.save(draft, repo / DRAFT)
    git(repo, "commit", "-q", "-am", f"edit on {branch}")


def finding(draft: Draft, number: str) -> Finding:
    return next(f for f in draft.findings if f.key == (FindingKind.RECOMMENDATION, number))


def merge(repo: Path, ours: str, theirs: str) -> subprocess.CompletedProcess[str]:
    git(repo, "checkout", "-q", ours)
    return try_git(repo, "merge", "--no-edit", theirs)


def both(repo: Path, ours: Callable[[Draft], None], theirs: Callable[[Draft], None]):
    edit(repo, "commissioner", ours)
    edit(repo, "force", theirs)
    return merge(repo, "commissioner", "force")


def test_branches_editing_different_findings_merge(repo: Path) -> None:
    def ours(d: Draft) -> None:
        finding(d, "1").owner = "Head of Contact"

    def theirs(d: Draft) -> None:
        finding(d, "3").owner = "Head of Crime"

    result = both(repo, ours, theirs)
    assert result.returncode == 0, result.stdout + result.stderr
    merged = store.load(repo / DRAFT)
    assert (finding(merged, "1").owner, finding(merged, "3").owner) == (
        "Head of Contact",
        "Head of Crime",
    )


def test_adjacent_fields_of_one_finding_merge(repo: Path) -> None:
    """git's line merge stops here (the two lines touch); the driver joins them."""

    def ours(d: Draft) -> None:
        finding(d, "1").decision = Decision.PARTIALLY_ACCEPT

    def theirs(d: Draft) -> None:
        finding(d, "1").owner = "Head of Contact"

    result = both(repo, ours, theirs)
    assert result.returncode == 0, result.stdout + result.stderr
    joined = finding(store.load(repo / DRAFT), "1")
    assert (joined.decision, joined.owner) == (Decision.PARTIALLY_ACCEPT, "Head of Contact")
    assert try_git(repo, "status", "--porcelain").stdout == ""


def test_same_field_is_a_conflict_the_draft_loads_check_names_it_and_resolving_commits(
    repo: Path,
) -> None:
    def ours(d: Draft) -> None:
        finding(d, "1").response = "The commissioner's wording."

    def theirs(d: Draft) -> None:
        finding(d, "1").response = "The force's wording."

    result = both(repo, ours, theirs)
    assert result.returncode == 1
    assert f"CONFLICT (content): Merge conflict in {DRAFT}" in result.stdout
    assert "Recommendation 1, response" in result.stderr + result.stdout
    text = (repo / DRAFT).read_text(encoding="utf-8")
    assert "<<<<<<<" not in text
    merged = store.load(repo / DRAFT)
    assert finding(merged, "1").response == "The commissioner's wording."
    [conflict] = merged.conflicts
    assert conflict.theirs == "The force's wording."

    check = drafter(repo, "check", str(DRAFT))
    assert check.returncode == 1
    assert "merge conflict: Recommendation 1, response" in check.stdout + check.stderr
    render = drafter(repo, "render", str(DRAFT))
    assert render.returncode == 0
    [line] = [x for x in render.stdout.splitlines() if "UNRESOLVED MERGE CONFLICT" in x]
    assert "one of two versions\\] The commissioner's wording." in line
    assert "1 unresolved merge conflict" in render.stdout

    # Resolved as the editor does it: the combined text in the field, the conflict gone.
    merged.conflicts = []
    finding(merged, "1").response = "The commissioner's wording, with the force's."
    store.save(merged, repo / DRAFT)
    git(repo, "add", str(DRAFT))
    git(repo, "commit", "-q", "--no-edit")
    assert "Merge branch 'force'" in git(repo, "log", "-1", "--format=%s")
    assert drafter(repo, "check", str(DRAFT)).returncode == 0


def test_finding_added_on_one_side_is_kept(repo: Path) -> None:
    def ours(d: Draft) -> None:
        finding(d, "1").owner = "Head of Contact"

    def theirs(d: Draft) -> None:
        d.findings.insert(
            2,
            Finding(
                FindingKind.RECOMMENDATION,
                "9",
                "A finding the report gave that the import missed.",
                decision=Decision.ACCEPT,
                response="The force will do it.",
            ),
        )

    result = both(repo, ours, theirs)
    assert result.returncode == 0, result.stdout + result.stderr
    merged = store.load(repo / DRAFT)
    assert merged.findings[2].title == "Recommendation 9"
    assert finding(merged, "1").owner == "Head of Contact"


def test_comments_on_both_sides(repo: Path) -> None:
    def ours(d: Draft) -> None:
        d.response.commissioner.comments = "The commissioner's own comments."

    def theirs(d: Draft) -> None:
        d.response.chief.comments = "The chief constable's own comments."

    result = both(repo, ours, theirs)
    assert result.returncode == 0, result.stdout + result.stderr
    merged = store.load(repo / DRAFT)
    assert merged.response.commissioner.comments == "The commissioner's own comments."
    assert merged.response.chief.comments == "The chief constable's own comments."


def test_signoffs_on_one_side_and_text_edits_on_the_other(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "signing", "main")
    for role, name in (("commissioner", "Alex Morgan"), ("chief", "Sam Okafor")):
        signed = drafter(repo, "sign", str(DRAFT), "--role", role, "--name", name)
        assert signed.returncode == 0, signed.stderr
    git(repo, "commit", "-q", "-am", "signed")
    edit(repo, "editing", lambda d: setattr(finding(d, "2"), "owner", "A late change"))
    result = merge(repo, "signing", "editing")
    assert result.returncode == 0, result.stdout + result.stderr
    merged = store.load(repo / DRAFT)
    assert finding(merged, "2").owner == "A late change"
    assert len(merged.workflow.signoffs) == 2
    check = drafter(repo, "check", str(DRAFT))
    assert check.returncode == 1
    assert check.stdout.count("is stale") == 2


def test_a_version_that_is_not_a_draft_is_merged_line_by_line(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "broken", "main")
    path = repo / DRAFT
    path.write_text(path.read_text(encoding="utf-8") + "\nnot toml at all\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "broken by hand")
    edit(repo, "fine", lambda d: setattr(finding(d, "1"), "owner", "Someone"))
    result = merge(repo, "fine", "broken")
    assert "was merged line by line instead" in result.stderr + result.stdout
    assert "not valid TOML" in result.stderr + result.stdout
    assert "not toml at all" in path.read_text(encoding="utf-8")
