"""The editor's Merge: unsaved edits joined with a changed file, conflicts resolved side by side."""

from __future__ import annotations

import os
from copy import deepcopy
from pathlib import Path

from conftest import NORTHMOOR
from textual.widgets import OptionList, TextArea

from drafter import store
from drafter.model import Draft
from drafter.review.merge import merge_drafts
from drafter.tui.screens.conflict import ConflictScreen, ConflictsScreen
from tui.helpers import answer, type_text, wait_for, wait_for_command, write_later

#: The finding the editor opens on (the first one without a decision).
FIRST = 4


async def changed_on_disk(app, pilot, change) -> None:  # type: ignore[no-untyped-def]
    draft = store.load(app.session.path)
    change(draft)
    write_later(app.session.path, draft)
    app.editor.tick()
    await pilot.pause()
    assert app.screen.name == "external-change"


async def test_merge_applies_both_when_they_touch_different_fields(make_app, copy_of) -> None:
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(110, 32)) as pilot:
        await type_text(pilot, "Mine ")
        await pilot.pause()

        def theirs(d: Draft) -> None:
            d.report.title = "Pulled from git"
            d.findings[0].owner = "Their owner"

        await changed_on_disk(app, pilot, theirs)
        assert "Merge (m)" in [str(b.label) for b in app.screen.query("Button")]
        await answer(pilot, "m")
        await pilot.pause()
        assert app.screen is app.editor
        assert app.draft.report.title == "Pulled from git"
        assert app.draft.findings[0].owner == "Their owner"
        assert app.draft.findings[FIRST].response == "Mine "
        assert app.editor.dirty and not app.editor.conflict
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    assert (saved.report.title, saved.findings[FIRST].response) == ("Pulled from git", "Mine ")
    assert saved.conflicts == []


async def test_merge_conflict_shown_side_by_side_and_combined(make_app, copy_of) -> None:
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await type_text(pilot, "Mine.")
        await pilot.pause()

        def theirs(d: Draft) -> None:
            d.findings[FIRST].response = "Theirs."
            d.findings[1].owner = "Clean change"

        await changed_on_disk(app, pilot, theirs)
        await answer(pilot, "m")
        await pilot.pause()
        # The clean part is applied; the conflict is listed.
        assert app.draft.findings[1].owner == "Clean change"
        assert isinstance(app.screen, ConflictsScreen)
        title = app.draft.findings[FIRST].title
        assert str(app.screen.query_one(OptionList).get_option_at_index(0).prompt) == (
            f"{title}, response"
        )
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen)
        assert app.screen.query_one("#conflict-ours", TextArea).text == "Mine."
        assert app.screen.query_one("#conflict-theirs", TextArea).text == "Theirs."
        result = app.screen.query_one("#conflict-result", TextArea)
        assert result.has_focus and result.text == "Mine."
        result.text = "Mine. Theirs."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is app.editor
        assert app.draft.findings[FIRST].response == "Mine. Theirs."
        assert app.draft.conflicts == []
        assert app.editor.current == f"finding:{FIRST}"
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    assert saved.findings[FIRST].response == "Mine. Theirs."
    assert saved.findings[1].owner == "Clean change"
    assert "[[conflicts]]" not in path.read_text(encoding="utf-8")


async def test_a_conflict_left_unresolved_is_saved_and_listed_in_f4(make_app, copy_of) -> None:
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await type_text(pilot, "Mine.")
        await pilot.pause()
        await changed_on_disk(
            app, pilot, lambda d: setattr(d.findings[FIRST], "response", "Theirs.")
        )
        await answer(pilot, "m")
        await pilot.pause()
        await pilot.press("escape")  # the list
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not app.editor.conflict
        [conflict] = store.load(path).conflicts
        assert (conflict.ours, conflict.theirs) == ("Mine.", "Theirs.")
        await pilot.press("f4")
        await pilot.pause()
        listed = app.screen.query_one(OptionList)
        assert str(listed.get_option_at_index(0).prompt).startswith("merge conflict:")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen)
        # From the editor's own Merge, the sides are named as the writer knows them.
        labels = [str(s.render()) for s in app.screen.query(".conflict-label")]
        assert labels[:2] == ["Your edits", "The file on disk"]
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.draft.findings[FIRST].response == "Theirs."
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert store.load(path).conflicts == []


def conflicted_copy(copy_of, change_ours, change_theirs) -> Path:  # type: ignore[no-untyped-def]
    """A draft as `drafter merge` leaves it after a git merge with a conflict."""
    path = copy_of(NORTHMOOR)
    base = store.load(path)
    ours, theirs = deepcopy(base), deepcopy(base)
    change_ours(ours)
    change_theirs(theirs)
    store.save(merge_drafts(base, ours, theirs).draft, path)
    return path


async def test_conflicts_from_git_resolved_from_the_palette(make_app, copy_of) -> None:
    def ours(d: Draft) -> None:
        d.findings[0].owner = "This branch's owner"
        d.response.chief.comments = "This branch's comments."

    def theirs(d: Draft) -> None:
        d.findings[0].owner = "The other branch's owner"
        d.response.chief.comments = "The other branch's comments."

    path = conflicted_copy(copy_of, ours, theirs)
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "Merge conflicts")
        await wait_for_command(pilot, "Merge conflicts")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConflictsScreen)
        assert [c.title for c in app.screen.conflicts] == [
            f"{app.draft.findings[0].title}, owner",
            "Chief officer, comments",
        ]
        await pilot.press("enter")
        await pilot.pause()
        labels = [str(s.render()) for s in app.screen.query(".conflict-label")]
        assert labels[:2] == ["This branch", "The branch merged in"]
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.draft.findings[0].owner == "This branch's owner"
        assert [c.field for c in app.draft.conflicts] == ["comments"]
        app.editor.action_conflicts()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.editor.current == "comments:chief"
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    assert saved.conflicts == []
    assert saved.response.chief.comments == "The other branch's comments."


async def test_a_finding_removed_on_one_side_can_be_removed_or_kept(make_app, copy_of) -> None:
    def ours(d: Draft) -> None:
        d.findings[2].owner = "Changed here"

    def theirs(d: Draft) -> None:
        del d.findings[2]

    path = conflicted_copy(copy_of, ours, theirs)
    title = store.load(path).findings[2].title
    assert title.startswith("Recommendation")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        app.editor.resolve_conflict(0)
        await pilot.pause()
        assert "removed it" in str(app.screen.query_one("#conflict-help").render())
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert title not in [f.title for f in app.draft.findings]
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    assert saved.conflicts == [] and title not in [f.title for f in saved.findings]


async def test_a_git_conflict_resolved_in_the_editor_commits(make_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """git merge stops at a conflict; the editor resolves it; git add and commit finish it."""
    import subprocess
    import sys

    repo = tmp_path / "repo"
    repo.mkdir()
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(tmp_path),
        "GIT_CONFIG_NOSYSTEM": "1",
    }

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)

    def commit_edit(branch: str, owner: str) -> None:
        git("checkout", "-q", "-b", branch, "main")
        draft = store.load(path)
        draft.findings[0].owner = owner
        store.save(draft, path)
        git("commit", "-q", "-am", branch)

    git("init", "-q", "-b", "main")
    git("config", "user.name", "Writer")
    git("config", "user.email", "writer@example.org")
    (repo / "drafts").mkdir()
    path = repo / "drafts" / "draft.toml"  # git-setup's attributes cover the drafts folder
    store.save(store.load(NORTHMOOR), path)
    assert (
        subprocess.run(
            [str(Path(sys.executable).parent / "drafter"), "git-setup"], cwd=repo, env=env
        ).returncode
        == 0
    )
    git("add", ".")
    git("commit", "-q", "-m", "first")
    commit_edit("commissioner", "The commissioner's owner")
    commit_edit("force", "The force's owner")
    assert git("merge", "commissioner").returncode == 1

    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("ctrl+t")  # the branch merged in
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert git("add", "drafts/draft.toml").returncode == 0
    done = git("commit", "-q", "--no-edit")
    assert done.returncode == 0, done.stderr
    merged = store.load(path)
    assert (merged.findings[0].owner, merged.conflicts) == ("The commissioner's owner", [])
    assert git("status", "--porcelain").stdout == ""


async def test_merge_with_a_broken_file_says_so_and_asks_again(make_app, copy_of) -> None:  # type: ignore[no-untyped-def]
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(110, 32)) as pilot:
        await type_text(pilot, "Mine ")
        await pilot.pause()
        broken = path.read_text(encoding="utf-8") + "\nnot toml\n"
        path.write_text(broken, encoding="utf-8")
        os.utime(path, ns=(os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns + 5_000_000_000))
        app.editor.tick()
        await pilot.pause()
        await answer(pilot, "m")
        await wait_for(pilot, lambda: any("Cannot merge" in n.message for n in app.notices))
        assert any("Cannot merge" in n.message for n in app.notices)
        assert app.draft.findings[FIRST].response == "Mine "
        app.editor.tick()
        await pilot.pause()
        assert app.screen.name == "external-change"  # asked again, nothing written
        assert path.read_text(encoding="utf-8") == broken


async def test_merge_brings_in_a_finding_added_on_disk(make_app, copy_of) -> None:  # type: ignore[no-untyped-def]
    from drafter.model import Finding, FindingKind

    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(110, 32)) as pilot:
        await type_text(pilot, "Mine ")
        await pilot.pause()
        await changed_on_disk(
            app,
            pilot,
            lambda d: d.findings.append(
                Finding(FindingKind.RECOMMENDATION, "99", "A finding added elsewhere.")
            ),
        )
        await answer(pilot, "m")
        await pilot.pause()
        assert app.draft.findings[-1].title == "Recommendation 99"
        assert "finding:12" in app.query_one("Outline").entry_ids()
        assert app.draft.findings[FIRST].response == "Mine "


async def test_a_decision_in_conflict_offers_no_result_box_to_type_into(make_app, copy_of) -> None:
    """A decision is one of four values: typed text in a result box (found as an
    adversary: "maybe", then ctrl+s) became the decision and the editor crashed."""
    from drafter.model import Decision

    def ours(d: Draft) -> None:
        d.findings[FIRST].decision = Decision.PARTIALLY_ACCEPT

    def theirs(d: Draft) -> None:
        d.findings[FIRST].decision = Decision.ACCEPT

    path = conflicted_copy(copy_of, ours, theirs)
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        app.editor.action_conflicts()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen)
        assert not app.screen.query("#conflict-result")
        await type_text(pilot, "maybe")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.draft.findings[FIRST].decision is Decision.PARTIALLY_ACCEPT
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.draft.findings[FIRST].decision is Decision.ACCEPT
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert store.load(path).findings[FIRST].decision is Decision.ACCEPT
