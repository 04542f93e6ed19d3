"""A question with a few answers, one key each (quit, reload, recovery...)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
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
        self, title: str, message: str, answers: list[Answer], *, cancel: str, name: str
    ) -> None:
        super().__init__(name=name)
        self.title_text = title
        self.message = message
        self.answers = answers
        self.cancel_value = cancel

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

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_key(self, event: events.Key) -> None:
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
