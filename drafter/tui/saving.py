"""Saving: autosave in a worker, ctrl+s, the recovery file, the file changed on disk, quitting.

Mixed into EditorScreen. The draft is only ever changed on the app's thread; a save
takes a snapshot (the TOML text) there and writes it from a worker thread, so the
writer never waits for the disk.
"""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING

from textual import work

from drafter.errors import DrafterError
from drafter.store.comments import BOM_NOT_KEPT, not_kept
from drafter.tui.guard import refused_when_read_only
from drafter.tui.outline import Outline
from drafter.tui.preview import Preview
from drafter.tui.session import ChangedOnDisk, Recovered, SaveState

if TYPE_CHECKING:
    from drafter.tui.editor_screen import EditorScreen


#: How often the editor looks at the clock for autosave, recovery and the file on disk.
TICK = 0.5
#: Seconds before "The draft changed on disk" comes back once put off with escape.
ASK_AGAIN = 30.0
#: A question that comes up unasked (the file changed on disk, edits kept after a
#: crash) takes its answer keys only once no key has come for this long: the writer
#: typing on, or starting to type as the editor opens, must not answer it unread.
UNASKED_SETTLE = 1.0


class Saving:
    """Mixed into EditorScreen: the clock, the saves, recovery, conflicts and quitting.

    Where the edits are is the session's SaveState (``self.session.state``); the
    screen's reactive ``dirty`` and ``conflict`` show it.
    """

    #: A read-only editor has said once that it saves nothing.
    _told_read_only = False
    #: The recovery copy could not be written, and the writer has been told.
    _told_recovery_failed = False
    #: When the clock may ask about a change on disk again (escape puts it off).
    _ask_disk_after = 0.0
    dirty: bool
    conflict: bool

    @property
    def state(self: EditorScreen) -> SaveState:
        return self.session.state

    def _show_state(self: EditorScreen) -> None:
        self.dirty = self.state.dirty

    def mark_edited(self: EditorScreen) -> None:
        was_dirty = self.state.dirty
        self.state.edited(time.monotonic())
        self._show_state()
        self.refresh_status()
        if self.previewing:
            self.query_one(Preview).follow(self.draft)
        self.guard_signed(was_dirty)

    def start_clock(self: EditorScreen) -> None:
        self.set_interval(TICK, self.tick)

    def tick(self: EditorScreen) -> None:
        """Autosave, keep the recovery file, and look for changes made by others."""
        if self.state.saving or not self.is_active:
            return
        if self.read_only:
            self.look_for_release()
        if not self.conflict and self.session.changed_on_disk():
            # Nothing is saved while the question stands, even once put off (escape).
            if time.monotonic() >= self._ask_disk_after:
                self.on_disk_change()
            return
        if self.conflict:
            return
        step = self.state.due(time.monotonic(), self.config.autosave_seconds)
        if step == "save":
            self.save_in_background()
        elif step == "keep":
            self.keep_recovery()

    # --- the recovery file --------------------------------------------------------

    def keep_recovery(self: EditorScreen) -> None:
        generation = self.state.recovery_asked = self.state.generation
        self._write_recovery(self.session.snapshot(), generation)

    @work(thread=True, group="recovery", exclusive=False)
    def _write_recovery(self: EditorScreen, text: str, generation: int) -> None:
        try:
            self.session.keep_for_recovery(text, generation)
        except (DrafterError, OSError) as error:
            # A full disk or a state folder that cannot be written (quota, read-only
            # home) stopped drafter here. Editing goes on; said once, not every tick.
            self.app.call_from_thread(self._recovery_failed, error)

    def _recovery_failed(self: EditorScreen, error: Exception) -> None:
        if self._told_recovery_failed:
            return
        self._told_recovery_failed = True
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        self.notify(
            f"Cannot keep a recovery copy of unsaved edits ({reason}: "
            f"{self.session.recovery_file.parent}). Editing goes on; save often (ctrl+s).",
            severity="error",
            title="No recovery copy",
            timeout=20,
        )

    def keep_after_crash(self: EditorScreen) -> None:
        """drafter stopped on a bug: unsaved edits go to the recovery file, now."""
        if self.state.dirty:
            self.session.keep_for_recovery(self.session.snapshot(), self.state.generation)

    # --- saving -------------------------------------------------------------------

    def _prepare_save(self: EditorScreen) -> str | None:
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

    def save_in_background(self: EditorScreen) -> None:
        text = self._prepare_save()
        if text is None:
            self.state.save_failed(time.monotonic())
            return
        self._write_draft(text, self.state.save_began(time.monotonic()))

    @work(thread=True, group="save", exclusive=False)
    def _write_draft(self: EditorScreen, text: str, generation: int) -> None:
        try:
            self.session.write(text)
        except DrafterError as error:
            self.app.call_from_thread(self._save_failed, error)
            return
        self.app.call_from_thread(self._saved, generation)

    def _saved(self: EditorScreen, generation: int) -> None:
        # Typing may have gone on during the save: the recovery file goes only if the
        # draft now holds all it had, and the next tick keeps the newer edits.
        self.session.settle_recovery(generation)
        self.state.save_ended(generation)
        if self.signatures.after_save(self.draft):
            self.query_one(Outline).redraw("signoff")
        self._show_state()

    def _save_failed(self: EditorScreen, error: DrafterError) -> None:
        self.state.save_failed(time.monotonic())
        if isinstance(error, ChangedOnDisk):
            # Seen under the draft's lock, after the tick's own look: ask, as ever.
            self.keep_recovery()
            self.on_disk_change()
            return
        if self.session.held_by is not None:
            # Read-only: said once, not at every autosave; there is no recovery file.
            if not self._told_read_only:
                self._told_read_only = True
                self.notify(f"{error}.", severity="error", title="Read-only", timeout=15)
            self.refresh_status()
            return
        self.notify(f"{error}. Your edits are kept for recovery.", severity="error")
        self.keep_recovery()

    def save_now(self: EditorScreen) -> bool:
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
        self._saved(self.state.generation)
        held = self.held_back()
        if held:
            done = f"Saved {self.session.path.name}, but not this" if wrote else "Not saved"
            self.notify("\n".join(held), title=done, severity="warning", timeout=15)
        else:
            self.notify(
                f"Saved {self.session.path.name}" if wrote else "No changes to save",
                timeout=2,
            )
        return True

    @refused_when_read_only
    def action_save(self: EditorScreen) -> None:
        if self.state.saving:
            self.notify("Saving already; try again in a moment.", timeout=2)
            return
        self.save_now()

    # --- the file on disk ---------------------------------------------------------

    def notice_read_only(self: EditorScreen) -> None:
        """Say, at the start, that another editor holds this draft and by whom."""
        if self.read_only:
            self.notify(self.read_only_reason(), title="Read-only", severity="warning", timeout=30)

    def notice_comments(self: EditorScreen) -> None:
        """Say what in the file the next save drops (comments, a byte-order mark)."""
        if self.session.had_bom:
            self.notify(
                f"{self.session.path.name}: {BOM_NOT_KEPT}.",
                title="Byte-order mark",
                severity="warning",
                timeout=20,
            )
        comments = self.session.comments()
        if comments:
            self.notify(
                f"{self.session.path.name}: {not_kept(comments)}.",
                title="Comments",
                severity="warning",
                timeout=20,
            )

    def on_disk_change(self: EditorScreen) -> None:
        from drafter.tui.screens.choice import Answer, ChoiceDialog

        if self.conflict:
            return
        if self.read_only or not self.dirty:
            # Nothing here can be lost: show what was saved (another editor, a git
            # pull). Asking would only offer to put the old text back over theirs.
            self._disk_change_answered("reload")
            return
        self.conflict = True
        mine = (
            "Your unsaved edits in drafter would be lost by reloading; Merge joins them "
            "with the file's changes, field by field."
            if self.dirty
            else "You have no unsaved edits."
        )
        self.app.push_screen(
            ChoiceDialog(
                "The draft changed on disk",
                f"{self.session.path.name} was changed by another program (a git pull, another "
                f"editor). {mine} Merge the two, reload it, or keep your version (it will "
                "be saved over the file)?",
                [
                    Answer("merge", "Merge", "m", "primary"),
                    Answer("reload", "Reload from disk", "r", "warning"),
                    Answer("keep", "Keep mine", "k"),
                ],
                cancel="undecided",
                name="external-change",
                # It comes up on its own, mid-sentence: "k" of "keep" must not answer it.
                settle=UNASKED_SETTLE,
            ),
            self._disk_change_answered,
        )

    def _disk_change_answered(self: EditorScreen, answer: str | None) -> None:
        if answer == "reload":
            try:
                self.session.reload()
            except DrafterError as error:
                self.conflict = False
                self.session.accept_disk()
                if not self.dirty:
                    self.notify(
                        f"{self.session.path.name} changed on disk and cannot be read: "
                        f"{error}. Mend it (finish the git merge, say) and it is reloaded "
                        "here; nothing is saved over it unless you edit here.",
                        severity="error",
                        timeout=20,
                    )
                    return
                self.notify(
                    f"Cannot reload: {error}. Your version stays open; saving will write it "
                    "over the file.",
                    severity="error",
                    timeout=10,
                )
                self.mark_edited()
                return
            self.conflict = False
            self.state.all_saved()
            self._show_state()
            self.session.forget_recovery()
            self.load_draft()
            self.notify("Reloaded the draft from disk.")
            self.notice_comments()
        elif answer == "merge":
            self.conflict = False
            # When it cannot merge (the file is not a draft) the question comes back.
            self.merge_with_disk()
        elif answer == "keep":
            self.conflict = False
            self.session.accept_disk()
            self.mark_edited()
            self.notify("Keeping your version; it will be saved over the file.")
        else:
            # Escape: later. Nothing is saved meanwhile; ctrl+s asks again at once.
            self.conflict = False
            self._ask_disk_after = time.monotonic() + ASK_AGAIN
            self.notify(
                f"Nothing is saved until you choose; ctrl+s asks again (and so does "
                f"drafter, in {ASK_AGAIN:.0f} seconds).",
                title="Changed on disk",
                severity="warning",
                timeout=10,
            )

    def load_draft(self: EditorScreen) -> None:
        """Show a draft that replaced the one open (reload, recovery, signing)."""
        self.signatures.look(self.draft)
        self.query_one(Outline).rebuild(self.draft)
        for view in self.mounted_views():
            view.draft = self.draft
        current = self.current
        valid = set(self.query_one(Outline).entry_ids())
        self.goto(current if current in valid else "details")
        self.refresh_status()
        if self.previewing:
            self.query_one(Preview).follow(self.draft)

    # --- recovery after a crash ---------------------------------------------------

    def offer_recovery(self: EditorScreen, recovered: Recovered) -> None:
        from drafter.tui.screens.choice import Answer, ChoiceDialog

        when = recovered.saved_at.strftime("%d %B %Y at %H:%M")
        self.session.recovery_waiting = True
        self.app.push_screen(
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
                # Writers start typing as the editor opens: "d" of "day" must not
                # discard what the crash left.
                settle=UNASKED_SETTLE,
            ),
            partial(self._recovery_answered, recovered),
        )

    def _recovery_answered(self: EditorScreen, recovered: Recovered, answer: str | None) -> None:
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
            self.session.recovery_waiting = False
            self.load_draft()
            self.mark_edited()
            self.notify("Restored your unsaved edits; they will be saved shortly.")
        elif answer == "discard":
            self.session.recovery_waiting = False
            self.session.forget_recovery()
        else:
            # Escape: not now. Quitting or saving here must not lose them either.
            self.notify(
                f"The unsaved edits kept from {recovered.saved_at:%d %B %Y at %H:%M} are "
                "left as they are: drafter offers them again the next time you open "
                f"{self.session.path.name}.",
                title="Unsaved edits kept",
                timeout=10,
            )
