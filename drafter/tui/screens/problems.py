"""The check inside the editor: what stands before sign-off; choosing one goes to it."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from drafter.check import Problem, Readiness


def entry_for_problem(problem: Problem) -> str:
    """The outline entry where a problem can be put right."""
    if problem.finding is not None:
        return f"finding:{problem.finding}"
    field = problem.field
    if field.startswith("response.commissioner"):
        return "comments:commissioner"
    if field.startswith("response.chief"):
        return "comments:chief"
    if field.startswith("noted["):
        return f"noted:{field[len('noted[') : field.index(']')]}"
    return "details"


class ProblemsScreen(ModalScreen[str | None]):
    """Dismisses with the outline entry id of the chosen problem, or None."""

    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="drafter.problems-close")
    ]

    def __init__(self, readiness: Readiness) -> None:
        super().__init__()
        self.readiness = readiness

    def compose(self) -> ComposeResult:
        problems = self.readiness.problems
        with Vertical(id="problems"):
            if problems:
                count = len(problems)
                title = f"Not ready for sign-off: {count} problem{'s' if count != 1 else ''}"
            else:
                title = "Ready for sign-off: no problems"
            yield Static(title, id="problems-title", markup=False)
            yield Static(self.readiness.deadline, id="problems-deadline", markup=False)
            yield OptionList(
                *[Option(p.message, id=f"problem-{i}") for i, p in enumerate(problems)],
                id="problems-list",
            )
            yield Static("enter goes to the problem · escape closes", classes="hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        index = int((event.option.id or "problem-0").removeprefix("problem-"))
        self.dismiss(entry_for_problem(self.readiness.problems[index]))

    def action_close(self) -> None:
        self.dismiss(None)
