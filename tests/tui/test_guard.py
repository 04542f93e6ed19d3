"""The editor guards the draft: read-only while another editor holds it, and a
question before the first change to a signed (or published) response.

Before: a second editor let the writer type (the status bar said "● unsaved"),
offered Save on quitting and filled in the whole sign-off form before refusing;
typing in a published, signed response made both signatures stale with no word
but the status bar's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from drafter import store
from drafter.tui.screens.choice import ChoiceDialog
from drafter.tui.screens.sign import SignScreen
from drafter.tui.session import Session
from tui.helpers import let_the_question_settle, settle, wait_for
from tui.journeys import Drafts


@pytest.fixture
def state(drafts: Drafts, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A copy of the draft in the state the test names (built outside the event loop:
    some states are made in the editor)."""
    return drafts.copy(request.param, tmp_path / "draft")


def status(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.query_one("#status-right").render())


def notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app.notices]


@pytest.mark.parametrize("state", ["new-required-only"], indirect=True)
async def test_a_second_editor_takes_no_edits_and_says_why(state, make_app, recovery_dir) -> None:
    path = state
    before = path.read_bytes()
    first = Session.open(path, recovery_dir)
    try:
        app = make_app(path)
        async with app.run_test(size=(120, 35)) as pilot:
            await settle(pilot)
            editor = app.editor
            assert "read-only: open in another editor" in status(app)
            # Typing into a box changes nothing, and says why (once, not at every key).
            editor.goto("details")
            await settle(pilot)
            title = app.query_one("#detail-title", Input)
            title.focus()
            shown = title.value
            told = [m for m in notices(app) if "open in another editor" in m]
            assert len(told) == 1, notices(app)  # at the start
            await pilot.press("x", "y", "backspace", "backspace", "backspace")
            await wait_for(
                pilot, lambda: sum("open in another editor" in m for m in notices(app)) > 1
            )
            assert title.value == shown
            assert app.query_one("#detail-cc", TextArea).read_only
            assert not editor.dirty
            typed = [m for m in notices(app) if "open in another editor" in m]
            assert len(typed) == 2, notices(app)
            # Commands that change the draft are refused up front: no form to fill in.
            editor.action_sign("chief")
            await settle(pilot)
            assert not isinstance(app.screen, SignScreen)
            editor.action_note_others()
            editor.action_add_finding()
            await settle(pilot)
            assert app.screen is editor
            assert "read-only: open in another editor" in status(app)
            # Quitting offers no save: nothing here needs one.
            await pilot.press("ctrl+q")
            await settle(pilot)
        assert app.return_code == 0
    finally:
        first.close()
    assert path.read_bytes() == before


@pytest.mark.parametrize("state", ["new-required-only"], indirect=True)
async def test_when_the_other_editor_closes_this_one_reloads_and_may_edit(
    state, make_app, recovery_dir
) -> None:
    path = state
    first = Session.open(path, recovery_dir)
    released = False
    try:
        app = make_app(path)
        async with app.run_test(size=(120, 35)) as pilot:
            await settle(pilot)
            editor = app.editor
            editor.goto("details")
            await settle(pilot)
            # The first editor saves a new title, then closes.
            first.draft.report.title = "Saved by the other editor"
            first.write(first.snapshot())
            first.close()
            released = True
            # The status changes at once; the notice is a message handled after it.
            await wait_for(
                pilot,
                lambda: (
                    "read-only" not in status(app)
                    and any("other editor has closed" in m for m in notices(app))
                ),
            )
            assert "✓ saved" in status(app)
            assert any("other editor has closed" in m for m in notices(app)), notices(app)
            title = app.query_one("#detail-title", Input)
            assert title.value == "Saved by the other editor"
            title.focus()
            await pilot.press("end", "!")
            await settle(pilot)
            assert app.draft.report.title == "Saved by the other editor!"
            await pilot.press("ctrl+s")
            await settle(pilot)
    finally:
        if not released:
            first.close()
    assert store.load(path).report.title == "Saved by the other editor!"


async def first_key_in_a_response(app, pilot) -> None:  # type: ignore[no-untyped-def]
    app.editor.goto("finding:0")
    # A busy machine may take a while to put the focus there.
    await wait_for(pilot, lambda: app.focused is not None and app.focused.id == "response")
    await pilot.press("end", "x", "c", "l", "enter")  # typing goes on as the question comes
    await wait_for(pilot, lambda: isinstance(app.screen, ChoiceDialog))


@pytest.mark.parametrize("state", ["published"], indirect=True)
async def test_a_published_response_asks_before_its_signed_text_changes(
    state, make_app, question_clock
) -> None:
    path = state
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        response = app.draft.findings[0].response
        await first_key_in_a_response(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog) and dialog.name == "signed-change"
        message = str(dialog.query_one("#dialog-message").render())
        assert "Alex Reed" in message and "Sam Okafor" in message, message
        assert "published on 25 November 2026" in message
        assert "both must sign again" in message
        # The keys typed on did not answer it: it waits for a pause.
        await let_the_question_settle(pilot, question_clock)
        await pilot.press("l")  # Leave it
        await settle(pilot)
        assert app.screen is app.editor
        assert app.draft.findings[0].response == response
        assert app.query_one("#response", TextArea).text == response
        assert not app.editor.dirty
        assert "stale" not in status(app)
        # Asked again at the next change; this time changed.
        await first_key_in_a_response(app, pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await let_the_question_settle(pilot, question_clock)
        await pilot.press("c")  # Change it
        await settle(pilot)
        assert app.draft.findings[0].response.startswith(response)
        assert app.draft.findings[0].response != response
        assert "✗ signatures stale" in status(app)
        # Asked once: typing on asks nothing more.
        await pilot.press("y", "z")
        await settle(pilot)
        assert app.screen is app.editor
        await pilot.press("ctrl+q")
        await settle(pilot)
        await pilot.press("d")  # Discard
        await settle(pilot)
    assert path.read_bytes() == before


@pytest.mark.parametrize("state", ["both-signed"], indirect=True)
async def test_a_decision_on_a_signed_draft_asks_too(state, make_app) -> None:
    path = state
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        app.editor.goto("finding:0")
        await settle(pilot)
        decision = app.draft.findings[0].decision
        await pilot.press("alt+u")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog) and dialog.name == "signed-change"
        assert "published" not in str(dialog.query_one("#dialog-message").render())
        await pilot.press("escape")
        await settle(pilot)
        assert app.draft.findings[0].decision is decision
        assert "signed off" in status(app)
        assert not app.editor.dirty


@pytest.mark.parametrize("state", ["published"], indirect=True)
async def test_a_published_response_changed_is_in_review_everywhere_until_put_back(
    state, make_app, question_clock
) -> None:
    """Before: the editor showed the signatures stale but kept "published" as the
    status, in memory and in the file it saved."""
    from drafter.model import Status
    from drafter.tui.outline import Outline
    from drafter.tui.views.signoff import signoff_text

    path = state
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        response = app.draft.findings[0].response
        await first_key_in_a_response(app, pilot)
        await let_the_question_settle(pilot, question_clock)
        await pilot.press("c")  # Change it
        await settle(pilot)
        assert app.draft.findings[0].response != response
        assert "✗ signatures stale" in status(app)
        assert app.draft.workflow.status is Status.IN_REVIEW
        assert app.query_one(Outline).shown["signoff"].label == "Signature stale: sign again"
        text = signoff_text(app.draft)
        assert "status: in-review" in text and "Changed since it was published" in text
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = path.read_text(encoding="utf-8")
        assert 'status = "in-review"' in saved and "published = 2026-11-25" in saved
        # The keys typed taken back: the text is as published, and so is the status.
        for _ in range(len(app.draft.findings[0].response) - len(response)):
            await pilot.press("backspace")
        await settle(pilot)
        assert app.draft.findings[0].response == response
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "stale" not in status(app)
        assert app.draft.workflow.status is Status.PUBLISHED
        assert app.query_one(Outline).shown["signoff"].label == "Signed off"
    assert path.read_bytes() == before


async def correct_the_first_addressee(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """alt+c on the first finding, its addressee made "the Home Office", saved."""
    from drafter.tui.screens.correct import CorrectFindingScreen

    app.editor.goto("finding:0")
    await settle(pilot)
    await pilot.press("alt+c")
    await settle(pilot)
    form = app.screen
    assert isinstance(form, CorrectFindingScreen)
    form.query_one("#correct-addressee", Input).value = "the Home Office"
    form.query_one("#correct-number", Input).focus()
    await pilot.press("enter")


@pytest.mark.parametrize("state", ["published"], indirect=True)
async def test_leave_it_after_a_correction_takes_it_off_the_undo_list(
    state, make_app, question_clock
) -> None:
    """Before: the correction "Leave it" put back stayed on alt+z's list; undoing it
    changed nothing but marked the draft unsaved."""
    path = state
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        addressee = app.draft.findings[0].addressee
        await correct_the_first_addressee(app, pilot)
        for _ in range(50):
            await pilot.pause()
            if isinstance(app.screen, ChoiceDialog):
                break
        assert isinstance(app.screen, ChoiceDialog) and app.screen.name == "signed-change"
        await let_the_question_settle(pilot, question_clock)
        await pilot.press("l")  # Leave it
        await settle(pilot)
        assert app.draft.findings[0].addressee == addressee
        assert not app.editor.dirty
        assert app.editor.corrections == []
        await pilot.press("alt+z")
        await settle(pilot)
        assert "No correction to undo." in notices(app)
        assert not app.editor.dirty
        assert "stale" not in status(app)
    assert path.read_bytes() == before


@pytest.mark.parametrize("state", ["every-finding-decided"], indirect=True)
async def test_a_correction_made_before_signing_still_undoes_after_leave_it(
    state, make_app, question_clock
) -> None:
    """Leave it puts back a copy of the signed draft; an older correction's undo
    works on that copy, keeping what is typed into it, not the text left."""
    import datetime as dt

    from drafter.model import Role
    from drafter.workflow.signoff import sign

    app = make_app(state)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        editor = app.editor
        addressee = app.draft.findings[0].addressee
        await correct_the_first_addressee(app, pilot)
        await settle(pilot)
        assert app.screen is editor and len(editor.corrections) == 1
        # Both sign (as the sign form does: a new draft sharing the findings).
        signed = app.draft
        for role in Role:
            holder = (
                signed.response.commissioner if role is Role.COMMISSIONER else signed.response.chief
            )
            signed = sign(
                signed, role, holder.name or "A Name", signed.report.published or dt.date.today()
            )
        editor.session.draft = signed
        editor.load_draft()
        await settle(pilot)
        assert editor.signatures.holding == frozenset(Role)
        response = app.draft.findings[0].response
        await first_key_in_a_response(app, pilot)
        await let_the_question_settle(pilot, question_clock)
        await pilot.press("l")  # Leave it
        await settle(pilot)
        assert len(editor.corrections) == 1
        assert app.draft.findings[0].response == response
        await pilot.press("end", "Q")
        for _ in range(50):
            await pilot.pause()
            if isinstance(app.screen, ChoiceDialog):
                break
        await let_the_question_settle(pilot, question_clock)
        await pilot.press("c")  # Change it: typed into the copy put back
        await settle(pilot)
        typed = app.draft.findings[0].response
        assert typed == response + "Q"
        await pilot.press("alt+z")
        await settle(pilot)
        assert app.draft.findings[0].addressee == addressee
        assert app.draft.findings[0].response == typed
