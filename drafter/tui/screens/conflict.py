"""Merge conflicts in the editor: the list of them, and one shown side by side to resolve.

A conflict is a field two versions changed differently (drafter merge, or the
editor's own Merge of unsaved edits with a changed file). The draft holds one
version; the screen shows both, and the text before either changed, and lets the
writer keep one, take the other, or combine them in an editable result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from drafter.model import Conflict
from drafter.tui.screens.modal import OnceModalScreen
from drafter.tui.text_box import TextBox

CSS = Path(__file__).with_suffix(".tcss")


@dataclass(frozen=True)
class Sides:
    """How the two versions are named where the conflict came from."""

    ours: str = "This draft"
    theirs: str = "The other version"


#: A conflict left by git (drafter merge): ours is the branch merged into.
GIT_SIDES = Sides("This branch", "The branch merged in")
#: A conflict from the editor's Merge: ours are the unsaved edits.
DISK_SIDES = Sides("Your edits", "The file on disk")


@dataclass(frozen=True)
class Resolution:
    """What the writer chose: a value for the field, or (for a removed finding) keep or not."""

    value: Any = None
    keep: bool | None = None


def shown(value: Any) -> str:
    """A version as the writer reads it."""
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return f"{value.day} {value:%B %Y}"
    if isinstance(value, StrEnum):
        return getattr(value, "label", value.value)
    if isinstance(value, list):
        return "\n".join(value)
    return str(value)


class ConflictScreen(OnceModalScreen[Resolution | None]):
    """One conflict: both versions side by side; dismisses with the choice, or None."""

    CSS_PATH = CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "later", "Later", id="drafter.conflict-later"),
        # Control keys, not alt+digit: terminals send alt+digit in too many ways, and
        # letters would type into the result.
        Binding("ctrl+o", "ours", "First version", id="drafter.conflict-ours", priority=True),
        Binding("ctrl+t", "theirs", "Second version", id="drafter.conflict-theirs", priority=True),
        Binding("ctrl+s", "result", "Use result", id="drafter.conflict-result", priority=True),
    ]

    def __init__(self, conflict: Conflict, current: Any, sides: Sides = GIT_SIDES) -> None:
        super().__init__()
        self.conflict = conflict
        #: What the field holds now: ours, unless edited since the merge.
        self.current = current
        self.sides = sides
        self.removed = not conflict.field
        #: Text fields can be combined in the result box; a date or a decision cannot
        #: (a Decision is a str too, so it is named: typed text is no decision).
        value = current if current is not None else conflict.ours
        self.combinable = isinstance(value, str) and not isinstance(value, Enum)

    def compose(self) -> ComposeResult:
        conflict = self.conflict
        with Vertical(id="conflict"):
            yield Static(f"Merge conflict: {conflict.title}", id="conflict-title", markup=False)
            if self.removed:
                yield from self._compose_removed()
                return
            yield Static(
                "Both versions changed this differently. Keep one, take the other, or "
                "combine them in the result below.",
                id="conflict-help",
                markup=False,
            )
            with Horizontal(id="conflict-versions"):
                for side, label, value in (
                    ("ours", self.sides.ours, conflict.ours),
                    ("theirs", self.sides.theirs, conflict.theirs),
                ):
                    with Vertical(classes="conflict-version"):
                        yield Static(label, classes="conflict-label", markup=False)
                        yield TextBox(
                            shown(value), id=f"conflict-{side}", read_only=True, soft_wrap=True
                        )
            yield Static(
                f"Before either changed it: {shown(conflict.base)}",
                id="conflict-base",
                markup=False,
            )
            if self.combinable:
                yield Static("Result (edit it to combine them):", classes="conflict-label")
                yield TextBox(str(self.current or ""), id="conflict-result", soft_wrap=True)
            with Horizontal(id="conflict-buttons"):
                yield Button(f"{self.sides.ours} (ctrl+o)", id="conflict-keep-ours", compact=True)
                yield Button(
                    f"{self.sides.theirs} (ctrl+t)", id="conflict-take-theirs", compact=True
                )
                if self.combinable:
                    yield Button(
                        "Use the result (ctrl+s)",
                        id="conflict-use-result",
                        variant="primary",
                        compact=True,
                    )
                yield Button("Later (escape)", id="conflict-later", compact=True)

    def _compose_removed(self) -> ComposeResult:
        gone = self.sides.theirs if self.conflict.removed == "theirs" else self.sides.ours
        kept = self.sides.ours if self.conflict.removed == "theirs" else self.sides.theirs
        yield Static(
            f"{gone} removed it; {kept.lower()} changed it, so it is kept for now. "
            "Keep it, or remove it?",
            id="conflict-help",
            markup=False,
        )
        with Horizontal(id="conflict-buttons"):
            yield Button("Keep it (ctrl+o)", id="conflict-keep", variant="primary", compact=True)
            yield Button("Remove it (ctrl+t)", id="conflict-remove", compact=True)
            yield Button("Later (escape)", id="conflict-later", compact=True)

    def on_mount(self) -> None:
        if self.combinable and not self.removed:
            self.query_one("#conflict-result", TextArea).focus()
        else:
            self.query_one(Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        actions = {
            "conflict-keep-ours": self.action_ours,
            "conflict-take-theirs": self.action_theirs,
            "conflict-use-result": self.action_result,
            "conflict-keep": self.action_ours,
            "conflict-remove": self.action_theirs,
            "conflict-later": self.action_later,
        }
        actions[event.button.id or "conflict-later"]()

    def action_ours(self) -> None:
        if self.removed:
            self.dismiss(Resolution(keep=True))
        else:
            self.dismiss(Resolution(value=self.conflict.ours))

    def action_theirs(self) -> None:
        if self.removed:
            self.dismiss(Resolution(keep=False))
        else:
            self.dismiss(Resolution(value=self.conflict.theirs))

    def action_result(self) -> None:
        if self.removed or not self.combinable:
            return
        self.dismiss(Resolution(value=self.query_one("#conflict-result", TextArea).text))

    def action_later(self) -> None:
        self.dismiss(None)


class ConflictsScreen(OnceModalScreen[int | None]):
    """Every unresolved conflict; dismisses with the index of the chosen one, or None."""

    CSS_PATH = CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="drafter.conflicts-close")
    ]

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__()
        self.conflicts = list(conflicts)

    def compose(self) -> ComposeResult:
        count = len(self.conflicts)
        with Vertical(id="conflicts"):
            if count:
                title = f"Merge conflicts: {count} to resolve before sign-off"
            else:
                title = "No merge conflicts"
            yield Static(title, id="conflicts-title", markup=False)
            yield OptionList(
                *[Option(c.title, id=f"conflict-{i}") for i, c in enumerate(self.conflicts)],
                id="conflicts-list",
            )
            yield Static("enter shows both versions · escape closes", classes="hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int((event.option.id or "conflict-0").removeprefix("conflict-")))

    def action_close(self) -> None:
        self.dismiss(None)
