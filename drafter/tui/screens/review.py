"""The review screen: every finding in order, with its decision, response, owner, target
and any problem, as a review page before sign-off. Enter opens the finding.

Each finding is one entry of two or three lines, so that the whole picture reads at
80x24 without a table wider than the terminal: the heading line (which finding, the
decision, owner and target), the first line of the response, and the problem
`drafter check` reports for it, if any.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from drafter.check import finding_problems
from drafter.dates import long_date
from drafter.model import Draft
from drafter.tracking import is_tracked, status_label
from drafter.tui.outline_model import decided_count, finding_label
from drafter.tui.screens.modal import OnceModalScreen

#: Characters of the response's first line shown; the rest is in the finding's view.
FIRST_LINE = 200


@dataclass(frozen=True)
class ReviewRow:
    """One finding as the review screen shows it."""

    index: int
    label: str
    decision: str
    response: str
    owner: str
    target: str
    problem: str
    #: Noted in a group, so its response is the group's statement.
    group: str = ""
    #: Once the response is published, where an action stands ("In progress").
    status: str = ""


def review_rows(draft: Draft, order: list[int]) -> list[ReviewRow]:
    """The findings in ``order`` (the outline's), each with what a reviewer checks."""
    rows = []
    published = draft.workflow.was_published
    for index in order:
        finding = draft.findings[index]
        first = next((line for line in finding.response.split("\n") if line.strip()), "")
        group = draft.grouped_as_noted(finding)
        problems = finding_problems(draft, index)
        rows.append(
            ReviewRow(
                index=index,
                label=finding_label(finding).split(" · ")[0],
                decision=finding.decision.label if finding.decision else "Undecided",
                response=first[:FIRST_LINE],
                owner=finding.owner,
                target=long_date(finding.target) if finding.target else "",
                problem="; ".join(p.message for p in problems),
                group=group.addressee if group is not None else "",
                status=status_label(finding) if published and is_tracked(draft, finding) else "",
            )
        )
    return rows


def prompt(row: ReviewRow) -> Table:
    """The finding's label in its own column, what a reviewer checks beside it.

    The response shows its first line, cut to the width; the heading and any
    problem wrap, under their own column rather than under the label.
    """
    heading = Text(row.decision, style="dim" if row.decision == "Undecided" else "")
    if row.owner:
        heading.append(f" · owner {row.owner}")
    if row.target:
        heading.append(f" · target {row.target}")
    if row.status:
        heading.append(f" · {row.status.lower()}")
    if row.response:
        response = Text(row.response, no_wrap=True, overflow="ellipsis")
    elif row.group:
        response = Text(f"(noted with the group to {row.group})", style="dim")
    else:
        response = Text("(no response yet)", style="dim")
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(width=6, no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text(row.label, style="bold"), heading)
    grid.add_row("", response)
    if row.problem:
        grid.add_row("", Text(f"✗ {row.problem}", style="red"))
    return grid


class ReviewScreen(OnceModalScreen[str | None]):
    """Dismisses with the outline entry of the chosen finding, or None."""

    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="drafter.review-close"),
    ]

    def __init__(self, draft: Draft, order: list[int]) -> None:
        super().__init__(name="review")
        self.rows = review_rows(draft, order)
        decided, total = decided_count(draft)
        problems = sum(1 for r in self.rows if r.problem)
        tail = f"{problems} with a problem" if problems else "no problems"
        self.summary = f"Review: {decided} of {total} findings decided · {tail}"

    def compose(self) -> ComposeResult:
        with Vertical(id="review"):
            yield Static(self.summary, id="review-title", markup=False)
            if self.rows:
                yield OptionList(
                    *[Option(prompt(r), id=f"finding:{r.index}") for r in self.rows],
                    id="review-list",
                )
            else:
                yield Static("This draft has no findings yet.", id="review-empty")
            yield Static("enter opens the finding · escape closes", classes="hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        self.dismiss(None)
