"""The sign-off form: who signs (role and name) and when; refused while the draft is unready.

The role is chosen with the keyboard (up and down, or c and h) and shown in the
title; the name is filled from that office's holder in the draft. A name other
than the holder's, or one name for both roles, is asked about before it is
recorded. Signing goes through drafter.workflow.signoff, the rules `drafter sign`
follows, so the editor and the command accept and refuse exactly the same drafts.
A signed draft is saved at once: a signature is a deliberate act, not an edit to
autosave. Once both have signed, the editor offers to render the final Word and PDF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from drafter.dates import long_date
from drafter.errors import NoSigner, NotReady, NotReadyToSign
from drafter.model import Draft, Role
from drafter.tui.screens.choice import Answer, ChoiceDialog
from drafter.tui.screens.modal import OnceModalScreen
from drafter.tui.views.base import DateValidator, optional_date
from drafter.workflow.signoff import doubts, officer, sign, withdraw

if TYPE_CHECKING:
    from drafter.tui.editor_screen import EditorScreen


class SignScreen(OnceModalScreen[Draft | None]):
    """Dismisses with the signed draft, or None when cancelled."""

    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="drafter.sign-cancel"),
    ]

    def __init__(self, draft: Draft, today: dt.date, role: Role = Role.COMMISSIONER) -> None:
        super().__init__(name="sign")
        self.draft = draft
        self.today = today
        self.role = role

    def compose(self) -> ComposeResult:
        response = self.draft.response
        with Vertical(id="sign"):
            yield Static(id="sign-title", markup=False)
            yield Static(
                "The signature vouches for the text as it stands now; any later edit "
                "makes it stale until they sign again. ↑ ↓ choose who signs, enter goes "
                "to the name.",
                classes="hint",
            )
            options = []
            for role, holder in (
                (Role.COMMISSIONER, response.commissioner),
                (Role.CHIEF, response.chief),
            ):
                named = f" ({holder.name})" if holder.name.strip() else " (no name in the draft)"
                options.append(Option(holder.title + named, id=f"sign-role-{role}"))
            # The highlighted line is the role: arrows change it, no second key to press.
            yield OptionList(*options, id="sign-role")
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
        roles = self.query_one("#sign-role", OptionList)
        roles.highlighted = list(Role).index(self.role)
        self._show_role()
        # The role first: who signs is the choice that must not be got wrong.
        roles.focus()

    def _show_role(self) -> None:
        title = officer(self.draft, self.role).title
        self.query_one("#sign-title", Static).update(f"Record a signature for the {title}")

    @on(OptionList.OptionHighlighted, "#sign-role")
    def _role_changed(self, event: OptionList.OptionHighlighted) -> None:
        role = Role((event.option.id or "").removeprefix("sign-role-"))
        if role is self.role:
            return
        self.role = role
        self._show_role()
        # The name box follows the role unless the writer has typed another name.
        names = {officer(self.draft, r).name for r in Role}
        box = self.query_one("#sign-name", Input)
        if box.value in names or not box.value.strip():
            box.value = officer(self.draft, self.role).name

    @on(OptionList.OptionSelected, "#sign-role")
    def _role_chosen(self) -> None:
        self.query_one("#sign-name", Input).focus()

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
            signed = sign(self.draft, self.role, name, date, today=self.today)
        except NotReady as exc:
            error.update(f"Not signed: {_worded(exc)}")
            return
        found = doubts(self.draft, self.role, name)
        if not found:
            self.dismiss(signed)
            return

        def answered(answer: str | None) -> None:
            if answer == "sign":
                self.dismiss(signed)
            else:
                self.query_one("#sign-name", Input).focus()

        title = officer(self.draft, self.role).title
        self.app.push_screen(
            ChoiceDialog(
                f"Sign for the {title} as {signed.workflow.signoff(self.role).name}?",  # type: ignore[union-attr]
                "\n".join(d.message for d in found),
                [
                    Answer("sign", "Sign all the same", "y", "warning"),
                    Answer("back", "Go back", "n"),
                ],
                cancel="back",
                name="sign-doubt",
            ),
            answered,
        )

    @on(Button.Pressed, "#sign-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def open_sign_form(editor: EditorScreen, role: str | None) -> None:
    """Ask who signs; record it in the open draft and save at once."""

    def signed(draft: Draft | None) -> None:
        if draft is None:
            return
        editor.session.draft = draft
        editor.load_draft()
        editor.mark_edited()
        [signature] = [s for s in draft.workflow.signoffs if s.role is screen.role]
        title = officer(draft, screen.role).title
        if not editor.save_now():
            return
        editor.notify(
            f"Signed for the {title} by {signature.name} on {long_date(signature.date)}; "
            f"status: {draft.workflow.status.value}.",
            title="Signed",
        )
        if all(draft.workflow.signoff(r) is not None for r in Role):
            offer_final_render(editor)

    screen = SignScreen(
        editor.draft, editor.today, Role(role) if role else _first_unsigned(editor.draft)
    )
    editor.app.push_screen(screen, signed)


def _first_unsigned(draft: Draft) -> Role:
    """The role the form starts on: the first still to sign, else the commissioner."""
    return next((r for r in Role if draft.workflow.signoff(r) is None), Role.COMMISSIONER)


def offer_final_render(editor: EditorScreen) -> None:
    """Both have signed this text: offer the final Word and PDF, without DRAFT marks."""
    from drafter.store import is_signed_off
    from drafter.tui.rendering import render_to_file, target_for

    if not is_signed_off(editor.draft):
        return
    path = editor.session.path

    def answered(answer: str | None) -> None:
        if answer == "render":
            for fmt in ("docx", "pdf"):
                render_to_file(editor.app, fmt)  # type: ignore[arg-type]

    editor.app.push_screen(
        ChoiceDialog(
            "Signed off by both",
            "Both signatures hold for this text: the rendered response carries no DRAFT "
            f"marking. Render the final Word and PDF now ({target_for(path, 'docx').name} "
            f"and {target_for(path, 'pdf').name})?",
            [Answer("render", "Render", "r", "primary"), Answer("later", "Later", "l")],
            cancel="later",
            name="final-render",
        ),
        answered,
    )


def open_withdraw(editor: EditorScreen, role: Role) -> None:
    """Ask, then withdraw ``role``'s signature (kept in the history) and save at once."""
    draft = editor.draft
    signed = draft.workflow.signoff(role)
    title = officer(draft, role).title
    if signed is None:
        editor.notify(f"The {title} has not signed: nothing to withdraw.", severity="warning")
        return

    def answered(answer: str | None) -> None:
        if answer != "withdraw":
            return
        try:
            changed = withdraw(editor.draft, role, max(editor.today, signed.date))
        except NotReady as error:
            editor.notify(error.message, severity="error", title="Not withdrawn")
            return
        editor.session.draft = changed
        editor.load_draft()
        editor.mark_edited()
        if editor.save_now():
            editor.notify(
                f"Withdrew the signature of the {title} ({signed.name}); the history keeps it. "
                f"Status: {changed.workflow.status.value}.",
                title="Signature withdrawn",
            )

    editor.app.push_screen(
        ChoiceDialog(
            f"Withdraw the {title}'s signature?",
            f"{signed.name} signed on {long_date(signed.date)}. Withdrawing takes the "
            "signature off the draft and records the withdrawal in its history.",
            [Answer("withdraw", "Withdraw", "w", "error"), Answer("keep", "Keep it", "k")],
            cancel="keep",
            name="withdraw",
        ),
        answered,
    )


def _worded(error: NotReady) -> str:
    """A refusal to sign as the form tells it: hints name its boxes and keys."""
    match error:
        case NoSigner():
            return f"{error.message}; type it in the Name box"
        case NotReadyToSign(head=head, listed=listed):
            return f"{head} (F4 lists them):{listed}"
    return error.message
