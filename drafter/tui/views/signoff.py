"""The sign-off view: the workflow status and whose signatures still hold."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.widgets import Static

from drafter.dates import long_date
from drafter.model import Draft, Role
from drafter.store import content_hash, is_signed_off
from drafter.store.signing import signature_valid


def signoff_summary(draft: Draft) -> str:
    workflow = draft.workflow
    lines = [f"[b]Sign-off[/b]  status: {workflow.status.value}"]
    current = content_hash(draft)
    officers = {Role.COMMISSIONER: draft.response.commissioner, Role.CHIEF: draft.response.chief}
    for role, officer in officers.items():
        signoff = workflow.signoff(role)
        if signoff is None:
            lines.append(f"  {escape(officer.title)}: not signed")
        elif signature_valid(draft, signoff, current):
            lines.append(
                f"  {escape(officer.title)}: signed by {escape(signoff.name)} "
                f"on {long_date(signoff.date)}"
            )
        else:
            lines.append(
                f"  {escape(officer.title)}: [red]signature no longer holds[/red]: "
                f"{escape(signoff.name)} signed on {long_date(signoff.date)}, "
                "and the text has changed since"
            )
    if workflow.published:
        lines.append(f"  Published on {long_date(workflow.published)}")
    lines.append("")
    if is_signed_off(draft):
        lines.append("Both signatures hold: the rendered response carries no DRAFT marking.")
    else:
        lines.append(
            "Until both the commissioner and the chief officer sign this very text, "
            "every rendered output is marked DRAFT. Any edit after signing makes "
            "the signatures stale."
        )
    return "\n".join(lines)


class SignOffView(VerticalScroll):
    entry_id = "signoff"

    def __init__(self, draft: Draft, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft = draft

    def compose(self) -> ComposeResult:
        yield Static(id="signoff-summary")

    def show(self, draft: Draft) -> None:
        self.draft = draft
        self.query_one("#signoff-summary", Static).update(signoff_summary(draft))

    def long_text(self) -> None:
        return None
