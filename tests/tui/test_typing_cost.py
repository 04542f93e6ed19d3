"""What a key costs: the outline, status bar, word count and recovery file are only
touched when what they show changes (bench/RESULTS.md has the timings)."""

from __future__ import annotations

import threading

from conftest import NORTHMOOR

from drafter.tui.config import Config
from drafter.tui.outline import Outline
from drafter.tui.saving import TICK
from drafter.tui.session import MAX_UNSAVED, RECOVERY_EVERY, RECOVERY_QUIET
from tui.helpers import type_text

#: The finding the editor opens on in the example draft: undecided, no response.
OPENS_ON = 4


def count_calls(monkeypatch, obj, name: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Record each call of ``obj.name`` (still made) in the returned list."""
    calls: list[tuple] = []
    original = getattr(obj, name)

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(obj, name, spy)
    return calls


async def test_outline_line_is_redrawn_only_when_its_mark_or_label_changes(
    make_app, copy_of, monkeypatch
):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(100, 30)) as pilot:
        outline = app.query_one(Outline)
        redraws = count_calls(monkeypatch, outline, "replace_option_prompt")
        await type_text(pilot, "We will")
        await pilot.pause()
        assert redraws == []  # undecided before and after: the line looks the same
        await pilot.press("alt+a")
        await pilot.pause()
        assert [args[0] for args in redraws] == [f"finding:{OPENS_ON}"]
        assert str(outline.get_option(f"finding:{OPENS_ON}").prompt).startswith("● ")
        await type_text(pilot, " act")
        await pilot.pause()
        assert len(redraws) == 1


async def test_outline_rebuild_with_the_same_entries_redraws_only_changed_lines(
    make_app, copy_of, monkeypatch
):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(100, 30)) as pilot:
        outline = app.query_one(Outline)
        rebuilt = count_calls(monkeypatch, outline, "set_options")
        redraws = count_calls(monkeypatch, outline, "replace_option_prompt")
        outline.rebuild(app.draft)
        assert rebuilt == [] and redraws == []
        app.draft.response.chief.comments = ""
        outline.rebuild(app.draft)
        assert rebuilt == [] and [a[0] for a in redraws] == ["comments:chief"]
        assert app.draft.response.noted
        app.draft.response.noted.clear()
        outline.rebuild(app.draft)
        await pilot.pause()
        assert len(rebuilt) == 1
        assert not any((o.id or "").startswith("noted:") for o in outline.options)


async def test_status_bar_and_word_count_change_only_with_their_text(
    make_app, copy_of, monkeypatch
):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(100, 30)) as pilot:
        left = count_calls(monkeypatch, app.query_one("#status-left"), "update")
        right = count_calls(monkeypatch, app.query_one("#status-right"), "update")
        count = count_calls(monkeypatch, app.query_one("#response-words"), "update")
        await type_text(pilot, "We")
        await pilot.pause()
        # The first edit: "unsaved" and "1 word" appear; the second key changes neither.
        assert [a[0] for a in right] == ["● unsaved"]
        assert [a[0] for a in count] == ["1 word"]
        assert left == []
        await type_text(pilot, "ll act")
        await pilot.pause()
        assert [a[0] for a in count] == ["1 word", "2 words"]
        assert len(right) == 1 and left == []
        assert str(app.query_one("#response-words").render()) == "2 words"


async def test_recovery_waits_for_a_pause_in_typing(make_app, copy_of, clock):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(100, 30)) as pilot:
        await type_text(pilot, "Kept")
        await pilot.pause()
        app.editor.tick()
        clock.now += RECOVERY_QUIET / 2
        app.editor.tick()
        await app.workers.wait_for_complete()
        assert not app.session.recovery_file.exists()
        clock.now += RECOVERY_QUIET / 2
        app.editor.tick()
        await app.workers.wait_for_complete()
        assert app.session.recovery_file.exists()
        assert app.session.state.recovery_generation == app.session.state.generation


async def test_recovery_is_kept_every_few_seconds_while_typing_goes_on(make_app, copy_of, clock):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(100, 30)) as pilot:
        start = clock.now
        area = app.query_one("#response")
        kept_at: list[float] = []
        step = RECOVERY_QUIET / 4
        for _ in range(int(2 * RECOVERY_EVERY / step) + 2):
            area.insert("w ")
            await pilot.pause()
            app.editor.tick()
            await app.workers.wait_for_complete()
            if app.session.state.recovery_generation == app.session.state.generation and (
                not kept_at or kept_at[-1] != clock.now
            ):
                kept_at.append(clock.now - start)
            clock.now += step
        # Kept when the oldest edit not kept is RECOVERY_EVERY old, never at every tick;
        # the edit after a keep starts the next wait.
        assert kept_at == [RECOVERY_EVERY, 2 * RECOVERY_EVERY + step]


async def test_typing_on_through_an_autosave_does_not_save_at_every_tick(make_app, copy_of, clock):
    app = make_app(copy_of(NORTHMOOR), Config(autosave_seconds=5))
    gate = threading.Event()
    writes: list[float] = []
    write = app.session.write

    def held_write(text: str) -> bool:
        gate.wait(10)
        writes.append(clock.now)
        return write(text)

    app.session.write = held_write  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        area = app.query_one("#response")
        start = clock.now

        async def type_and_tick() -> None:
            area.insert("w ")
            await pilot.pause()
            app.editor.tick()
            await pilot.pause()

        while clock.now - start < MAX_UNSAVED:
            await type_and_tick()
            clock.now += TICK
        await type_and_tick()  # MAX_UNSAVED after the first edit: the save starts, held
        assert app.session.state.saving
        area.insert("typed during the save ")
        await pilot.pause()
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.editor.dirty and not app.session.state.saving and writes == [start + MAX_UNSAVED]
        # The edits typed during the save wait their own MAX_UNSAVED, from when it began.
        while clock.now < start + 2 * MAX_UNSAVED:
            clock.now += TICK
            await type_and_tick()
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert writes == [start + MAX_UNSAVED, start + 2 * MAX_UNSAVED]
