"""The sign-off form: who signs (role and name) and when; refused while the draft is unready.

Signing goes through drafter.workflow.signoff.sign, the function `drafter sign` calls,
so the editor and the command accept and refuse exactly the same drafts. A signed
draft is saved at once: a signature is a deliberate act, not an edit to autosave.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from drafter.dates import long_date
from drafter.errors import NotReady
from drafter.model import Draft, Role
from drafter.tui.views.base import DateValidator, optional_date
from drafter.workflow.signoff import officer, sign

if TYPE_CHECKING:
    from drafter.tui.app import DrafterApp


class SignScreen(ModalScreen[Draft | None]):
    """Dismisses with the signed draft, or None when cancelled."""

    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="drafter.sign-cancel")
    ]

    def __init__(self, draft: Draft, today: dt.date, role: Role = Role.COMMISSIONER) -> None:
        super().__init__(name="sign")
        self.draft = draft
        self.today = today
        self.role = role

    def compose(self) -> ComposeResult:
        response = self.draft.response
        with Vertical(id="sign"):
            yield Static("Record a signature", id="sign-title")
            yield Static(
                "The signature vouches for the text as it stands now; any later edit "
                "makes it stale until they sign again.",
                classes="hint",
            )
            with RadioSet(id="sign-role"):
                for role, holder in (
                    (Role.COMMISSIONER, response.commissioner),
                    (Role.CHIEF, response.chief),
                ):
                    yield RadioButton(holder.title, value=role is self.role, id=f"sign-role-{role}")
            with Horizontal(classes="detail-row"):
                yield Label("Name", classes="detail-label")
                yield Input(officer(self.draft, self.role).name, id="sign-name", compact=True)
            with Horizontal(classes="detail-row"):
                yield Label("Date", classes="detail-label")
                yield Input(
                    self.today.isoformat(),
                    id="sign-date",
                    compact=True,
                    validators=[DateValidator()],
                )
            with VerticalScroll(id="sign-error-scroll"):
                yield Static("", id="sign-error", classes="error", markup=False)
            with Horizontal(id="sign-buttons"):
                yield Button("Sign", id="sign-confirm", variant="primary", compact=True)
                yield Button("Cancel", id="sign-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#sign-name", Input).focus()

    @on(RadioSet.Changed, "#sign-role")
    def _role_changed(self, event: RadioSet.Changed) -> None:
        self.role = Role((event.pressed.id or "").removeprefix("sign-role-"))
        # The name box follows the role unless the writer has typed another name.
        names = {officer(self.draft, r).name for r in Role}
        box = self.query_one("#sign-name", Input)
        if box.value in names or not box.value.strip():
            box.value = officer(self.draft, self.role).name

    @on(Button.Pressed, "#sign-confirm")
    @on(Input.Submitted, "#sign Input")
    def action_sign(self) -> None:
        error = self.query_one("#sign-error", Static)
        date_text = self.query_one("#sign-date", Input).value
        try:
            date = optional_date(date_text) or self.today
        except ValueError as exc:
            error.update(f"Date: {exc}")
            return
        name = self.query_one("#sign-name", Input).value
        try:
            signed = sign(self.draft, self.role, name, date)
        except NotReady as exc:
            error.update(f"Not signed: {exc}")
            return
        self.dismiss(signed)

    @on(Button.Pressed, "#sign-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def open_sign_form(app: DrafterApp, role: str | None) -> None:
    """Ask who signs; record it in the open draft and save at once."""

    def signed(draft: Draft | None) -> None:
        if draft is None:
            return
        app.session.draft = draft
        app.load_draft()
        app.mark_edited()
        [signature] = [s for s in draft.workflow.signoffs if s.role is screen.role]
        title = officer(draft, screen.role).title
        if app.save_now():
            app.notify(
                f"Signed for the {title} by {signature.name} on {long_date(signature.date)}; "
                f"status: {draft.workflow.status.value}.",
                title="Signed",
            )

    screen = SignScreen(app.draft, app.today, Role(role) if role else Role.COMMISSIONER)
    app.push_screen(screen, signed)
