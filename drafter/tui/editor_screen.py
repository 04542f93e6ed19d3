"""The editor's screen: outline on the left, the chosen part of the response on the right.

The screen owns its widgets, its keys and its layout; the app (app.py) only holds
what every screen shares (the open session, today's date, the settings). The views
edit the model in place and post DraftEdited, which marks the draft dirty, redraws
the outline entry and schedules the recovery file, the autosave and the preview.

The screen's state is reactive, and its watchers keep the screen in step: ``dirty``
and ``conflict`` the status bar, ``current`` the view shown and the keys that apply
to it, ``narrow``, ``preview_over`` and ``previewing`` the layout. The work is shared
out between mixins: navigation.py (getting about), editing.py (the screen's own
edits), saving.py (the clock, autosave, recovery, the file on disk, quitting); the
palette's commands are in commands.py and rendering to files in rendering.py.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.containers import Horizontal
from textual.reactive import var
from textual.widgets import ContentSwitcher, Footer, OptionList, Static

from drafter.check import check, deadline_summary
from drafter.model import Draft
from drafter.tui.config import Config
from drafter.tui.correcting import Correcting
from drafter.tui.editing import Editing
from drafter.tui.footer import FittedFooterScreen
from drafter.tui.guard import Guarding, refused_when_read_only
from drafter.tui.merging import Merging
from drafter.tui.navigation import Navigation, first_view
from drafter.tui.outline import Outline
from drafter.tui.outline_model import status_line
from drafter.tui.preview import Preview
from drafter.tui.quitting import Quitting
from drafter.tui.saving import Saving
from drafter.tui.session import Session
from drafter.tui.signatures import SignatureWatch
from drafter.tui.views.base import DraftEdited, ReadOnlyTyped

if TYPE_CHECKING:
    from drafter.tui.commands import AppCommand
    from drafter.tui.views.noted import NotedView
    from drafter.tui.views.signoff import SignOffView

#: Below this width the outline hides and F2 brings it over the view.
WIDE = 100

#: Below this width the preview, when on, shows instead of the view (F3 goes back):
#: beside it, the view would be too narrow for its row of decision buttons.
PREVIEW_BESIDE = 120

#: Below this width the preview, when on, takes the outline's place (F2 still brings
#: the outline over): outline, view and preview side by side need this many columns.
ROOMY = 155

#: The footer shows every key whole, never one cut in half. Measured with the default
#: keys: all of them with their spaces need 102 columns; below that they go compact
#: (no spaces around the keys), which fits from 93 (EditorScreen.FOOTER_ALL_KEYS);
#: below that, Next and Previous leave the footer (F1 lists them, and the outline
#: does their work), so that the palette's key, the way to every command, stays on
#: an 80-column terminal.
FOOTER_ROOMY = 102


def _palette() -> type[Provider]:
    # The palette's commands load when it first opens, not with the editor.
    from drafter.tui.commands import DrafterCommands

    return DrafterCommands


def _b(key: str, action: str, description: str, binding_id: str, *, show: bool = False) -> Binding:
    # Priority, so that a focused text box never swallows them; none is an editing key.
    return Binding(key, action, description, show=show, priority=True, id=f"drafter.{binding_id}")


class StatusBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield Static(id="status-left", markup=False)
        yield Static(id="status-right", markup=False)


class EditorScreen(
    Navigation,
    Editing,
    Correcting,
    Saving,
    Quitting,
    Merging,
    Guarding,
    FittedFooterScreen[None],
):
    # The editor puts the focus in the first view itself (``goto`` in on_mount). An
    # automatic focus on the outline before that changed the active bindings twice,
    # and each change restyles and redraws: about 20 ms of the first paint.
    AUTO_FOCUS = ""
    FOOTER_SPARE = frozenset({"drafter.next-finding", "drafter.previous-finding"})
    FOOTER_ALL_KEYS = 93
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {_palette}
    # Quit first: the footer shows the keys in this order.
    BINDINGS: ClassVar[list[BindingType]] = [
        _b("ctrl+q", "quit", "Quit", "quit", show=True),
        _b("ctrl+s", "save", "Save", "save", show=True),
        _b("f1", "help", "Help", "help", show=True),
        _b("f2", "outline", "Outline", "outline", show=True),
        _b("f3", "preview", "Preview", "preview", show=True),
        _b("f4", "check", "Check", "check", show=True),
        _b("alt+n", "next_finding", "Next", "next-finding", show=True),
        _b("alt+p", "previous_finding", "Previous", "previous-finding", show=True),
        _b("alt+a", "decide('accept')", "Accept", "accept"),
        _b("alt+s", "decide('partially-accept')", "Partially accept", "partially-accept"),
        _b("alt+x", "decide('not-accepted')", "Not accepted", "not-accepted"),
        _b("alt+o", "decide('note')", "Note", "note"),
        _b("alt+u", "decide('undecided')", "Undecided", "undecided"),
        _b("alt+g", "note_others", "Note findings to other bodies", "note-others"),
        _b("alt+e", "external_editor", "Edit in $EDITOR", "editor"),
        _b("alt+r", "review", "Review every finding", "review"),
        _b("alt+c", "correct", "Correct the finding or group", "correct"),
        _b("alt+z", "undo_correction", "Undo the last correction", "undo-correction"),
        # Only while F2 has brought the outline over a narrow screen (check_action):
        # escape elsewhere stays the text boxes' and the dropdowns' own.
        _b("escape", "close_outline", "Close the outline", "close-outline"),
    ]

    #: The outline entry shown: "details", "finding:3", "comments:chief"...
    current = var("details", bindings=True, init=False)
    #: Edits not yet in the file on disk (mirrors the session's SaveState).
    dirty = var(False, init=False)
    #: The file changed on disk and the writer has not yet said what to do.
    conflict = var(False, init=False)
    #: Too narrow for the outline beside the view: F2 brings it over.
    narrow = var(False, toggle_class="-narrow", init=False)
    #: The outline is open over the view (narrow only).
    outline_open = var(False, toggle_class="-outline-open", init=False)
    #: The preview is on (F3).
    previewing = var(False, toggle_class="-previewing", init=False)
    #: The preview is on and covers the view (too narrow to show both).
    preview_over = var(False, toggle_class="-preview-over", init=False)

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.session = session
        self._status_shown = ("", "")
        self.signatures = SignatureWatch()
        #: Set once the editor has mounted and opened its first view.
        self.mounted = asyncio.Event()

    @property
    def draft(self) -> Draft:
        return self.session.draft

    @property
    def today(self) -> dt.date:
        return self.app.today  # type: ignore[attr-defined,no-any-return]

    @property
    def config(self) -> Config:
        return self.app.config  # type: ignore[attr-defined,no-any-return]

    @property
    def config_file(self) -> Path:
        return self.app.config_file  # type: ignore[attr-defined,no-any-return]

    # --- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="body"):
            outline = Outline(self.draft, id="outline")
            yield outline
            # Only the view the writer starts on; the others mount on their first visit.
            view = first_view(self.draft, outline)
            yield ContentSwitcher(view, id="views", initial=view.id)
            yield Preview(self.session.path, id="preview")
        yield Footer()

    def on_mount(self) -> None:
        try:
            self.fit(self.app.size.width)
            self.signatures.look(self.draft)
            self.goto(self.first_entry())
            for view in self.mounted_views():
                self.lock_view(view)
            self.refresh_status()
            self.notice_read_only()
            self.notice_comments()
            self.start_clock()
            recovered = self.session.recovered()
            if recovered is not None:
                self.offer_recovery(recovered)
        finally:
            # Set even when opening fails: the app waits for it before it handles
            # anything, its own exit on this very error included, and would hang.
            self.mounted.set()

    def on_resize(self, event: events.Resize) -> None:
        self.fit(event.size.width)

    def on_screen_resume(self) -> None:
        # A resize while a dialog was over the editor reached the dialog only.
        self.fit(self.app.size.width)

    def fit(self, width: int) -> None:
        """Lay the screen out for a terminal ``width`` columns wide."""
        self.narrow = width < WIDE or (self.previewing and width < ROOMY)
        self.preview_over = self.previewing and width < PREVIEW_BESIDE
        self.query_one(Footer).compact = width < FOOTER_ROOMY
        self.fit_footer(width)
        self.refresh_status()

    def watch_narrow(self, narrow: bool) -> None:
        if not narrow:
            self.outline_open = False

    def watch_previewing(self, previewing: bool) -> None:
        preview = self.query_one(Preview)
        preview.set_class(previewing, "-shown")
        self.fit(self.app.size.width)
        if previewing:
            preview.follow(self.draft)
            if self.preview_over:
                # The view is hidden under the preview: keys must not type into it.
                preview.focus()
        else:
            self.goto(self.current)

    def watch_current(self, entry_id: str) -> None:
        self.query_one(Outline).select_entry(entry_id)

    @on(OptionList.OptionSelected, "#outline")
    def _outline_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.goto(event.option.id)

    # --- editing ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "decide":
            return self.current.startswith("finding:")
        if action == "close_outline":
            return self.narrow and self.outline_open
        return True

    @on(DraftEdited)
    def _edited(self, event: DraftEdited) -> None:
        event.stop()
        outline = self.query_one(Outline)
        if "*" in event.entry_ids:
            outline.rebuild(self.draft)
        else:
            for entry_id in event.entry_ids:
                outline.redraw(entry_id)
        if self.signatures.after_edit(self.draft):
            outline.redraw("signoff")
        self.mark_edited()

    # Named handlers rather than @on(NotedView.RemoveGroup): the views' modules load on
    # their first visit, not with the app.
    def on_noted_view_remove_group(self, event: NotedView.RemoveGroup) -> None:
        self.remove_noted_group(event.index)

    def on_sign_off_view_sign_requested(self, event: SignOffView.SignRequested) -> None:
        event.stop()
        self.action_sign(event.role)

    def on_sign_off_view_withdraw_requested(self, event: SignOffView.WithdrawRequested) -> None:
        event.stop()
        self.withdraw(event.role)

    @refused_when_read_only
    def withdraw(self, role: str) -> None:
        from drafter.model import Role
        from drafter.tui.screens.sign import open_withdraw

        open_withdraw(self, Role(role))

    def on_read_only_typed(self, event: ReadOnlyTyped) -> None:
        event.stop()
        self.typed_read_only()

    @refused_when_read_only
    def action_sign(self, role: str | None = None) -> None:
        from drafter.tui.screens.sign import open_sign_form

        open_sign_form(self, role)

    # --- the status bar -----------------------------------------------------------

    def watch_dirty(self) -> None:
        self.refresh_status()

    def watch_conflict(self) -> None:
        self.refresh_status()

    def refresh_status(self) -> None:
        if self.read_only:
            right = "read-only: open in another editor"
        elif self.conflict:
            right = "! changed on disk"
        elif self.dirty:
            right = "● unsaved"
        else:
            right = "✓ saved"
        if self.signatures.note:
            right = f"{self.signatures.note} · {right}"
        # Each part has a column of padding either side.
        room = self.app.size.width - len(right) - 4
        deadline = deadline_summary(self.draft, self.today)
        left = status_line(self.draft, deadline, self.session.path.name, room)
        # Called on every key: a Static's update repaints (and lays out) even when the
        # text is the same, so only what changed is updated. The left part has a fixed
        # size; only the right one, which is as wide as its text, needs a layout.
        if (left, right) == self._status_shown:
            return
        shown_left, shown_right = self._status_shown
        self._status_shown = (left, right)
        if left != shown_left:
            self.query_one("#status-left", Static).update(left, layout=False)
        if right != shown_right:
            status_right = self.query_one("#status-right", Static)
            status_right.update(right)
            status_right.set_class(self.dirty or self.conflict or self.read_only, "-dirty")

    # --- help, check, preview, palette -------------------------------------------

    def key_for(self, binding_id: str) -> str:
        """The key a binding has now, after the writer's keymap."""
        keys = self.config.keys.get(binding_id)
        if keys:
            return keys
        for binding in self.bindings_listed():
            if binding.id == binding_id:
                return binding.key
        return ""

    def bindings_listed(self) -> list[Binding]:
        """The editor's keys as F1 lists them: its own, then the palette's, Quit last."""
        own = [b for b in self.BINDINGS if isinstance(b, Binding) and b.id]
        app = [b for b in type(self.app).BINDINGS if isinstance(b, Binding) and b.id]
        return sorted(own + app, key=lambda b: b.id == "drafter.quit")

    def help_rows(self) -> list[tuple[str, str, str]]:
        rows = [
            (self.key_for(binding.id), binding.description, binding.id)
            for binding in self.bindings_listed()
            if binding.id
        ]
        rows.append(("escape", "close a dialog or this help", "drafter.dialog-cancel"))
        return rows

    def action_help(self) -> None:
        from drafter.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.help_rows(), self.config_file))

    def action_check(self) -> None:
        from drafter.tui.screens.problems import Jump, ProblemsScreen

        def chosen(jump: Jump | None) -> None:
            if jump is not None and jump.conflict is not None:
                self.resolve_conflict(jump.conflict)
            elif jump is not None:
                self.goto(jump.entry_id, place=jump.place)

        screen = ProblemsScreen(check(self.draft, self.today), self.draft, self.session.path)
        self.app.push_screen(screen, chosen)

    def action_review(self) -> None:
        from drafter.tui.screens.review import ReviewScreen

        def chosen(entry_id: str | None) -> None:
            if entry_id is not None:
                self.goto(entry_id)

        self.app.push_screen(ReviewScreen(self.draft, self.finding_order()), chosen)

    def action_preview(self) -> None:
        self.previewing = not self.previewing

    def palette_commands(self) -> list[AppCommand]:
        from drafter.tui.commands import builtin_commands

        return builtin_commands(self)
