"""What every editing view shares: the edit message, word counts and date inputs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from textual.message import Message
from textual.validation import ValidationResult, Validator
from textual.widgets import Label, TextArea

from drafter.dates import parse_date


class DraftEdited(Message):
    """A view changed the draft; ``entry_ids`` are the outline entries to redraw."""

    def __init__(self, *entry_ids: str) -> None:
        super().__init__()
        self.entry_ids = entry_ids


class DateValidator(Validator):
    """An empty box (no date) or a date as officers type it."""

    def validate(self, value: str) -> ValidationResult:
        if not value.strip():
            return self.success()
        try:
            parse_date(value)
        except ValueError as exc:
            return self.failure(str(exc))
        return self.success()


def optional_date(value: str) -> dt.date | None:
    return parse_date(value) if value.strip() else None


def words(text: str) -> str:
    count = len(text.split())
    return f"{count} word{'s' if count != 1 else ''}"


class WordCount(Label):
    """The live word count beside a long text, redrawn only when the count changes.

    Its width is fixed in app.tcss (``.count``), so a new count is a repaint of this
    label alone, not a layout of the screen on every key.
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", classes="count", **kwargs)  # type: ignore[arg-type]
        self.shown = ""

    def count(self, text: str) -> None:
        shown = words(text)
        if shown != self.shown:
            self.shown = shown
            self.update(shown, layout=False)


def prose_area(widget_id: str, text: str = "") -> TextArea:
    """A TextArea for narrative: wrapped, tab moves focus, one paragraph a line."""
    return TextArea(
        text,
        id=widget_id,
        soft_wrap=True,
        tab_behavior="focus",
        show_line_numbers=False,
        classes="prose",
    )


class ShownWhenReady:
    """A view mounted on its first visit: what it is asked to do waits for its widgets.

    The app mounts each view only when the writer first goes to it (building all five
    at start doubled the time to the first screen), so ``goto`` may ask a view to show
    something before it has composed. ``when_ready`` runs the request at once if the
    view's widgets exist, else straight after they are mounted.
    """

    _ready = False
    _waiting: list[Callable[[], None]] | None = None

    def when_ready(self, request: Callable[[], None]) -> None:
        if self._ready:
            request()
            return
        if self._waiting is None:
            self._waiting = []
        self._waiting.append(request)

    def on_mount(self) -> None:
        self._ready = True
        waiting, self._waiting = self._waiting or [], None
        for request in waiting:
            request()
