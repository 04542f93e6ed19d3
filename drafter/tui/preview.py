"""The live preview: the standard layout, rendered a moment after typing pauses."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.timer import Timer

from drafter.errors import DrafterError
from drafter.model import Draft
from drafter.tui.preview_text import for_preview

#: Seconds of quiet before the preview is rendered again: typing never waits for it.
PAUSE = 0.4


def preview_markdown(draft: Draft) -> str:
    from drafter.render.text_formats import render_text

    try:
        return for_preview(render_text(draft, "md", layout="standard"))
    except DrafterError as error:
        return f"**The preview cannot be shown:** {error}"


class Preview(VerticalScroll):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
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
        text = preview_markdown(self._draft)
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
