"""Keys that arrive together (a fast typist, a paste, tmux over SSH) act in the order
they were typed: a binding waits for the letters queued before it.

Found in tmux: ``send-keys Z C-s`` said "No changes to save" and left the letter
unsaved, because the editor's keys are priority bindings, handled as they arrive,
while the letter still sat in the text box's queue. ``Z C-q`` quit without asking
and the letter was gone.
"""

from __future__ import annotations

from conftest import NORTHMOOR
from textual.widgets import TextArea

from drafter import store
from tui.helpers import press_at_once


async def _in_first_response(app, pilot) -> TextArea:  # type: ignore[no-untyped-def]
    app.editor.goto("finding:0")
    await pilot.pause()
    response = app.query_one("#response", TextArea)
    response.focus()
    response.move_cursor(response.document.end)
    await pilot.pause()
    return response


async def test_a_letter_then_ctrl_s_saves_the_letter(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        await _in_first_response(app, pilot)
        await press_at_once(pilot, "Z", "ctrl+s")
        assert not app.editor.dirty
    assert store.load(path).findings[0].response.endswith("Z")


async def test_a_letter_then_ctrl_q_asks_before_quitting(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        await _in_first_response(app, pilot)
        await press_at_once(pilot, "Z", "ctrl+q")
        assert app.is_running
        assert app.screen is not app.editor  # the unsaved-changes question


async def test_letters_then_next_finding_stay_with_their_finding(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        await _in_first_response(app, pilot)
        second = app.draft.findings[1].response
        await press_at_once(pilot, "Q", "R", "alt+n")
        assert app.draft.findings[0].response.endswith("QR")
        assert app.draft.findings[1].response == second


async def test_escape_still_reaches_a_box_when_the_outline_is_not_open(make_app, copy_of):
    # The editor's escape binding applies only over a narrow screen's outline; a
    # burst must not make it swallow escape elsewhere.
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        response = await _in_first_response(app, pilot)
        await press_at_once(pilot, "Z", "escape")
        assert response.text.endswith("Z")
        assert app.screen is app.editor
