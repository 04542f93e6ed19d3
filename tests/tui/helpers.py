"""Shared by the editor's tests: the fixed date, quiet settings, typing."""

from __future__ import annotations

import datetime as dt

from drafter.tui.config import Config

TODAY = dt.date(2026, 11, 29)
#: Long enough that no autosave happens by the clock during a test.
QUIET = Config(autosave_seconds=3600)

CHARACTER_KEYS = {" ": "space", ".": "full_stop", ",": "comma", "'": "apostrophe"}


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*[CHARACTER_KEYS.get(c, c) for c in text])
