"""The editor: outline on the left, the chosen part of the response on the right.

The app owns the draft and the saving; the views edit the model in place and post
DraftEdited, which marks the draft dirty, redraws the outline entry and schedules
the recovery file, the autosave and the preview.
"""

from __future__ import annotations

import datetime as dt
import time
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, OptionList, Static, TextArea

from drafter.check import check, deadline_summary
from drafter.errors import DrafterError
from drafter.model import Decision, Draft, NotedGroup, same_addressee
from drafter.tui.commands import AppCommand, DrafterCommands, registered
from drafter.tui.config import Config, config_path
from drafter.tui.outline import Outline
from drafter.tui.outline_model import is_other_body, progress_text
from drafter.tui.preview import Preview
from drafter.tui.screens.choice import Answer, ChoiceDialog
from drafter.tui.session import Recovered, Session
from drafter.tui.views.base import DraftEdited
from drafter.tui.views.comments import CommentsView
from drafter.tui.views.details import DetailsView
from drafter.tui.views.finding import FindingView
from drafter.tui.views.noted import NotedView
from drafter.tui.views.signoff import SignOffView

HERE = Path(__file__).parent

#: Below this width the outline hides and F2 brings it over the view.
WIDE = 100

#: How often the app looks at the clock for autosave, recovery and the file on disk.
TICK = 0.5

#: Autosave happens at the latest this long after the first unsaved edit.
MAX_UNSAVED = 10.0

DECISION_KEYS: dict[str, Decision | None] = {
    "accept": Decision.ACCEPT,
    "partially-accept": Decision.PARTIALLY_ACCEPT,
    "not-accepted": Decision.NOT_ACCEPTED,
    "note": Decision.NOTE,
    "undecided": None,
}


def _b(key: str, action: str, description: str, binding_id: str, *, show: bool = False) -> Binding:
    # Priority, so that a focused text box never swallows them; none is an editing key.
    return Binding(key, action, description, show=show, priority=True, id=f"drafter.{binding_id}")


def binding_ids() -> set[str]:
    """Every binding id the keymap in the settings file may name."""
    from drafter.tui.screens.choice import ChoiceDialog
    from drafter.tui.screens.help import HelpScreen
    from drafter.tui.screens.problems import ProblemsScreen

    ids = set()
    for owner in (DrafterApp, ChoiceDialog, HelpScreen, ProblemsScreen):
        ids |= {b.id for b in owner.BINDINGS if isinstance(b, Binding) and b.id}
    return ids


class StatusBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield Static(id="status-left", markup=False)
        yield Static(id="status-right", markup=False)


class DrafterApp(App[None]):
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

    @property
    def draft(self) -> Draft:
        return self.session.draft

    # --- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        draft = self.draft
        yield StatusBar(id="status")
        with Horizontal(id="body"):
            yield Outline(draft, id="outline")
            with ContentSwitcher(id="views", initial="finding-view"):
                yield DetailsView(draft, id="details-view")
                yield CommentsView(draft, id="comments-view")
                yield FindingView(draft, id="finding-view")
                yield NotedView(draft, id="noted-view")
                yield SignOffView(draft, id="signoff-view")
            yield Preview(id="preview")
        yield Footer()

    def on_mount(self) -> None:
        self.theme = self.config.theme
        if self.config.keys:
            self.set_keymap(self.config.keys)
        self._layout_for(self.size.width)
        self.goto(self.first_entry())
        self.refresh_status()
        self.set_interval(TICK, self.tick)
        recovered = self.session.recovered()
        if recovered is not None:
            self.offer_recovery(recovered)

    def on_resize(self) -> None:
        self._layout_for(self.size.width)

    def _layout_for(self, width: int) -> None:
        self.query_one("#body").set_class(width < WIDE, "-narrow")

    def first_entry(self) -> str:
        """Where the writer starts: the first finding still to decide, else the details."""
        for entry_id in self.query_one(Outline).entry_ids():
            if entry_id.startswith("finding:"):
                finding = self.draft.findings[int(entry_id.partition(":")[2])]
                if finding.decision is None:
                    return entry_id
        return "details"

    # --- navigation ---------------------------------------------------------------

    def goto(self, entry_id: str, *, focus: bool = True) -> None:
        kind, _, arg = entry_id.partition(":")
        switcher = self.query_one("#views", ContentSwitcher)
        view: Any
        if kind == "finding":
            view = self.query_one(FindingView)
            view.show(self.draft, int(arg))
        elif kind == "comments":
            view = self.query_one(CommentsView)
            view.show(self.draft, arg)
        elif kind == "noted":
            view = self.query_one(NotedView)
            view.show(self.draft, int(arg))
        elif kind == "signoff":
            view = self.query_one(SignOffView)
            view.show(self.draft)
        else:
            entry_id = "details"
            view = self.query_one(DetailsView)
            view.show(self.draft)
        self.current = entry_id
        switcher.current = view.id
        self.query_one(Outline).select_entry(entry_id)
        self.query_one("#body").remove_class("-outline-open")
        if focus:
            target = getattr(view, "focus_target", view.long_text)()
            if target is not None:
                target.focus()
            else:
                view.focus()

    def finding_order(self) -> list[int]:
        return [
            int(e.partition(":")[2])
            for e in self.query_one(Outline).entry_ids()
            if e.startswith("finding:")
        ]

    def _step(self, delta: int) -> None:
        order = self.finding_order()
        if not order:
            self.notify("This draft has no findings yet.", severity="warning")
            return
        if self.current.startswith("finding:"):
            at = order.index(int(self.current.partition(":")[2]))
            target = order[max(0, min(len(order) - 1, at + delta))]
        else:
            target = order[0] if delta > 0 else order[-1]
        self.goto(f"finding:{target}")

    def action_next_finding(self) -> None:
        self._step(1)

    def action_previous_finding(self) -> None:
        self._step(-1)

    def goto_finding_number(self, index: int) -> None:
        self.goto(f"finding:{index}")

    @on(OptionList.OptionSelected, "#outline")
    def _outline_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.goto(event.option.id)

    def action_outline(self) -> None:
        body = self.query_one("#body")
        outline = self.query_one(Outline)
        if body.has_class("-narrow"):
            opening = not body.has_class("-outline-open")
            body.set_class(opening, "-outline-open")
            if opening:
                outline.focus()
            else:
                self.goto(self.current)
        elif outline.has_focus:
            self.goto(self.current)
        else:
            outline.focus()

    # --- editing ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.screen is not self.screen_stack[0] and action != "command_palette":
            return False
        if action == "decide":
            return self.current.startswith("finding:")
        return True

    def action_decide(self, key: str) -> None:
        if not self.current.startswith("finding:"):
            return
        self.query_one(FindingView).decide(DECISION_KEYS[key])

    @on(DraftEdited)
    def _edited(self, event: DraftEdited) -> None:
        event.stop()
        outline = self.query_one(Outline)
        if "*" in event.entry_ids:
            outline.rebuild(self.draft)
        else:
            for entry_id in event.entry_ids:
                outline.redraw(entry_id)
        self.mark_edited()

    def mark_edited(self) -> None:
        now = time.monotonic()
        if not self.dirty:
            self._first_unsaved = now
        self._last_edit = now
        self._generation += 1
        self.dirty = True
        self.refresh_status()
        preview = self.query_one(Preview)
        if preview.display:
            preview.follow(self.draft)

    def action_note_others(self) -> None:
        """Mark each undecided finding to another body as noted, and group them."""
        draft, response = self.draft, self.draft.response
        marked, kept = [], []
        for finding in draft.findings:
            if not is_other_body(finding.addressee, response):
                continue
            if finding.decision is None:
                finding.decision = Decision.NOTE
                marked.append(finding)
            elif finding.decision is not Decision.NOTE:
                kept.append(finding)
        added: list[int] = []
        for finding in marked:
            if draft.grouped_as_noted(finding) is None:
                response.noted.append(NotedGroup(addressee=finding.addressee))
                added.append(len(response.noted) - 1)
        if not marked:
            self.notify(
                "No undecided finding is addressed to another body.", title="Nothing to note"
            )
            return
        self.query_one(Outline).rebuild(self.draft)
        self.mark_edited()
        message = f"Noted {len(marked)} finding{'s' if len(marked) != 1 else ''} to other bodies"
        if added:
            message += f" and added {len(added)} noted group{'s' if len(added) != 1 else ''}"
        if kept:
            names = ", ".join(f.title for f in kept)
            message += f"; left alone the ones you had already decided ({names})"
        self.notify(message + ". Write each group's statement.")
        groups = added or [
            i
            for i, g in enumerate(response.noted)
            if any(same_addressee(g.addressee, f.addressee) for f in marked)
        ]
        self.goto(f"noted:{groups[0]}")

    @on(NotedView.RemoveGroup)
    def _remove_group(self, event: NotedView.RemoveGroup) -> None:
        del self.draft.response.noted[event.index]
        self.query_one(Outline).rebuild(self.draft)
        self.mark_edited()
        self.goto("details")

    def action_external_editor(self) -> None:
        from drafter.tui.editor import edit_externally

        focused = self.focused
        area = focused if isinstance(focused, TextArea) else None
        if area is None:
            view = self.query_one("#views", ContentSwitcher).visible_content
            area = view.long_text() if view is not None else None  # type: ignore[attr-defined]
        if area is None:
            self.notify("There is no long text here to open in an editor.", severity="warning")
            return
        try:
            text = edit_externally(self, area.text, area.id or "text")
        except DrafterError as error:
            self.notify(str(error), severity="error", title="Editor")
            return
        if text != area.text:
            area.load_text(text)
        area.focus()

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
        self.query_one("#status-left", Static).update(left)
        self.query_one("#status-right", Static).update(right)
        self.query_one("#status-right").set_class(self.dirty or self.conflict, "-dirty")

    # --- saving -------------------------------------------------------------------

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
        elif self._recovery_generation != self._generation:
            self.keep_recovery()

    def keep_recovery(self) -> None:
        self._recovery_generation = self._generation
        text = self.session.snapshot()
        self._write_recovery(text)

    @work(thread=True, group="recovery", exclusive=False)
    def _write_recovery(self, text: str) -> None:
        try:
            self.session.keep_for_recovery(text)
        except DrafterError as error:
            self.call_from_thread(
                self.notify, f"cannot keep unsaved edits safe: {error}", severity="error"
            )

    def _prepare_save(self) -> str | None:
        text = self.session.snapshot()
        problem = self.session.problem_with(text)
        if problem:
            self.notify(
                f"Not saved: {problem}. Your edits are kept for recovery.",
                severity="error",
                title="Not saved",
            )
            self.keep_recovery()
            return None
        return text

    def save_in_background(self) -> None:
        text = self._prepare_save()
        if text is None:
            self._first_unsaved = time.monotonic()
            return
        self.saving = True
        self._write_draft(text, self._generation)

    @work(thread=True, group="save", exclusive=False)
    def _write_draft(self, text: str, generation: int) -> None:
        try:
            self.session.write(text)
        except DrafterError as error:
            self.call_from_thread(self._save_failed, error)
            return
        self.call_from_thread(self._saved, generation)

    def _saved(self, generation: int) -> None:
        self.saving = False
        self._saved_generation = generation
        if generation == self._generation:
            self.dirty = False
            self.session.forget_recovery()
        self.refresh_status()

    def _save_failed(self, error: DrafterError) -> None:
        self.saving = False
        self._first_unsaved = time.monotonic()
        self.notify(f"{error}. Your edits are kept for recovery.", severity="error")
        self.keep_recovery()
        self.refresh_status()

    def save_now(self) -> bool:
        """Save on this thread (ctrl+s and quitting); False when it could not."""
        if self.session.changed_on_disk():
            self.on_disk_change()
            return False
        text = self._prepare_save()
        if text is None:
            return False
        try:
            wrote = self.session.write(text)
        except DrafterError as error:
            self._save_failed(error)
            return False
        self._saved(self._generation)
        self.notify(
            f"Saved {self.session.path.name}" if wrote else "No changes to save",
            timeout=2,
        )
        return True

    def action_save(self) -> None:
        if self.saving:
            self.notify("Saving already; try again in a moment.", timeout=2)
            return
        self.save_now()

    # --- the file on disk and recovery -------------------------------------------

    def on_disk_change(self) -> None:
        if self.conflict:
            return
        self.conflict = True
        self.refresh_status()
        mine = (
            "Your unsaved edits in drafter would be lost by reloading."
            if self.dirty
            else "You have no unsaved edits."
        )
        self.push_screen(
            ChoiceDialog(
                "The draft changed on disk",
                f"{self.session.path.name} was changed by another program (a git pull, another "
                f"editor). {mine} Reload it, or keep your version (it will be saved over "
                "the file)?",
                [
                    Answer("reload", "Reload from disk", "r", "warning"),
                    Answer("keep", "Keep mine", "k"),
                ],
                cancel="undecided",
                name="external-change",
            ),
            self._disk_change_answered,
        )

    def _disk_change_answered(self, answer: str | None) -> None:
        if answer == "reload":
            try:
                self.session.reload()
            except DrafterError as error:
                self.conflict = False
                self.session.accept_disk()
                self.notify(
                    f"Cannot reload: {error}. Your version stays open; saving will write it "
                    "over the file.",
                    severity="error",
                    timeout=10,
                )
                self.mark_edited()
                return
            self.conflict = False
            self.dirty = False
            self._saved_generation = self._generation
            self.session.forget_recovery()
            self.load_draft()
            self.notify("Reloaded the draft from disk.")
        elif answer == "keep":
            self.conflict = False
            self.session.accept_disk()
            self.mark_edited()
            self.notify("Keeping your version; it will be saved over the file.")
        else:
            # Escape: ask again at the next tick rather than save over it.
            self.conflict = False
        self.refresh_status()

    def load_draft(self) -> None:
        """Show a draft that replaced the one open (reload, recovery)."""
        self.query_one(Outline).rebuild(self.draft)
        for view in self.query_one("#views", ContentSwitcher).children:
            view.draft = self.draft  # type: ignore[attr-defined]
        current = self.current
        valid = set(self.query_one(Outline).entry_ids())
        self.goto(current if current in valid else "details")
        self.refresh_status()
        preview = self.query_one(Preview)
        if preview.display:
            preview.follow(self.draft)

    def offer_recovery(self, recovered: Recovered) -> None:
        when = recovered.saved_at.strftime("%d %B %Y at %H:%M")
        self.push_screen(
            ChoiceDialog(
                "Unsaved edits found",
                f"drafter kept edits to {self.session.path.name} that were never saved "
                f"(last kept {when}), probably because drafter or the terminal closed "
                "unexpectedly. Restore them, or discard them and keep the file as it is?",
                [
                    Answer("restore", "Restore", "r", "primary"),
                    Answer("discard", "Discard", "d", "error"),
                ],
                cancel="later",
                name="recovery",
            ),
            partial(self._recovery_answered, recovered),
        )

    def _recovery_answered(self, recovered: Recovered, answer: str | None) -> None:
        if answer == "restore":
            try:
                self.session.restore(recovered)
            except DrafterError as error:
                self.notify(
                    f"Cannot restore: {error}. The recovery file is kept at "
                    f"{self.session.recovery_file}.",
                    severity="error",
                    timeout=15,
                )
                return
            self.load_draft()
            self.mark_edited()
            self.notify("Restored your unsaved edits; they will be saved shortly.")
        elif answer == "discard":
            self.session.forget_recovery()

    # --- quitting -----------------------------------------------------------------

    async def action_quit(self) -> None:
        if not self.dirty:
            self.session.forget_recovery()
            self.exit()
            return
        self.push_screen(
            ChoiceDialog(
                "Unsaved changes",
                f"{self.session.path.name} has changes that are not saved yet.",
                [
                    Answer("save", "Save", "s", "primary"),
                    Answer("discard", "Discard", "d", "error"),
                    Answer("cancel", "Cancel", "c"),
                ],
                cancel="cancel",
                name="quit",
            ),
            self._quit_answered,
        )

    def _quit_answered(self, answer: str | None) -> None:
        if answer == "save":
            if self.save_now():
                self.exit()
        elif answer == "discard":
            self.session.forget_recovery()
            self.exit()

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
        from drafter.tui.screens.problems import ProblemsScreen

        def chosen(entry_id: str | None) -> None:
            if entry_id:
                self.goto(entry_id)

        self.push_screen(ProblemsScreen(check(self.draft, self.today)), chosen)

    def action_preview(self) -> None:
        preview = self.query_one(Preview)
        showing = not preview.has_class("-shown")
        preview.set_class(showing, "-shown")
        if showing:
            preview.follow(self.draft)

    def render_to_file(self, fmt: str) -> None:
        from drafter.cli.output import write_output
        from drafter.render.engine import render_text

        target = self.session.path.with_suffix(f".{fmt}")
        try:
            write_output(render_text(self.draft, fmt), target, inputs=[self.session.path])
        except DrafterError as error:
            self.notify(str(error), severity="error", title="Render")
            return
        self.notify(f"Rendered to {target}", title="Render")

    def palette_commands(self) -> list[AppCommand]:
        commands = [
            AppCommand("Save", "Save the draft now", lambda app: app.action_save()),
            AppCommand("Check", "List what stands before sign-off", lambda app: app.action_check()),
            AppCommand(
                "Toggle preview",
                "Show or hide the rendered response",
                lambda app: app.action_preview(),
            ),
            AppCommand(
                "Note findings to other bodies",
                "Mark undecided findings addressed to others as noted, and group them",
                lambda app: app.action_note_others(),
            ),
        ]
        for fmt, name in (("md", "Markdown"), ("html", "HTML"), ("txt", "plain text")):
            commands.append(
                AppCommand(
                    f"Render to {name}",
                    f"Write {self.session.path.with_suffix('.' + fmt).name} beside the draft",
                    partial(DrafterApp.render_to_file, fmt=fmt),
                )
            )
        commands.append(AppCommand("Go to report details", "", lambda app: app.goto("details")))
        for index in self.finding_order():
            finding = self.draft.findings[index]
            commands.append(
                AppCommand(
                    f"Go to {finding.title}",
                    finding.text[:80],
                    partial(DrafterApp.goto_finding_number, index=index),
                )
            )
        return commands + registered()

    def get_system_commands(self, screen: Screen[Any]) -> Any:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Every key of drafter", self.action_help)
