"""Guarding the draft: read-only while another editor holds it, and a signed response.

Mixed into EditorScreen. A second editor on a draft opens it read-only (the first
holds it: drafter/store/lock.py): its boxes take no typing, its buttons are off, and
every command that would change the draft is refused up front with one message,
rather than letting the writer type work that can never be saved. The clock tries
to take the draft again; when the other editor closes, this one says so and the
draft becomes editable (reloaded first if the other saved a newer version).

The first change to text that holds a signature asks first: changing signed (or
published) text means both must sign again. "Leave it" puts the text back as it
was signed (SignatureWatch keeps a copy while signatures hold).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

from textual.widgets import Button, Checkbox, Input, Select, TextArea

from drafter.dates import long_date
from drafter.errors import DrafterError
from drafter.model import Draft, Role
from drafter.tui.views.base import FieldInput

if TYPE_CHECKING:
    from textual.widget import Widget

    from drafter.actions import correct
    from drafter.tui.editor_screen import EditorScreen

F = TypeVar("F", bound=Callable[..., Any])


def refused_when_read_only(action: F) -> F:
    """An editor command that changes the draft: refused, with the reason, while
    another editor holds it."""

    @wraps(action)
    def guarded(self: EditorScreen, *args: Any, **kwargs: Any) -> Any:
        if self.refuse_read_only():
            return None
        return action(self, *args, **kwargs)

    return guarded  # type: ignore[return-value]


def lock_widgets(root: Widget, locked: bool) -> None:
    """Make every box and button under ``root`` take no edits (or take them again).

    Text areas and the one-line boxes stay focusable, so the writer can still move
    through the text, scroll and copy; buttons, dropdowns and ticks are switched off.
    """
    for area in root.query(TextArea):
        area.read_only = locked
    for box in root.query(Input):
        if isinstance(box, FieldInput):
            box.read_only = locked
        else:
            box.disabled = locked
    for widget in root.query("Button, Select, Checkbox"):
        if isinstance(widget, Button | Select | Checkbox):
            widget.disabled = locked


#: The question about signed text comes up as the writer types: its keys answer only
#: after typing has paused this long (ChoiceDialog's settle).
SETTLE = 0.6


def signed_by(draft: Draft, roles: frozenset[Role]) -> str:
    """Who signed, as the question names them: "the Chief Constable (Kier Pritchard)"."""
    from drafter.workflow.signoff import officer_title

    names = []
    for role in Role:
        signed = draft.workflow.signoff(role)
        if role in roles and signed is not None:
            names.append(f"the {officer_title(draft, role)} ({signed.name})")
    return " and ".join(names)


def signed_question(draft: Draft, roles: frozenset[Role]) -> str:
    published = draft.workflow.published
    where = f", and published on {long_date(published)}" if published else ""
    again = "both must sign again" if len(roles) > 1 else "it must be signed again"
    return (
        f"This response is signed by {signed_by(draft, roles)}{where}. Changing it "
        f"means {again}, and until then every rendered copy is marked DRAFT."
    )


class Guarding:
    """Mixed into EditorScreen: the read-only editor, and the signed response."""

    #: The question about changing signed text is on screen.
    _asking_signed = False
    #: When typing into a read-only box last brought the reason up.
    _told_typing = -60.0

    # --- read-only while another editor holds the draft ---------------------------

    @property
    def read_only(self: EditorScreen) -> bool:
        return self.session.held_by is not None

    def read_only_reason(self: EditorScreen) -> str:
        return (
            f"{self.session.path.name} is open in another editor: {self.session.held_by}. "
            "Here it is read-only: nothing can be changed. drafter says when that editor "
            f"closes and the draft is yours to edit; or quit ({self.key_for('drafter.quit')}) "
            "and make the change in that editor."
        )

    def refuse_read_only(self: EditorScreen) -> bool:
        """True (and say why) when the draft cannot be changed here."""
        if not self.read_only:
            return False
        self.notify(self.read_only_reason(), title="Read-only", severity="warning", timeout=10)
        return True

    def typed_read_only(self: EditorScreen) -> None:
        """A key typed into a box that takes none: the reason, not at every key."""
        now = time.monotonic()
        if now - self._told_typing >= 10:
            self._told_typing = now
            self.refuse_read_only()

    def lock_view(self: EditorScreen, view: Widget) -> None:
        """A view just mounted: no edits in it while the editor is read-only."""
        if self.read_only:
            view.when_ready(lambda: lock_widgets(view, True))  # type: ignore[attr-defined]

    def look_for_release(self: EditorScreen) -> None:
        """At each tick while read-only: take the draft if the other editor has closed."""
        if not self.read_only or not self.session.take_hold():
            return
        for view in self.mounted_views():
            lock_widgets(view, False)
        self.refresh_status()
        name = self.session.path.name
        if self.session.changed_on_disk():
            try:
                self.session.reload()
            except DrafterError as error:
                self.notify(
                    f"The other editor has closed {name}, but it cannot be reloaded: "
                    f"{error}. Quit and fix the file before editing it.",
                    severity="error",
                    title="Not reloaded",
                    timeout=20,
                )
                return
            self.state.all_saved()
            self._show_state()
            self.load_draft()
            done = "reloaded it with their changes; you can edit it now"
        else:
            done = "you can edit it now"
        self.notify(f"The other editor has closed {name}: {done}.", title="Editable", timeout=15)

    # --- the first change to signed text ------------------------------------------

    def guard_signed(self: EditorScreen, was_dirty: bool) -> None:
        """After an edit: if it made a holding signature stale, ask (once) first."""
        watch = self.signatures
        if self._asking_signed or watch.signed is None:
            return
        if watch.after_edit(self.draft):
            self.query_one("#outline").redraw("signoff")  # type: ignore[attr-defined]
        signed, roles = watch.signed
        lost = roles - (watch.holding or frozenset())
        if not lost:
            return
        from drafter.tui.screens.choice import Answer, ChoiceDialog

        # A correction (or its undo) that made the change leaves the undo list with it.
        undo = self.corrections_before_edit()
        self._asking_signed = True
        self.app.push_screen(
            ChoiceDialog(
                "Change a signed response?",
                signed_question(signed, roles),
                [
                    Answer("leave", "Leave it", "l", "primary"),
                    Answer("change", "Change it", "c", "warning"),
                ],
                cancel="leave",
                name="signed-change",
                settle=SETTLE,
            ),
            lambda answer: self._signed_answered(signed, was_dirty, undo, answer),
        )

    def _signed_answered(
        self: EditorScreen,
        signed: Draft,
        was_dirty: bool,
        undo: list[correct.Snapshot],
        answer: str | None,
    ) -> None:
        self._asking_signed = False
        if answer == "change":
            self.signatures.signed = None
            self.notify(
                "Changing the signed text: it must be signed again (see Sign-off).",
                severity="warning",
                timeout=6,
            )
            return
        # Leave it: the draft as it was signed, every key typed since undone, and the
        # undo list as it was then (a correction left is not there to undo).
        self.put_back_corrections(undo, self.signatures.copied)
        self.session.draft = signed
        if not was_dirty:
            self.state.all_saved()
            self.session.forget_recovery()
        self.load_draft()
        self._show_state()
        self.notify("Left the signed text as it was.", timeout=4)
