"""Sign-off in the editor records the right person, goes stale at once, can be withdrawn."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from conftest import WILTSHIRE
from textual.widgets import Input, OptionList, TextArea

from drafter import store
from drafter.model import Role, Status, Workflow
from drafter.tui.outline import Outline
from drafter.tui.screens.choice import ChoiceDialog
from drafter.tui.screens.sign import SignScreen
from tui.helpers import question_ready, wait_for


def unsigned_wiltshire(copy_of) -> Path:  # type: ignore[no-untyped-def]
    path = copy_of(WILTSHIRE)
    store.save(replace(store.load(path), workflow=Workflow()), path)
    return path


def outline_label(app, entry_id: str) -> str:  # type: ignore[no-untyped-def]
    return app.query_one(Outline).shown[entry_id].label


async def open_form(app, pilot) -> SignScreen:  # type: ignore[no-untyped-def]
    app.editor.action_sign()
    await pilot.pause()
    assert isinstance(app.screen, SignScreen)
    return app.screen


async def test_the_role_is_chosen_by_keyboard_and_the_name_follows_it(make_app, copy_of):
    path = unsigned_wiltshire(copy_of)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(app, pilot)
        assert isinstance(app.focused, OptionList)
        title = form.query_one("#sign-title")
        assert "for the Police and Crime Commissioner" in str(title.render())
        assert form.query_one("#sign-name", Input).value == "Angus Macpherson"
        await pilot.press("down")
        await pilot.pause()
        assert form.role is Role.CHIEF
        assert "for the Chief Constable" in str(title.render())
        assert form.query_one("#sign-name", Input).value == "Kier Pritchard"
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert app.screen is app.editor
    [signed] = store.load(path).workflow.signoffs
    assert (signed.role, signed.name) == (Role.CHIEF, "Kier Pritchard")


async def test_a_name_other_than_the_holders_is_asked_about(make_app, copy_of):
    path = unsigned_wiltshire(copy_of)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(app, pilot)
        form.query_one("#sign-name", Input).value = "Jo Deputy"
        form.query_one("#sign-name", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        message = str(app.screen.query_one("#dialog-message").render())
        assert "The draft names Angus Macpherson as the Police and Crime Commissioner" in message
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form
        assert store.load(path).workflow.signoffs == []
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is app.editor
    [signed] = store.load(path).workflow.signoffs
    assert (signed.role, signed.name) == (Role.COMMISSIONER, "Jo Deputy")


async def test_one_name_for_both_roles_is_asked_about(make_app, copy_of):
    path = unsigned_wiltshire(copy_of)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        await open_form(app, pilot)
        await pilot.press("tab", "enter")  # the commissioner, as named in the draft
        await pilot.pause()
        form = await open_form(app, pilot)
        assert form.role is Role.CHIEF  # the form starts on the role still to sign
        form.query_one("#sign-name", Input).value = "angus  Macpherson"
        form.query_one("#sign-name", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        message = str(app.screen.query_one("#dialog-message").render())
        assert "has already signed as the Police and Crime Commissioner" in message
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is form
    assert [s.role for s in store.load(path).workflow.signoffs] == [Role.COMMISSIONER]


async def test_an_edit_after_signing_shows_stale_everywhere_at_once(make_app, copy_of):
    path = unsigned_wiltshire(copy_of)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        for _role in Role:
            await open_form(app, pilot)
            await pilot.press("tab", "enter")
            await pilot.pause()
        # Both signed: the offer of the final documents; not now.
        assert isinstance(app.screen, ChoiceDialog)
        assert "Render the final Word and PDF" in str(
            app.screen.query_one("#dialog-message").render()
        )
        await pilot.press("l")
        await pilot.pause()
        assert outline_label(app, "signoff") == "Signed off"
        assert "signed off" in str(app.query_one("#status-right").render())
        assert store.load(path).workflow.status is Status.SIGNED_OFF

        app.editor.goto("finding:0")
        await pilot.pause()
        app.query_one("#response", TextArea).insert("X")
        await pilot.pause()
        # The first change to signed text asks first (test_guard.py); changed.
        assert isinstance(app.screen, ChoiceDialog) and app.screen.name == "signed-change"
        await wait_for(pilot, lambda: question_ready(app))
        await pilot.press("c")
        await pilot.pause()
        # On the very key: outline, status bar and the draft's own status.
        assert outline_label(app, "signoff") == "Signature stale: sign again"
        assert "✗ signatures stale" in str(app.query_one("#status-right").render())
        assert app.draft.workflow.status is Status.IN_REVIEW
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.editor.goto("signoff")
        await pilot.pause()
        summary = str(app.query_one("#signoff-summary").render())
        assert "status: in-review" in summary
        assert "signature no longer holds" in summary
    text = path.read_text(encoding="utf-8")
    assert 'status = "in-review"' in text
    assert "signed-off" not in text


async def test_after_both_sign_the_final_word_and_pdf_are_offered(make_app, copy_of):
    path = unsigned_wiltshire(copy_of)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        for _role in Role:
            await open_form(app, pilot)
            await pilot.press("tab", "enter")
            await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("r")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert path.with_suffix(".docx").stat().st_size > 0
    pdf = path.with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF")


async def test_a_signature_is_withdrawn_in_the_editor_and_kept_in_the_history(make_app, copy_of):
    path = unsigned_wiltshire(copy_of)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        for _role in Role:
            await open_form(app, pilot)
            await pilot.press("tab", "enter")
            await pilot.pause()
        await pilot.press("l")
        app.editor.goto("signoff")
        await pilot.pause()
        await pilot.click("#withdraw-chief")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("k")  # keep it, after all
        await pilot.pause()
        assert len(app.draft.workflow.signoffs) == 2
        await pilot.click("#withdraw-chief")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert not app.editor.dirty  # withdrawing saves at once, as signing does
        summary = str(app.query_one("#signoff-summary").render())
        assert "Chief Constable: not signed" in summary
        assert (
            "Withdrawn on 29 November 2026: the signature of the Chief Constable by Kier Pritchard"
            in summary
        )
        assert outline_label(app, "signoff") == "Status: in-review"
        assert not app.query_one("#withdraw-chief").display
    draft = store.load(path)
    assert draft.workflow.status is Status.IN_REVIEW
    assert [w.signoff.name for w in draft.workflow.withdrawn] == ["Kier Pritchard"]
