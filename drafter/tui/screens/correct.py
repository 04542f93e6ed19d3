"""Forms that correct what an import got wrong: a finding's fields, and a noted group.

The finding form edits HMICFRS's number, the kind, the cause of concern, the
addressee, the deadline and the text, and can count the finding in a noted group;
it also adds a finding and removes one. The group form renames a group or merges
it into another. They only collect the writer's answer: the change itself is
drafter.actions.correct's, which the app applies and can undo (alt+z).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from drafter.actions.correct import FindingFields
from drafter.model import Draft, FindingKind
from drafter.tui.screens.modal import OnceModalScreen
from drafter.tui.text_box import TextBox


@dataclass(frozen=True)
class FindingAnswer:
    """The finding form's answer: new fields, where it is counted, or its removal."""

    values: FindingFields | None
    #: The noted group to count it in (an index), or None to leave it where it is.
    group: int | None = None
    remove: bool = False


@dataclass(frozen=True)
class GroupAnswer:
    """The group form's answer: a new name, or the group to merge this one into."""

    rename: str | None = None
    merge_into: int | None = None


NO_GROUP = -1


class AnswerChecked:
    """A form that asks the app whether its answer would be refused before closing.

    ``refusal`` (set by the app) tries the change on a copy of the draft and gives
    the reason it is refused, or None; a refused answer stays in the form, with the
    reason, so nothing typed is lost.
    """

    refusal: Callable[[Any], str | None] | None = None

    def _answer(self, answer: Any) -> None:
        reason = self.refusal(answer) if self.refusal is not None else None
        if reason:
            self.query_one("#correct-error", Static).update(reason)  # type: ignore[attr-defined]
            return
        self.dismiss(answer)  # type: ignore[attr-defined]


class CorrectFindingScreen(AnswerChecked, OnceModalScreen[FindingAnswer | None]):
    """Correct finding ``index``, or add one when ``index`` is None."""

    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="drafter.correct-cancel"),
    ]

    def __init__(self, draft: Draft, index: int | None) -> None:
        super().__init__(name="correct-finding")
        self.draft = draft
        self.index = index

    def compose(self) -> ComposeResult:
        finding = self.draft.findings[self.index] if self.index is not None else None
        title = f"Correct {finding.title}" if finding else "Add a finding"
        group_choices = [("(not in a noted group)", NO_GROUP)] + [
            (f"noted with the group to {g.addressee}", i)
            for i, g in enumerate(self.draft.response.noted)
        ]
        current = self.draft.grouped_as_noted(finding) if finding else None
        with Vertical(id="correct"):
            yield Static(title, id="correct-title", markup=False)
            with Horizontal(classes="correct-row"):
                yield Label("Kind", classes="correct-label")
                yield Select(
                    [(k.label, k) for k in FindingKind],
                    value=finding.kind if finding else FindingKind.RECOMMENDATION,
                    allow_blank=False,
                    id="correct-kind",
                    compact=True,
                )
                yield Label("Number", classes="correct-label")
                yield Input(finding.number if finding else "", id="correct-number", compact=True)
            for label, name, hint in (
                ("Cause", "cause", "the cause of concern's number, for its recommendations"),
                ("To", "addressee", "the body asked to act"),
                ("Deadline", "deadline", "as the text names it: 31 March 2027, within six months"),
            ):
                with Horizontal(classes="correct-row"):
                    yield Label(label, classes="correct-label")
                    yield Input(
                        getattr(finding, name) if finding else "",
                        id=f"correct-{name}",
                        placeholder=hint,
                        compact=True,
                    )
            with Horizontal(classes="correct-row"):
                yield Label("Group", classes="correct-label")
                yield Select(
                    group_choices,
                    value=self.draft.response.noted.index(current) if current else NO_GROUP,
                    allow_blank=False,
                    id="correct-group",
                    compact=True,
                )
            yield Label("Text, as the report gives it", classes="correct-label-wide")
            yield TextBox(
                finding.text if finding else "",
                id="correct-text",
                soft_wrap=True,
                tab_behavior="focus",
                show_line_numbers=False,
            )
            yield Static("", id="correct-error", classes="error", markup=False)
            with Horizontal(id="correct-buttons"):
                yield Button("Save", id="correct-save", variant="primary", compact=True)
                if finding is not None:
                    yield Button("Remove this finding", id="correct-remove", compact=True)
                yield Button("Cancel", id="correct-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#correct-number", Input).focus()

    def values(self) -> FindingFields:
        kind = self.query_one("#correct-kind", Select).value
        return FindingFields(
            kind=kind if isinstance(kind, FindingKind) else FindingKind.RECOMMENDATION,
            number=self.query_one("#correct-number", Input).value,
            text=self.query_one("#correct-text", TextArea).text,
            addressee=self.query_one("#correct-addressee", Input).value,
            deadline=self.query_one("#correct-deadline", Input).value,
            cause=self.query_one("#correct-cause", Input).value,
        )

    @on(Button.Pressed, "#correct-save")
    @on(Input.Submitted, "#correct Input")
    def action_save(self) -> None:
        group = self.query_one("#correct-group", Select).value
        current = (
            self.draft.grouped_as_noted(self.draft.findings[self.index])
            if self.index is not None
            else None
        )
        chosen = group if isinstance(group, int) and group != NO_GROUP else None
        moved = chosen is not None and (
            current is None or self.draft.response.noted.index(current) != chosen
        )
        self._answer(FindingAnswer(self.values(), group=chosen if moved else None))

    @on(Button.Pressed, "#correct-remove")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        self._answer(FindingAnswer(None, remove=True))

    @on(Button.Pressed, "#correct-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class CorrectGroupScreen(AnswerChecked, OnceModalScreen[GroupAnswer | None]):
    """Rename noted group ``index``, or merge it into another."""

    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="drafter.correct-cancel"),
    ]

    def __init__(self, draft: Draft, index: int) -> None:
        super().__init__(name="correct-group")
        self.draft = draft
        self.index = index

    def compose(self) -> ComposeResult:
        group = self.draft.response.noted[self.index]
        others = [(i, g) for i, g in enumerate(self.draft.response.noted) if i != self.index]
        with Vertical(id="correct"):
            yield Static(f"The noted group to {group.addressee}", id="correct-title", markup=False)
            yield Static(
                "Renaming the group renames the addressee of the findings it counts.",
                classes="hint",
            )
            with Horizontal(classes="correct-row"):
                yield Label("Name", classes="correct-label")
                yield Input(group.addressee, id="group-name", compact=True)
            if others:
                yield Label("Or merge it into (enter):", classes="correct-label-wide")
                yield OptionList(
                    *[Option(f"the group to {g.addressee}", id=f"merge-{i}") for i, g in others],
                    id="group-merge",
                )
            yield Static("", id="correct-error", classes="error", markup=False)
            with Horizontal(id="correct-buttons"):
                yield Button("Rename", id="correct-save", variant="primary", compact=True)
                yield Button("Cancel", id="correct-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#group-name", Input).focus()

    @on(Button.Pressed, "#correct-save")
    @on(Input.Submitted, "#group-name")
    def action_save(self) -> None:
        self._answer(GroupAnswer(rename=self.query_one("#group-name", Input).value))

    @on(OptionList.OptionSelected, "#group-merge")
    def _merge(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._answer(GroupAnswer(merge_into=int((event.option.id or "").removeprefix("merge-"))))

    @on(Button.Pressed, "#correct-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
