"""Merge in the editor: unsaved edits joined with a changed file, and conflicts resolved.

Mixed into EditorScreen. "The draft changed on disk" offers Merge beside Reload and
Keep mine: a three-way merge of the last-saved version (the base), the file on
disk (theirs) and the unsaved edits (ours). What merges cleanly is applied; each
conflict stays in the draft, listed in F4 and in the palette's "Merge conflicts",
and is resolved on a screen showing both versions side by side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.errors import DrafterError
from drafter.tui.guard import refused_when_read_only

# The merge, its conflict screens and the actions behind them are imported when first
# used, not with the editor: most sessions never merge, and importing them added
# several milliseconds to every start.
if TYPE_CHECKING:
    from drafter.model import Conflict
    from drafter.tui.editor_screen import EditorScreen
    from drafter.tui.screens.conflict import Resolution


class Merging:
    #: The conflicts this editor's own Merge made (theirs is the file on disk), so
    #: that their screen names the sides as the writer knows them.
    _disk_conflicts: frozenset[tuple[object, ...]] = frozenset()

    def merge_with_disk(self: EditorScreen) -> bool:
        """Join the unsaved edits with the file on disk; False (and a message) if it cannot."""
        from drafter.actions.merge import merge_disk

        try:
            merged = merge_disk(self.session.path, self.session.saved_text, self.draft)
        except DrafterError as error:
            self.notify(
                f"Cannot merge: {error}. Reload, or keep your version.",
                severity="error",
                timeout=15,
            )
            return False
        # The file as merged with is what the next merge starts from.
        self.session.adopt_disk(merged.disk_text)
        self.session.draft = merged.draft
        self._disk_conflicts |= {c.identity for c in merged.conflicts}
        self.load_draft()
        self.mark_edited()
        count = len(merged.conflicts)
        if count:
            self.notify(
                f"Merged with the file on disk; {count} field{'s' if count != 1 else ''} "
                "changed on both sides: choose for each.",
                severity="warning",
                timeout=10,
            )
            self.action_conflicts()
        else:
            self.notify("Merged your edits with the file on disk.")
        return True

    def action_conflicts(self: EditorScreen) -> None:
        """The list of unresolved conflicts; choosing one shows both versions."""
        from drafter.tui.screens.conflict import ConflictsScreen

        def chosen(index: int | None) -> None:
            if index is not None:
                self.resolve_conflict(index)

        self.app.push_screen(ConflictsScreen(self.draft.conflicts), chosen)

    @refused_when_read_only
    def resolve_conflict(self: EditorScreen, index: int) -> None:
        from drafter.actions.resolve import current
        from drafter.tui.screens.conflict import DISK_SIDES, GIT_SIDES, ConflictScreen

        if not 0 <= index < len(self.draft.conflicts):
            return
        conflict = self.draft.conflicts[index]
        from_disk = conflict.identity in self._disk_conflicts
        screen = ConflictScreen(
            conflict, current(self.draft, conflict), DISK_SIDES if from_disk else GIT_SIDES
        )
        self.app.push_screen(screen, lambda choice: self._resolved(conflict, choice))

    def _resolved(self: EditorScreen, conflict: Conflict, choice: Resolution | None) -> None:
        from drafter.actions.resolve import keep, resolve

        if choice is None:
            self.goto(self._entry_for(conflict))
            return
        if conflict.field:
            resolve(self.draft, conflict, choice.value)
        else:
            keep(self.draft, conflict, kept=bool(choice.keep))
        self.load_draft()
        self.mark_edited()
        self.goto(self._entry_for(conflict))
        left = len(self.draft.conflicts)
        more = f"; {left} more to resolve (F4)" if left else "; no conflicts left"
        self.notify(f"Resolved {conflict.title}{more}.", timeout=4)

    def _entry_for(self: EditorScreen, conflict: Conflict) -> str:
        from drafter.check import conflict_place
        from drafter.tui.screens.problems import entry_for_field

        field, index = conflict_place(self.draft, conflict)
        return entry_for_field(field, index)
