"""The live preview: the draft in its own layout, rendered a moment after typing pauses.

What the preview shows is what "Render to …" and ``drafter render`` write: the
draft's layout, and for a letter the office profile's letterhead, reference,
salutation and close. A layout drafter does not ship (one from a templates folder)
is previewed in the standard layout, which says so.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.timer import Timer

from drafter.errors import DrafterError
from drafter.model import Draft
from drafter.tui.preview_text import for_preview

if TYPE_CHECKING:
    from drafter.profile import ProfileReader

#: Seconds of quiet before the preview is rendered again: typing never waits for it.
PAUSE = 0.4


@cache
def _profiles() -> ProfileReader:
    """The office profiles the preview has read, read again only when their file
    changes. Made on the first letter previewed: most sessions never need it."""
    from drafter.profile import ProfileReader

    return ProfileReader()


def preview_markdown(draft: Draft, draft_path: Path | None = None) -> str:
    """``draft`` as the preview shows it; ``draft_path`` places the office profile."""
    from drafter.render.layouts import LAYOUTS
    from drafter.render.text_formats import render_text

    layout = draft.response.layout
    note = ""
    if layout not in LAYOUTS:
        note = (
            f"*The layout “{layout}” comes from a templates folder; "
            "the preview shows the standard layout.*\n\n"
        )
        layout = "standard"
    try:
        letter = None
        if layout == "letter" and draft_path is not None:
            letter = _profiles().at(draft_path).letter
        return note + for_preview(render_text(draft, "md", layout=layout, letter=letter))
    except DrafterError as error:
        return f"**The preview cannot be shown:** {error}"


class Preview(VerticalScroll):
    def __init__(self, draft_path: Path | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft_path = draft_path
        self._timer: Timer | None = None
        self._draft: Draft | None = None
        #: The Markdown last shown, so an unchanged draft is not re-rendered.
        self.shown = ""

    def follow(self, draft: Draft) -> None:
        """Render ``draft`` once typing has paused for PAUSE seconds."""
        self._draft = draft
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(PAUSE, self.refresh_now)

    async def refresh_now(self) -> None:
        self._timer = None
        if self._draft is None or not self.display:
            return
        text = preview_markdown(self._draft, self.draft_path)
        if text != self.shown:
            self.shown = text
            # Textual's Markdown widget (and markdown-it) load on the first preview,
            # not at start: most sessions open the editor without one.
            from textual.widgets import Markdown

            found = self.query_children(Markdown)
            if found:
                await found.first().update(text)
            else:
                await self.mount(Markdown(text, id="preview-markdown"))
