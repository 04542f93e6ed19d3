"""What every editing view shares: the edit message, word counts and date inputs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.validation import ValidationResult, Validator
from textual.widgets import Input, Label, TextArea

from drafter.dates import parse_date
from drafter.tui.text_box import TextBox


class DraftEdited(Message):
    """A view changed the draft; ``entry_ids`` are the outline entries to redraw."""

    def __init__(self, *entry_ids: str) -> None:
        super().__init__()
        self.entry_ids = entry_ids


class ReadOnlyTyped(Message):
    """A key was typed into a box that takes no edits: the editor is read-only."""


def _typed(widget: TextArea | Input, event: events.Key) -> None:
    if widget.read_only and event.is_printable:  # type: ignore[union-attr]
        widget.post_message(ReadOnlyTyped())


class DateValidator(Validator):
    """An empty box (no date) or a date as officers type it."""

    def validate(self, value: str) -> ValidationResult:
        problem = date_problem(value)
        return self.failure(problem) if problem else self.success()


def optional_date(value: str) -> dt.date | None:
    return parse_date(value) if value.strip() else None


def date_problem(value: str) -> str:
    """Why a typed date cannot go into the draft; empty when it can."""
    try:
        optional_date(value)
    except ValueError as exc:
        return str(exc)
    return ""


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


class ProseArea(TextBox):
    """A TextArea for narrative: wrapped, tab moves focus, one paragraph a line.

    Entering it from the keyboard (tab, or the editor opening its view) puts the cursor
    at the end of the text, where a writer goes on; a click puts it where clicked, and
    the editor's jumps to a problem put it on the problem's line (``place_next``).
    ctrl+home and ctrl+end go to the start and the end, as in a word processor.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+end", "document_end", "End of the text", show=False),
        Binding("ctrl+home", "document_start", "Start of the text", show=False),
        Binding("ctrl+shift+end", "document_end(True)", "Select to the end", show=False),
        Binding("ctrl+shift+home", "document_start(True)", "Select to the start", show=False),
    ]

    #: The next focus keeps the cursor where the caller is about to put it.
    placing = False

    def on_key(self, event: events.Key) -> None:
        _typed(self, event)

    def place_next(self) -> None:
        self.placing = True

    def on_focus(self) -> None:
        if self.placing:
            self.placing = False
            return
        self.move_cursor(self.document.end)

    def action_document_end(self, select: bool = False) -> None:
        self.move_cursor(self.document.end, select=select)

    def action_document_start(self, select: bool = False) -> None:
        self.move_cursor((0, 0), select=select)


class FieldInput(Input):
    """A one-line box: entering it shows the end of its text, with the cursor there.

    Not Textual's select-all on focus, under which the first key typed replaces the
    whole value; a click still puts the cursor where clicked (it comes after this).
    """

    #: Takes no edits (the editor is read-only); the cursor still moves, text copies.
    read_only = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(*args, **kwargs)

    def replace(self, text: str, start: int, end: int) -> None:
        # Every edit of Textual's Input (typing, paste, cut, deletions) comes here.
        if not self.read_only:
            super().replace(text, start, end)

    def on_key(self, event: events.Key) -> None:
        _typed(self, event)

    def on_focus(self) -> None:
        # Moved there even if it is there already: a value shown before the box had
        # its width was drawn from its start, and only a move scrolls it.
        self.cursor_position = 0
        self.action_end()


def prose_area(widget_id: str, text: str = "") -> ProseArea:
    """A ProseArea: wrapped, tab moves focus, one paragraph a line."""
    return ProseArea(
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

    @property
    def ready(self) -> bool:
        return self._ready

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
