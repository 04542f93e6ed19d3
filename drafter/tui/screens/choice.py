"""A question with a few answers, one key each (quit, reload, recovery...)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Button, Static

from drafter.tui.screens.modal import OnceModalScreen


@dataclass(frozen=True)
class Answer:
    value: str
    label: str
    #: The single key that gives this answer.
    key: str
    variant: str = "default"


class ChoiceDialog(OnceModalScreen[str]):
    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="drafter.dialog-cancel")
    ]

    def __init__(
        self,
        title: str,
        message: str,
        answers: list[Answer],
        *,
        cancel: str,
        name: str,
        settle: float = 0.0,
    ) -> None:
        super().__init__(name=name)
        self.title_text = title
        self.message = message
        self.answers = answers
        self.cancel_value = cancel
        #: A question that comes up while the writer types: its keys work only once
        #: typing has paused this many seconds, so letters meant for the text (enter
        #: among them) never answer it unread.
        self.settle = settle
        self._settling: Timer | None = None
        self._last_key = 0.0
        if settle:
            self.AUTO_FOCUS = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self.title_text, id="dialog-title", markup=False)
            yield Static(self.message, id="dialog-message", markup=False)
            with Horizontal(id="dialog-buttons"):
                for answer in self.answers:
                    yield Button(
                        f"{answer.label} ({answer.key})",
                        id=f"answer-{answer.value}",
                        variant=answer.variant,  # type: ignore[arg-type]
                        compact=True,
                    )
            if self.settle:
                # Keys typed meanwhile are dropped: say so, or the dialog seems dead.
                yield Static(
                    "Keys answer once typing pauses (escape at any time).",
                    id="dialog-settling",
                    markup=False,
                )

    def on_mount(self) -> None:
        if self.settle:
            self._last_key = time.monotonic()
            self._settling = self.set_interval(0.1, self._settle)
        else:
            self.query_one(Button).focus()

    def _settle(self) -> None:
        # No button has the focus until then, so not even enter can press one.
        if self._settling is not None and time.monotonic() - self._last_key >= self.settle:
            self._settling.stop()
            self._settling = None
            self.query_one("#dialog-settling").display = False
            self.query_one(Button).focus()

    def on_key(self, event: events.Key) -> None:
        if self._settling is not None and event.key != "escape":
            # Escape, the safe answer, always works.
            event.stop()
            self._last_key = time.monotonic()
            return
        for answer in self.answers:
            if event.key == answer.key:
                event.stop()
                self.dismiss(answer.value)
                return

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("answer-"))

    def action_cancel(self) -> None:
        self.dismiss(self.cancel_value)
