"""Shared by the editor's tests: the fixed date, quiet settings, typing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafter.cli import main
from drafter.tui.config import Config

TODAY = dt.date(2026, 11, 29)
#: Long enough that no autosave happens by the clock during a test.
QUIET = Config(autosave_seconds=3600)

CHARACTER_KEYS = {" ": "space", ".": "full_stop", ",": "comma", "'": "apostrophe"}


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


async def answer(pilot, key: str) -> None:  # type: ignore[no-untyped-def]
    """Press ``key`` in the dialog on screen once its keys work: a dialog that comes up
    on its own drops keys until typing has paused (ChoiceDialog's settle)."""
    for _ in range(200):
        if getattr(pilot.app.screen, "answers_keys", True):
            break
        await pilot.pause(0.05)
    await pilot.press(key)


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
