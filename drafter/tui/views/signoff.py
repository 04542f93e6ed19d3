"""The sign-off view: the workflow status, whose signatures still hold, and signing.

Whether a signature is valid, stale or missing comes from drafter.workflow.signoff,
the same rules `drafter sign`, `drafter check` and `drafter status` use.
"""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.markup import escape
from textual.message import Message
from textual.widgets import Button, Static

from drafter.dates import long_date
from drafter.model import Draft, Role, Status
from drafter.tui.views.base import ShownWhenReady
from drafter.workflow.signoff import SignatureState, officer, signoff_summary, unsigned_reason


def signature_line(state: SignatureState) -> str:
    """One signatory's line, in Textual markup."""
    title = escape(state.title)
    signoff = state.signoff
    if signoff is None:
        return f"  {title}: not signed"
    who = f"{escape(signoff.name)} on {long_date(signoff.date)}"
    if state.state == "valid":
        return f"  {title}: [green]signed[/green] by {who}; the signature holds"
    return (
        f"  {title}: [red]signature no longer holds[/red]: {who}, "
        "and the text has changed since; sign again"
    )


def signoff_text(draft: Draft) -> str:
    workflow = draft.workflow
    states = signoff_summary(draft)
    from drafter.store import settled_status

    status = settled_status(draft)
    lines = [f"[b]Sign-off[/b]  status: {status.value}"]
    lines += [signature_line(s) for s in states]
    if workflow.published:
        lines.append(f"  Published on {long_date(workflow.published)}")
        if status is Status.SIGNED_OFF:
            lines.append(
                "  Changed since and signed by both again: publish it again "
                "(drafter publish); the first publication date stays on record."
            )
        elif status is not Status.PUBLISHED:
            lines.append(
                "  [red]Changed since it was published[/red]: in review until both "
                "sign again, then publish it again (drafter publish)."
            )
    for withdrawal in workflow.withdrawn:
        signed = withdrawal.signoff
        lines.append(
            f"  [dim]Withdrawn on {long_date(withdrawal.withdrawn)}: the signature of the "
            f"{escape(officer(draft, signed.role).title)} by {escape(signed.name)} "
            f"given on {long_date(signed.date)}[/dim]"
        )
    lines.append("")
    if all(s.state == "valid" for s in states):
        lines.append("Both signatures hold: the rendered response carries no DRAFT marking.")
    else:
        lines.append(f"Still needed: {escape(unsigned_reason(draft, partial(_sign_hint, draft)))}.")
        lines.append(
            "Until both the commissioner and the chief officer sign this very text, "
            "every rendered output is marked DRAFT. Any edit after signing makes "
            "the signatures stale."
        )
    return "\n".join(lines)


def _sign_hint(draft: Draft, role: str) -> str:
    """How to sign for ``role`` in the editor: the button below the summary."""
    return f"press Sign as {officer(draft, Role(role)).title}… below"


class SignOffView(ShownWhenReady, VerticalScroll):
    entry_id = "signoff"

    class SignRequested(Message):
        """The writer asked to record a signature for ``role`` (a Role's value)."""

        def __init__(self, role: str) -> None:
            super().__init__()
            self.role = role

    class WithdrawRequested(Message):
        """The writer asked to withdraw ``role``'s signature (a Role's value)."""

        def __init__(self, role: str) -> None:
            super().__init__()
            self.role = role

    def __init__(self, draft: Draft, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft = draft

    def compose(self) -> ComposeResult:
        yield Static(id="signoff-summary")
        with Horizontal(id="signoff-buttons"):
            yield Button("Sign as commissioner…", id="sign-commissioner", compact=True)
            yield Button("Sign as chief officer…", id="sign-chief", compact=True)
        with Horizontal(id="withdraw-buttons"):
            yield Button("Withdraw commissioner's…", id="withdraw-commissioner", compact=True)
            yield Button("Withdraw chief officer's…", id="withdraw-chief", compact=True)

    def show(self, draft: Draft) -> None:
        self.draft = draft
        self.query_one("#signoff-summary", Static).update(signoff_text(draft))
        response = draft.response
        for role, holder in (
            (Role.COMMISSIONER, response.commissioner),
            (Role.CHIEF, response.chief),
        ):
            self.query_one(f"#sign-{role.value}", Button).label = f"Sign as {holder.title}…"
            withdraw = self.query_one(f"#withdraw-{role.value}", Button)
            withdraw.display = draft.workflow.signoff(role) is not None
        # A published response's signatures are part of the record: not withdrawn.
        self.query_one("#withdraw-buttons").display = bool(draft.workflow.signoffs) and (
            draft.workflow.status is not Status.PUBLISHED
        )

    def long_text(self) -> None:
        return None

    def focus_target(self) -> Button:
        return self.query_one("#sign-commissioner", Button)

    @on(Button.Pressed, "#signoff-buttons Button")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.SignRequested((event.button.id or "").removeprefix("sign-")))

    @on(Button.Pressed, "#withdraw-buttons Button")
    def _withdraw_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        role = (event.button.id or "").removeprefix("withdraw-")
        self.post_message(self.WithdrawRequested(role))
