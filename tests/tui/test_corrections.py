"""Correcting what the importer got wrong, in the editor: every change undoable and saved."""

from __future__ import annotations

import pytest
from conftest import NORTHMOOR
from textual.widgets import Input, OptionList, Select, TextArea

from drafter import store
from drafter.model import Decision, FindingKind
from drafter.tui.outline import Outline
from drafter.tui.screens.correct import CorrectFindingScreen, CorrectGroupScreen


@pytest.mark.parametrize("size", [(80, 24), (120, 35)])
async def test_correct_a_finding_then_undo(make_app, copy_of, size):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        app.editor.goto("finding:4")  # Recommendation 3
        await pilot.pause()
        await pilot.press("alt+c")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CorrectFindingScreen)
        assert app.focused is form.query_one("#correct-number")
        form.query_one("#correct-number", Input).value = "3A"
        form.query_one("#correct-kind", Select).value = FindingKind.AREA_FOR_IMPROVEMENT
        form.query_one("#correct-cause", Input).value = ""
        form.query_one("#correct-addressee", Input).value = "the force"
        form.query_one("#correct-deadline", Input).value = "within three months"
        form.query_one("#correct-text", TextArea).load_text("The force should do better.")
        await pilot.press("enter")  # in the number box: save
        await pilot.pause()
        assert app.screen is app.editor
        finding = app.draft.findings[4]
        assert (finding.title, finding.addressee, finding.deadline, finding.text) == (
            "Area for improvement 3A",
            "the force",
            "within three months",
            "The force should do better.",
        )
        assert "finding:4" in app.query_one(Outline).shown
        assert app.query_one(Outline).shown["finding:4"].label.startswith("AFI 3A")
        assert app.editor.current == "finding:4"
        assert app.editor.dirty
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.load(path).findings[4].title == "Area for improvement 3A"

        await pilot.press("alt+z")
        await pilot.pause()
        assert app.draft.findings[4].title == "Recommendation 3"
        assert app.draft.findings[4].cause == "2"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert path.read_bytes() == NORTHMOOR.read_bytes()


async def test_a_refused_correction_stays_in_the_form_with_its_reason(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.editor.goto("finding:4")
        await pilot.pause()
        await pilot.press("alt+c")
        await pilot.pause()
        form = app.screen
        form.query_one("#correct-number", Input).value = "1"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        error = str(form.query_one("#correct-error").render())
        assert error.startswith("Not changed: Recommendation 1 appears twice")
        assert form.query_one("#correct-number", Input).value == "1"
        await pilot.press("escape")
        await pilot.pause()
        assert not app.editor.dirty
        assert app.draft.findings[4].number == "3"


async def test_add_and_remove_a_finding(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        [add] = [c for c in app.editor.palette_commands() if c.name == "Add a finding…"]
        add.run(app.editor)
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CorrectFindingScreen)
        form.query_one("#correct-number", Input).value = "8"
        form.query_one("#correct-addressee", Input).value = "Northmoor Constabulary"
        form.query_one("#correct-text", TextArea).load_text("The force should publish its plan.")
        await pilot.click("#correct-save")
        await pilot.pause()
        assert app.editor.current == "finding:9"
        assert app.draft.findings[9].title == "Recommendation 8"
        await pilot.press("alt+c")
        await pilot.pause()
        await pilot.click("#correct-remove")
        await pilot.pause()
        assert "Recommendation 8" not in [f.title for f in app.draft.findings]
        await pilot.press("alt+z")
        await pilot.pause()
        assert app.draft.findings[9].title == "Recommendation 8"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert store.load(path).findings[9].text == "The force should publish its plan."


async def test_move_a_finding_into_a_group_and_rename_and_merge_groups(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    draft = store.load(path)
    draft.findings[8].decision = Decision.NOTE  # Recommendation 7, to the Home Office
    draft.response.noted.append(type(draft.response.noted[0])("Home Office", "Noted."))
    store.save(draft, path)
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        app.editor.goto("finding:6")  # Recommendation 5, College of Policing, undecided
        await pilot.pause()
        await pilot.press("alt+c")
        await pilot.pause()
        app.screen.query_one("#correct-group", Select).value = 1  # the Home Office group
        await pilot.click("#correct-save")
        await pilot.pause()
        assert app.draft.findings[6].decision is Decision.NOTE
        assert [f.title for f in app.draft.noted_findings(app.draft.response.noted[1])] == [
            "Recommendation 5",
            "Recommendation 7",
        ]
        app.editor.goto("noted:1")
        await pilot.pause()
        await pilot.press("alt+c")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CorrectGroupScreen)
        form.query_one("#group-name", Input).value = "the Home Office"
        await pilot.press("enter")
        await pilot.pause()
        assert app.draft.response.noted[1].addressee == "the Home Office"
        assert app.draft.findings[8].addressee == "the Home Office"
        await pilot.press("alt+c")
        await pilot.pause()
        app.screen.query_one("#group-merge", OptionList).focus()
        await pilot.press("enter")  # into the College of Policing's group
        await pilot.pause()
        assert [g.addressee for g in app.draft.response.noted] == ["College of Policing"]
        assert app.editor.current == "noted:0"
        await pilot.press("alt+z")
        await pilot.pause()
        assert [g.addressee for g in app.draft.response.noted] == [
            "College of Policing",
            "the Home Office",
        ]
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    assert [g.addressee for g in saved.response.noted] == ["College of Policing", "the Home Office"]
