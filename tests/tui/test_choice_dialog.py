"""A dialog answered twice in one burst of keys takes the first answer and ignores the rest."""

from __future__ import annotations

from conftest import NORTHMOOR, WILTSHIRE
from textual import events

from drafter.tui.screens.choice import Answer, ChoiceDialog


async def test_two_answer_keys_in_one_burst_answer_once(make_app, copy_of):
    # A fast typist (or a paste) can put "s" and "d" in the queue before the first
    # answer has closed the dialog: the second used to pop the editor's own screen.
    app = make_app(copy_of(WILTSHIRE))
    answers: list[str | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = ChoiceDialog(
            "Unsaved changes",
            "x.toml has changes that are not saved yet.",
            [Answer("save", "Save", "s"), Answer("discard", "Discard", "d")],
            cancel="cancel",
            name="test-choice",
        )
        await app.push_screen(dialog, answers.append)
        await pilot.pause()
        for key in ("s", "d", "escape"):
            dialog.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        await pilot.pause()
        assert answers == ["save"]
        assert app.screen is app.editor
        assert app.is_running


async def _enter_twice_on(app, pilot, open_screen) -> None:  # type: ignore[no-untyped-def]
    open_screen()
    await pilot.pause()
    await pilot.pause()
    screen = app.screen
    assert screen is not app.editor
    for _ in range(2):
        app.post_message(events.Key("enter", "\r"))
    await pilot.pause()
    await pilot.pause()
    assert app.screen is app.editor
    assert app.is_running


async def test_enter_twice_in_the_review_opens_one_finding(make_app, copy_of):
    app = make_app(copy_of(WILTSHIRE))
    async with app.run_test(size=(80, 24)) as pilot:
        await _enter_twice_on(app, pilot, app.editor.action_review)


async def test_enter_twice_in_the_check_goes_to_one_problem(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))  # undecided findings: the list has problems
    async with app.run_test(size=(80, 24)) as pilot:
        await _enter_twice_on(app, pilot, app.editor.action_check)
