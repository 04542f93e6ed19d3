"""A whole walkthrough by keyboard: decide every finding, write, save, read the file back."""

from __future__ import annotations

from conftest import NORTHMOOR
from textual.widgets import Input, TextArea

from drafter import store
from drafter.model import Decision
from tui.helpers import type_text

KEYS = {
    Decision.ACCEPT: "alt+a",
    Decision.PARTIALLY_ACCEPT: "alt+s",
    Decision.NOT_ACCEPTED: "alt+x",
    Decision.NOTE: "alt+o",
}
#: Findings of the fictional example by index in the file, and the decision to give.
PLAN = {
    0: Decision.ACCEPT,
    1: Decision.ACCEPT,
    2: Decision.PARTIALLY_ACCEPT,
    3: Decision.ACCEPT,
    4: Decision.ACCEPT,
    5: Decision.NOT_ACCEPTED,
    6: Decision.NOTE,
    7: Decision.NOTE,
    8: Decision.NOTE,
    9: Decision.ACCEPT,
    10: Decision.ACCEPT,
    11: Decision.PARTIALLY_ACCEPT,
}


async def test_walkthrough_decides_every_finding_and_saves(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    before = store.load(path)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        # It opens on the first undecided finding in outline order: Recommendation 3.
        assert app.editor.current == "finding:4"
        assert app.editor.finding_order() == [1, 2, 4, 5, 6, 7, 8, 0, 3, 9, 10, 11]
        await pilot.press("alt+p", "alt+p")
        assert app.editor.current == "finding:1"
        visited = []
        for step in range(12):
            index = int(app.editor.current.partition(":")[2])
            visited.append(index)
            await pilot.press(KEYS[PLAN[index]])
            if step == 0:
                # One response typed key by key; the rest go in as a paste would, which
                # drives the same Changed events at a fraction of the time.
                await type_text(pilot, f"Walk {index} ")
            else:
                app.query_one("#response", TextArea).insert(f"Walk {index} ", (0, 0))
            await pilot.press("alt+n")
            if step < 11:
                assert app.editor.current != f"finding:{index}"
        assert visited == app.editor.finding_order()
        assert app.editor.dirty
        assert "12 of 12 findings decided" in str(app.query_one("#status-left").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not app.editor.dirty
        assert str(app.query_one("#status-right").render()) == "✓ saved"
    after = store.load(path)
    for index, finding in enumerate(after.findings):
        assert finding.decision is PLAN[index], finding.title
        if index == visited[0]:
            # Typed: entering the response put the cursor at the end of its text.
            assert finding.response == before.findings[index].response + f"Walk {index} "
        else:
            assert finding.response == f"Walk {index} " + before.findings[index].response
    # Nothing but the findings changed, and the file is canonical.
    assert after.response == before.response
    assert path.read_text(encoding="utf-8") == store.dumps(after)
    assert not app.session.recovery_file.exists()


async def test_owner_and_target_date_are_validated(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        app.query_one("#owner").focus()
        await type_text(pilot, "Head of Safeguarding")
        await pilot.press("tab")
        assert app.focused is app.query_one("#target")
        app.query_one("#target", Input).insert_text_at_cursor("31 June 2027")
        await pilot.pause()
        error = str(app.query_one("#target-error").render())
        assert "'31 June 2027' is not a date" in error
        assert app.draft.findings[4].target is None
        await pilot.press(*["backspace"] * 12)
        app.query_one("#target", Input).insert_text_at_cursor("30 June 2027")
        await pilot.pause()
        assert str(app.query_one("#target-error").render()) == ""
        await pilot.press("ctrl+s")
    saved = store.load(path).findings[4]
    assert saved.owner == "Head of Safeguarding"
    assert saved.target is not None and saved.target.isoformat() == "2027-06-30"


async def test_check_lists_problems_and_jumps_to_one(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("f4")
        screen = app.screen
        assert type(screen).__name__ == "ProblemsScreen"
        messages = [p.message for p in screen.readiness.problems]
        assert messages[0] == "Cause of concern 2 has no decision yet"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is app.editor
        # The second problem is Recommendation 3 (index 4) having no decision.
        assert messages[1] == "Recommendation 3 has no decision yet"
        assert app.editor.current == "finding:4"


async def test_details_and_comments_edit_the_draft(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        app.editor.goto("comments:chief")
        await pilot.press("ctrl+a")
        await type_text(pilot, "In short ")
        app.editor.goto("details")
        await pilot.pause()  # the details view is mounted on its first visit
        app.query_one("#detail-area").focus()
        await pilot.press("end")
        await type_text(pilot, " South")
        await pilot.press("ctrl+s")
    saved = store.load(path)
    assert saved.response.chief.comments.startswith("In short Northmoor Constabulary welcomes")
    assert saved.response.area == "Northmoor and Dale South"
