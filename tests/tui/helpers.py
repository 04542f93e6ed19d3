"""Shared by the editor's tests: the fixed date, quiet settings, typing."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.cli import main
from drafter.tui.config import Config

if TYPE_CHECKING:
    from textual.notifications import Notification

TODAY = dt.date(2026, 11, 29)
#: Long enough that no autosave happens by the clock during a test.
QUIET = Config(autosave_seconds=3600)

CHARACTER_KEYS = {" ": "space", ".": "full_stop", ",": "comma", "'": "apostrophe"}


class Clock:
    """Stands in for ``time`` in one of the app's modules, so a test decides when it is."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Three pauses: the messages a key or a goto sets off, and those they set off."""
    for _ in range(3):
        await pilot.pause()


def notice_titles(app) -> list[str | None]:  # type: ignore[no-untyped-def]
    """The titles of every notification so far (``app.notices``, from make_app)."""
    return [n.title for n in app.notices]


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*[CHARACTER_KEYS.get(c, c) for c in text])


async def press_at_once(pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """Keys as a fast typist or a paste sends them: all queued before any is handled
    (Pilot's press waits for the app to settle after each key)."""
    from textual import events

    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(pilot.app)
        pilot.app.post_message(event)
    for _ in range(4):
        await pilot.pause()


async def wait_for(pilot, condition: Callable[[], object], timeout: float = 10) -> None:  # type: ignore[no-untyped-def]
    """Pause until ``condition()`` is true, or ``timeout`` seconds have passed.

    For what the app does a few messages later than the step that caused it (a
    notification is a message of its own, a worker's result comes back as another):
    one pilot.pause() waits only for the messages queued when it began, and a busy
    machine hands out the rest later. The caller then asserts, so a condition that
    never comes still fails the test, with the caller's own message.
    """
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        await pilot.pause(0.02)
    await pilot.pause()


def keep_notices(app) -> list[Notification]:  # type: ignore[no-untyped-def]
    """Every notification the app is asked to show from now on, in order, kept for the
    test to read (DrafterApp made by the make_app fixture: ``app.notices``).

    Not ``app._notifications``: it holds a notification only once the app has handled
    its message, and drops it once its timeout has passed (5 s unless given), which a
    render on a busy machine outlasts: a test read the PDF's notice without the Word
    one posted a few seconds before it.
    """
    from textual.notifications import Notification

    kept: list[Notification] = []
    notify = app.notify

    def keeping(message, *, title="", severity="information", timeout=None, markup=True):  # type: ignore[no-untyped-def]
        kept.append(Notification(message, title, severity, timeout or 0.0, markup=markup))
        notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    app.notify = keeping
    return kept


def question_ready(app) -> bool:  # type: ignore[no-untyped-def]
    """Whether a question asked while the writer types (a ChoiceDialog with ``settle``)
    takes its keys now: it puts the focus on its first button once typing has paused
    long enough, and not before (its own timer decides when)."""
    from textual.widgets import Button

    from drafter.tui.screens.choice import ChoiceDialog

    return isinstance(app.screen, ChoiceDialog) and isinstance(app.focused, Button)


async def answer(pilot, key: str) -> None:  # type: ignore[no-untyped-def]
    """Press ``key`` in the question on screen once it takes keys: one that comes up
    unasked drops keys until typing has paused (ChoiceDialog's settle)."""
    await wait_for(pilot, lambda: question_ready(pilot.app))
    await pilot.press(key)


async def let_the_question_settle(pilot, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    """With the questions' clock stopped (the question_clock fixture): once the question
    is up and waiting, move the clock past the pause and wait until it takes keys."""
    from drafter.tui.guard import SETTLE
    from drafter.tui.screens.choice import ChoiceDialog

    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, ChoiceDialog) and app.screen.is_mounted)
    clock.now += SETTLE
    await wait_for(pilot, lambda: question_ready(app))
    assert question_ready(app), app.screen


async def wait_for_command(pilot, name: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the open palette lists first a command whose name holds ``name`` (in
    any case): it searches in the background, and enter before that picks whatever is
    first."""
    from textual.command import CommandList

    def first_is_it() -> bool:
        found = pilot.app.screen.query(CommandList)
        return bool(
            found
            and found.first().option_count
            and name.lower() in str(found.first().get_option_at_index(0).prompt).lower()
        )

    await wait_for(pilot, first_is_it)
    assert first_is_it(), f"the palette never listed {name!r} first"


def write_later(path: Path, draft) -> None:  # type: ignore[no-untyped-def]
    """Write ``draft`` as another program would, a moment after the editor read the file."""
    import os

    from drafter import store

    path.write_bytes(store.dumps(draft).encode("utf-8"))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def new_draft(folder: Path, *args: str) -> Path:
    """``drafter new`` with only the title and date (``args`` adds options): the
    fewest fields a draft can have."""
    path = folder / "x.toml"
    status = main(["new", str(path), "--title", "T", "--published", "2026-11-02", *args])
    assert status == 0
    return path


def footer_descriptions(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The footer's keys, left to right (the palette's last), each checked to be whole.

    Whole: as wide as its own text, and clear of the next key and of the screen's edge.
    """
    from textual.widgets._footer import FooterKey

    keys = sorted(app.screen.query(FooterKey), key=lambda k: k.region.x)
    for key, after in zip(keys, [*keys[1:], None], strict=True):
        whole = key.get_content_width(key.size, key.size) + key.styles.gutter.width
        assert key.region.width == whole, key.description
        limit = after.region.x if after is not None else app.size.width
        assert key.region.right <= limit, key.description
    return [k.description for k in keys]
