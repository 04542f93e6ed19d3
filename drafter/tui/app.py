"""The editor: outline on the left, the chosen part of the response on the right.

The app owns the draft and the saving; the views edit the model in place and post
DraftEdited, which marks the draft dirty, redraws the outline entry and schedules
the recovery file, the autosave and the preview. The work is shared out between
mixins: navigation.py (getting about), editing.py (the app's own edits), saving.py
(autosave, recovery, the file on disk, quitting); the palette's commands are in
commands.py and rendering to files in rendering.py.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, OptionList, Static

from drafter.check import check, deadline_summary
from drafter.model import Draft
from drafter.tui.commands import AppCommand, DrafterCommands, builtin_commands
from drafter.tui.config import Config, config_path, load_config
from drafter.tui.correcting import Correcting
from drafter.tui.editing import Editing
from drafter.tui.footer import FittedFooterScreen
from drafter.tui.merging import Merging
from drafter.tui.navigation import Navigation, first_view
from drafter.tui.outline import Outline
from drafter.tui.outline_model import progress_text
from drafter.tui.preview import Preview
from drafter.tui.saving import Saving
from drafter.tui.session import Session
from drafter.tui.signatures import SignatureWatch
from drafter.tui.views.base import DraftEdited

if TYPE_CHECKING:
    from drafter.tui.views.noted import NotedView
    from drafter.tui.views.signoff import SignOffView

HERE = Path(__file__).parent

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

#: How often the app looks at the clock for autosave, recovery and the file on disk.
TICK = 0.5

#: Autosave happens at the latest this long after the first unsaved edit.
MAX_UNSAVED = 10.0

#: The recovery file is kept once typing has paused this long (or half the autosave's
#: pause, if that is shorter)...
RECOVERY_QUIET = 1.0

#: ...and, while typing goes on, when the oldest edit not in it is this old (or a third
#: of MAX_UNSAVED, if that is shorter). Keeping it encodes the whole draft on the app's
#: thread, so not at every tick: a key that lands on it waits for it.
RECOVERY_EVERY = 3.0


#: The app's actions that still run while a dialog is open over the editor.
_OVER_DIALOGS = frozenset({"command_palette", "focus_next", "focus_previous"})


def _b(key: str, action: str, description: str, binding_id: str, *, show: bool = False) -> Binding:
    # Priority, so that a focused text box never swallows them; none is an editing key.
    return Binding(key, action, description, show=show, priority=True, id=f"drafter.{binding_id}")


def binding_ids() -> set[str]:
    """Every binding id the keymap in the settings file may name."""
    from drafter.tui.screens.choice import ChoiceDialog
    from drafter.tui.screens.conflict import ConflictScreen, ConflictsScreen
    from drafter.tui.screens.correct import CorrectFindingScreen
    from drafter.tui.screens.help import HelpScreen
    from drafter.tui.screens.problems import ProblemsScreen
    from drafter.tui.screens.review import ReviewScreen
    from drafter.tui.screens.sign import SignScreen

    ids = set()
    owners = (DrafterApp, ChoiceDialog, ConflictScreen, ConflictsScreen, HelpScreen)
    for owner in (*owners, CorrectFindingScreen, ProblemsScreen, ReviewScreen, SignScreen):
        ids |= {b.id for b in owner.BINDINGS if isinstance(b, Binding) and b.id}
    from drafter.tui.importing import binding_ids as import_binding_ids

    return ids | import_binding_ids()


def writer_config(path: Path | None = None) -> Config:
    """The writer's settings file, checked: what ``drafter edit`` starts with."""
    from textual.theme import BUILTIN_THEMES

    return load_config(path, binding_ids=binding_ids, themes=BUILTIN_THEMES.keys())


class StatusBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield Static(id="status-left", markup=False)
        yield Static(id="status-right", markup=False)


class EditorScreen(FittedFooterScreen[None]):
    # The editor puts the focus in the first view itself (``goto`` in on_mount). An
    # automatic focus on the outline before that changed the active bindings twice,
    # and each change restyles and redraws: about 20 ms of the first paint.
    AUTO_FOCUS = ""
    FOOTER_SPARE = frozenset({"drafter.next-finding", "drafter.previous-finding"})
    FOOTER_ALL_KEYS = 93


class DrafterApp(Navigation, Editing, Correcting, Saving, Merging, App[None]):
    TITLE = "drafter"
    CSS_PATH: ClassVar[list[str | Path]] = [  # type: ignore[misc]
        HERE / "app.tcss",
        HERE / "preview.tcss",
        *sorted((HERE / "views").glob("*.tcss")),
    ]
    COMMANDS = App.COMMANDS | {DrafterCommands}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
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
        _b("ctrl+p", "command_palette", "Commands", "palette"),
        _b("ctrl+q", "quit", "Quit", "quit", show=True),
    ]

    def __init__(
        self,
        session: Session,
        *,
        today: dt.date | None = None,
        config: Config | None = None,
        config_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        # Fixed once, here: tests and snapshots pass a date; nothing deeper calls today().
        self.today = today or dt.date.today()
        self.config = config or Config()
        self.config_file = config_file or config_path()
        self.current = "details"
        self.dirty = False
        self.conflict = False
        self.saving = False
        self._generation = 0
        self._saved_generation = 0
        self._recovery_generation = 0
        self._first_unsaved = 0.0
        self._last_edit = 0.0
        self._first_unkept = 0.0
        self._save_started = 0.0
        self._status_shown = ("", "")
        self.signatures = SignatureWatch()

    @property
    def draft(self) -> Draft:
        return self.session.draft

    # --- layout -------------------------------------------------------------------

    def get_default_screen(self) -> Screen[None]:
        return EditorScreen(id="_default")

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="body"):
            outline = Outline(self.draft, id="outline")
            yield outline
            # Only the view the writer starts on; the others mount on their first visit.
            view = first_view(self.draft, outline)
            yield ContentSwitcher(view, id="views", initial=view.id)
            yield Preview(id="preview")
        yield Footer()

    @property
    def bug(self) -> BaseException | None:
        """The exception the app stopped on, if any (`drafter edit` reports it)."""
        return self._exception

    def _fatal_error(self) -> None:
        # Textual would print the traceback, with the draft's text in its locals, over
        # the terminal; `drafter edit` writes it to a private crash file instead.
        self.bell()
        self._close_messages_no_wait()

    def on_mount(self) -> None:
        self.theme = self.config.theme
        if self.config.keys:
            self.set_keymap(self.config.keys)
        self._layout_for(self.size.width)
        self.signatures.look(self.draft)
        self.goto(self.first_entry())
        self.refresh_status()
        self.notice_read_only()
        self.notice_comments()
        self.set_interval(TICK, self.tick)
        recovered = self.session.recovered()
        if recovered is not None:
            self.offer_recovery(recovered)

    def on_unmount(self) -> None:
        self.session.close()

    def on_resize(self, event: events.Resize) -> None:
        # The event's size: the app's own is still the old one while this runs.
        self._layout_for(event.size.width)

    def _layout_for(self, width: int) -> None:
        # The editor's screen, whatever is open over it: the layout is its own.
        editor = self.screen_stack[0] if self.screen_stack else None
        if not isinstance(editor, EditorScreen):
            return
        body = editor.query_one("#body")
        previewing = editor.query_one(Preview).has_class("-shown")
        body.set_class(width < WIDE or (previewing and width < ROOMY), "-narrow")
        body.set_class(previewing and width < PREVIEW_BESIDE, "-preview-over")
        body.set_class(previewing, "-previewing")
        editor.query_one(Footer).compact = width < FOOTER_ROOMY
        editor.fit_footer(width)

    @on(OptionList.OptionSelected, "#outline")
    def _outline_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.goto(event.option.id)

    # --- editing ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Over a dialog the editor's own keys rest; moving the focus (tab, which the
        # screens bind to the app's focus_next) must still work there.
        if self.screen is not self.screen_stack[0] and action not in _OVER_DIALOGS:
            return False
        if action == "decide":
            return self.current.startswith("finding:")
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
        from drafter.model import Role
        from drafter.tui.screens.sign import open_withdraw

        event.stop()
        open_withdraw(self, Role(event.role))

    def action_sign(self, role: str | None = None) -> None:
        from drafter.tui.screens.sign import open_sign_form

        open_sign_form(self, role)

    # --- the status bar -----------------------------------------------------------

    def refresh_status(self) -> None:
        left = f"{progress_text(self.draft)} · {deadline_summary(self.draft, self.today)}"
        left += f" · {self.session.path.name}"
        if self.conflict:
            right = "! changed on disk"
        elif self.dirty:
            right = "● unsaved"
        else:
            right = "✓ saved"
        if self.signatures.note:
            right = f"{self.signatures.note} · {right}"
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
            status_right.set_class(self.dirty or self.conflict, "-dirty")

    # --- the clock ----------------------------------------------------------------

    def tick(self) -> None:
        """Autosave, keep the recovery file, and look for changes made by others."""
        if self.saving or self.screen is not self.screen_stack[0]:
            return
        if not self.conflict and self.session.changed_on_disk():
            self.on_disk_change()
            return
        if not self.dirty or self.conflict:
            return
        now = time.monotonic()
        quiet = now - self._last_edit >= self.config.autosave_seconds
        if quiet or now - self._first_unsaved >= max(MAX_UNSAVED, self.config.autosave_seconds):
            self.save_in_background()
        elif self._recovery_generation != self._generation and self._recovery_due(now):
            self.keep_recovery()

    def _recovery_due(self, now: float) -> bool:
        """Whether to keep the recovery file now: after a pause, or if typing goes on."""
        quiet = min(RECOVERY_QUIET, self.config.autosave_seconds / 2)
        every = min(RECOVERY_EVERY, MAX_UNSAVED / 3)
        return now - self._last_edit >= quiet or now - self._first_unkept >= every

    # --- help, check, preview, palette -------------------------------------------

    def key_for(self, binding_id: str) -> str:
        """The key a binding has now, after the writer's keymap."""
        keys = self.config.keys.get(binding_id)
        if keys:
            return keys
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.id == binding_id:
                return binding.key
        return ""

    def help_rows(self) -> list[tuple[str, str, str]]:
        rows = []
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                rows.append((self.key_for(binding.id), binding.description, binding.id))
        rows.append(("escape", "close a dialog or this help", "drafter.dialog-cancel"))
        return rows

    def action_help(self) -> None:
        from drafter.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.help_rows(), self.config_file))

    def action_check(self) -> None:
        from drafter.tui.screens.problems import Jump, ProblemsScreen

        def chosen(jump: Jump | None) -> None:
            if jump is not None and jump.conflict is not None:
                self.resolve_conflict(jump.conflict)
            elif jump is not None:
                self.goto(jump.entry_id, place=jump.place)

        screen = ProblemsScreen(check(self.draft, self.today), self.draft, self.session.path)
        self.push_screen(screen, chosen)

    def action_review(self) -> None:
        from drafter.tui.screens.review import ReviewScreen

        def chosen(entry_id: str | None) -> None:
            if entry_id is not None:
                self.goto(entry_id)

        self.push_screen(ReviewScreen(self.draft, self.finding_order()), chosen)

    def action_preview(self) -> None:
        preview = self.query_one(Preview)
        showing = not preview.has_class("-shown")
        preview.set_class(showing, "-shown")
        self._layout_for(self.size.width)
        if showing:
            preview.follow(self.draft)
            if self.query_one("#body").has_class("-preview-over"):
                # The view is hidden under the preview: keys must not type into it.
                preview.focus()
        else:
            self.goto(self.current)

    def palette_commands(self) -> list[AppCommand]:
        return builtin_commands(self)

    def get_system_commands(self, screen: Screen[Any]) -> Any:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Every key of drafter", self.action_help)
