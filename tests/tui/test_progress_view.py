"""The editor's progress view: each action's history, and adding an update to it."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import REPO, Result
from textual.widgets import Button, Input, Select, Static

from drafter import store
from drafter.cli import main
from drafter.model import ActionStatus
from drafter.tui.outline import Outline

sys.path.insert(0, str(REPO / "tests" / "tracking"))
from tracking_cases import published_response


def tracked_response(folder: Path) -> Path:
    def cli(*args: object) -> Result:
        return Result(main([str(a) for a in args]), "", "")

    draft = published_response(folder, cli)
    args = ["--status", "in-progress", "--date", "2026-05-01", "--note", "Standard drafted."]
    assert main(["progress", str(draft), "R1", *args]) == 0
    return draft


def entry_ids(app) -> list[str]:  # type: ignore[no-untyped-def]
    return app.query_one(Outline).entry_ids()


async def test_the_outline_lists_each_action_with_its_latest_status(make_app, tmp_path):
    app = make_app(tracked_response(tmp_path))
    async with app.run_test(size=(120, 34)):
        ids = entry_ids(app)
        progress = [i for i in ids if i.startswith("progress:")]
        labels = [app.query_one(Outline).shown[i].label for i in progress]
        assert labels == [
            "CoC1 · Not started",
            "R1 · In progress",
            "R2 · Not started",
            "AFI1 · Not started",
        ]


async def test_an_unpublished_draft_has_no_progress_entries(make_app, copy_of):
    from conftest import NORTHMOOR

    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)):
        assert not [i for i in entry_ids(app) if i.startswith("progress")]


async def open_progress(app, pilot, reference: str):  # type: ignore[no-untyped-def]
    index = next(
        i for i, f in enumerate(app.draft.findings) if f"{f.kind.value}{f.number}" == reference
    )
    app.editor.goto(f"progress:{index}")
    await pilot.pause()
    return app.query_one("#progress-view"), index


async def test_adding_an_update_saves_it_and_the_signatures_stand(make_app, tmp_path):
    path = tracked_response(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        view, index = await open_progress(app, pilot, "recommendation1")
        history = str(view.query_one("#progress-history", Static).render())
        assert "1 May 2026 · In progress: Standard drafted." in history
        summary = str(view.query_one("#progress-summary", Static).render())
        assert "In progress · Red, 152 days overdue" in summary  # the tests are on 29 November 2026
        view.query_one("#progress-status", Select).value = "complete"
        view.query_one("#progress-date", Input).value = "20 November 2026"
        view.query_one("#progress-note", Input).value = "Standard met."
        view.query_one("#progress-evidence", Input).value = "Board minutes"
        await pilot.click("#progress-add")
        await pilot.pause()
        assert "20 November 2026 · Complete: Standard met." in str(
            view.query_one("#progress-history", Static).render()
        )
        assert app.query_one(Outline).shown[f"progress:{index}"].label == "R1 · Complete"
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    finding = saved.findings[index]
    assert [u.status for u in finding.progress] == [ActionStatus.IN_PROGRESS, ActionStatus.COMPLETE]
    assert finding.progress[-1].evidence == "Board minutes"
    assert store.is_signed_off(saved)


async def test_a_refused_update_says_why_and_adds_nothing(make_app, tmp_path):
    path = tracked_response(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        view, index = await open_progress(app, pilot, "recommendation2")
        await pilot.click("#progress-add")
        await pilot.pause()
        assert "Choose a status." in str(view.query_one("#progress-error", Static).render())
        view.query_one("#progress-status", Select).value = "planned"
        view.query_one("#progress-date", Input).value = "2026-01-01"
        # Pressed, not clicked: a button ignores clicks for 0.2 s after the last one
        # (Textual's press effect), so a quick second click is lost on a fast machine.
        view.query_one("#progress-add", Button).press()
        await pilot.pause()
        assert "before the report was published (2 March 2026)" in str(
            view.query_one("#progress-error", Static).render()
        )
        assert app.draft.findings[index].progress == []
        assert not app.editor.dirty


async def test_the_review_screen_shows_each_actions_status(make_app, tmp_path):
    from drafter.tui.screens.review import ReviewScreen
    from tui.test_review_screen import prompts

    app = make_app(tracked_response(tmp_path))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("alt+r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        shown = {
            line.split(" ")[0] + " " + line.split(" ")[1]: line for line in prompts(app.screen)
        }
        assert "owner Head of Response · target 30 June 2026 · in progress" in shown["Rec 1"]
        assert "· not started" in shown["Rec 2"]
        assert "not started" not in shown["Rec 3"] and "in progress" not in shown["Rec 3"]  # noted
