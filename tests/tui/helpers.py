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
