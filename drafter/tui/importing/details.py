"""The last step of an import: the new draft's file name and the response's details.

The same form as an empty new draft (the picker's), with the report's title and
date filled in from the import; the draft is written by drafter.actions.new, as by
`drafter new`: atomically and never over a file that exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, Input, Static

from drafter.errors import DrafterError
from drafter.model import Finding
from drafter.tui.new_draft import NewDraftForm, create_draft
from drafter.tui.screens.modal import OnceModalScreen


class DetailsScreen(OnceModalScreen[Path]):
    CSS_PATH = Path(__file__).with_name("details.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Back to the findings", id="drafter.dialog-cancel")
    ]

    def __init__(
        self, folder: Path, findings: list[Finding], *, title: str, published: str
    ) -> None:
        super().__init__()
        self.folder = folder
        self.findings = findings
        self.values = {"title": title, "published": published}

    def compose(self) -> ComposeResult:
        with Vertical(id="details-dialog"):
            yield Static(
                f"Create the draft with these {len(self.findings)} findings",
                id="details-title",
                markup=False,
            )
            yield NewDraftForm(self.values, id="details-form", classes="-shown")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#new-name", Input).focus()

    @on(NewDraftForm.Submitted, "#details-form")
    def _create(self, event: NewDraftForm.Submitted) -> None:
        try:
            path = create_draft(self.folder, **event.values, findings=self.findings)
        except DrafterError as error:
            event.control.show_error(str(error))
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
