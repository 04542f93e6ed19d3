"""Saving: autosave in a worker, ctrl+s, the recovery file, the file changed on disk, quitting.

Mixed into DrafterApp. The draft is only ever changed on the app's thread; a save
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
from drafter.tui.outline import Outline
from drafter.tui.preview import Preview
from drafter.tui.screens.choice import Answer, ChoiceDialog
from drafter.tui.session import ChangedOnDisk, Recovered

if TYPE_CHECKING:
    from drafter.tui.app import DrafterApp


class Saving:
    #: A read-only editor has said once that it saves nothing.
    _told_read_only = False
    dirty: bool
    conflict: bool
    saving: bool
    _generation: int
    _saved_generation: int
    _recovery_generation: int
    _first_unsaved: float
    _last_edit: float
    _first_unkept: float
    _save_started: float

    def mark_edited(self: DrafterApp) -> None:
        now = time.monotonic()
        if not self.dirty:
            self._first_unsaved = now
        if not self.dirty or self._recovery_generation == self._generation:
            # Until now every edit was saved or kept: this one starts the wait for
            # the next recovery write.
            self._first_unkept = now
        self._last_edit = now
        self._generation += 1
        self.dirty = True
        self.refresh_status()
        preview = self.query_one(Preview)
        if preview.display:
            preview.follow(self.draft)

    # --- the recovery file --------------------------------------------------------

    def keep_recovery(self: DrafterApp) -> None:
        self._recovery_generation = self._generation
        text = self.session.snapshot()
        self._write_recovery(text, self._generation)

    @work(thread=True, group="recovery", exclusive=False)
    def _write_recovery(self: DrafterApp, text: str, generation: int) -> None:
        try:
            self.session.keep_for_recovery(text, generation)
        except DrafterError as error:
            self.call_from_thread(
                self.notify, f"cannot keep unsaved edits safe: {error}", severity="error"
            )

    # --- saving -------------------------------------------------------------------

    def _prepare_save(self: DrafterApp) -> str | None:
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

    def save_in_background(self: DrafterApp) -> None:
        text = self._prepare_save()
        if text is None:
            self._first_unsaved = time.monotonic()
            return
        self.saving = True
        self._save_started = time.monotonic()
        self._write_draft(text, self._generation)

    @work(thread=True, group="save", exclusive=False)
    def _write_draft(self: DrafterApp, text: str, generation: int) -> None:
        try:
            self.session.write(text)
        except DrafterError as error:
            self.call_from_thread(self._save_failed, error)
            return
        self.call_from_thread(self._saved, generation)

    def _saved(self: DrafterApp, generation: int) -> None:
        self.saving = False
        self._saved_generation = generation
        # Typing may have gone on during the save: the recovery file goes only if the
        # draft now holds all it had, and the next tick keeps the newer edits.
        self.session.settle_recovery(generation)
        if generation == self._generation:
            self.dirty = False
        else:
            # The edits typed during the save are newer than it: the next forced save is
            # MAX_UNSAVED after they began, not at every tick while typing goes on.
            self._first_unsaved = self._save_started
        self.refresh_status()

    def _save_failed(self: DrafterApp, error: DrafterError) -> None:
        self.saving = False
        self._first_unsaved = time.monotonic()
        if isinstance(error, ChangedOnDisk):
            # Seen under the draft's lock, after the tick's own look: ask, as ever.
            self.keep_recovery()
            self.refresh_status()
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
        self.refresh_status()

    def save_now(self: DrafterApp) -> bool:
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

    def action_save(self: DrafterApp) -> None:
        if self.saving:
            self.notify("Saving already; try again in a moment.", timeout=2)
            return
        self.save_now()

    # --- the file on disk ---------------------------------------------------------

    def notice_read_only(self: DrafterApp) -> None:
        """Say, at the start, that another editor holds this draft and by whom."""
        holder = self.session.held_by
        if holder is not None:
            self.notify(
                f"{self.session.path.name} is open in {holder}. It is open here "
                "read-only: nothing you change is saved. Quit, and open it again once "
                "they have finished.",
                title="Read-only",
                severity="warning",
                timeout=30,
            )

    def notice_comments(self: DrafterApp) -> None:
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

    def on_disk_change(self: DrafterApp) -> None:
        if self.conflict:
            return
        self.conflict = True
        self.refresh_status()
        mine = (
            "Your unsaved edits in drafter would be lost by reloading; Merge joins them "
            "with the file's changes, field by field."
            if self.dirty
            else "You have no unsaved edits."
        )
        self.push_screen(
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
            ),
            self._disk_change_answered,
        )

    def _disk_change_answered(self: DrafterApp, answer: str | None) -> None:
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
            # Escape: ask again at the next tick rather than save over it.
            self.conflict = False
        self.refresh_status()

    def load_draft(self: DrafterApp) -> None:
        """Show a draft that replaced the one open (reload, recovery, signing)."""
        self.signatures.look(self.draft)
        self.query_one(Outline).rebuild(self.draft)
        for view in self.mounted_views():
            view.draft = self.draft
        current = self.current
        valid = set(self.query_one(Outline).entry_ids())
        self.goto(current if current in valid else "details")
        self.refresh_status()
        preview = self.query_one(Preview)
        if preview.display:
            preview.follow(self.draft)

    # --- recovery after a crash ---------------------------------------------------

    def offer_recovery(self: DrafterApp, recovered: Recovered) -> None:
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

    def _recovery_answered(self: DrafterApp, recovered: Recovered, answer: str | None) -> None:
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

    async def action_quit(self: DrafterApp) -> None:
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

    def _quit_answered(self: DrafterApp, answer: str | None) -> None:
        if answer == "save":
            if self.save_now():
                self.exit()
        elif answer == "discard":
            self.session.forget_recovery()
            self.exit()
