"""Corrections to the report's side of the draft, in the editor, and undoing them.

Mixed into EditorScreen. alt+c opens the form for what is on screen (a finding or
a noted group); the palette adds a finding. Each correction goes through
drafter.actions.correct, which refuses (changing nothing) what would make the
draft invalid; the refusal shows in the form, which stays open. alt+z undoes
the corrections, last first, keeping any response typed since.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from drafter.errors import CorrectionRefused
from drafter.tui.guard import refused_when_read_only
from drafter.tui.outline import Outline

# drafter.actions.correct is imported when a correction is first made, not with the
# editor: it is not needed to show the first screen.
if TYPE_CHECKING:
    from drafter.actions import correct
    from drafter.model import Draft
    from drafter.tui.editor_screen import EditorScreen
    from drafter.tui.screens.correct import FindingAnswer, GroupAnswer

    #: A correction, ready to make on a draft (the open one, or a copy to try it on).
    Change = Callable[[Draft], correct.Corrected]


class Correcting:
    _corrections: list[correct.Snapshot] | None = None

    @property
    def corrections(self) -> list[correct.Snapshot]:
        """The undo stack of corrections, the latest last."""
        if self._corrections is None:
            self._corrections = []
        return self._corrections

    @refused_when_read_only
    def action_correct(self: EditorScreen) -> None:
        """Correct what is on screen: the finding, or the noted group."""
        kind, _, arg = self.current.partition(":")
        if kind == "finding":
            self.correct_finding(int(arg))
        elif kind == "noted":
            self.correct_group(int(arg))
        else:
            self.notify(
                "Go to a finding or a noted group to correct it; "
                '"Add a finding…" in the palette adds one.',
                severity="warning",
            )

    @refused_when_read_only
    def action_add_finding(self: EditorScreen) -> None:
        self.correct_finding(None)

    def correct_finding(self: EditorScreen, index: int | None) -> None:
        from drafter.actions import correct
        from drafter.tui.screens.correct import CorrectFindingScreen

        def change_for(answer: FindingAnswer) -> Change:
            if answer.remove and index is not None:
                return lambda draft: correct.remove_finding(draft, index)
            assert answer.values is not None
            values, group = answer.values, answer.group

            def change(draft: Draft) -> correct.Corrected:
                if index is None:
                    done = correct.add_finding(draft, values)
                else:
                    done = correct.edit_finding(draft, index, values)
                if group is not None and done.finding is not None:
                    moved = correct.move_to_group(draft, done.finding, group)
                    return correct.Corrected(f"{done.summary}; {moved.summary}", done.finding)
                return done

            return change

        self._open_form(CorrectFindingScreen(self.draft, index), change_for)

    def correct_group(self: EditorScreen, index: int) -> None:
        from drafter.actions import correct
        from drafter.tui.screens.correct import CorrectGroupScreen

        def change_for(answer: GroupAnswer) -> Change:
            if answer.merge_into is not None:
                target = answer.merge_into
                return lambda draft: correct.merge_groups(draft, index, target)
            name = answer.rename or ""
            return lambda draft: correct.rename_group(draft, index, name)

        self._open_form(CorrectGroupScreen(self.draft, index), change_for)

    def _open_form(self: EditorScreen, form: Any, change_for: Callable[[Any], Change]) -> None:
        """Show a correction form; it stays open, with the reason, while a change is refused."""

        def refusal(answer: Any) -> str | None:
            try:
                change_for(answer)(copy.deepcopy(self.draft))
            except CorrectionRefused as refused:
                return f"Not changed: {refused.message}"
            return None

        def answered(answer: Any) -> None:
            if answer is not None:
                self.apply_correction(change_for(answer))

        form.refusal = refusal
        self.app.push_screen(form, answered)

    def apply_correction(self: EditorScreen, change: Change) -> None:
        """Make a correction to the open draft, undoably."""
        from drafter.actions import correct

        kept = correct.snapshot(self.draft, "")
        try:
            done = change(self.draft)
        except CorrectionRefused as refused:
            self.notify(f"Not changed: {refused.message}", severity="error")
            return
        self.corrections.append(replace(kept, summary=done.summary))
        self._corrected(done.finding, done.group)
        key = self.key_for("drafter.undo-correction")
        self.notify(f"{done.summary}. {key} undoes it.", title="Corrected")

    @refused_when_read_only
    def action_undo_correction(self: EditorScreen) -> None:
        from drafter.actions import correct

        if not self.corrections:
            self.notify("No correction to undo.", severity="warning")
            return
        kept = self.corrections.pop()
        correct.restore(self.draft, kept)
        self._corrected(None, None)
        self.notify(f"Undone: {kept.summary}.", title="Undo")

    def _corrected(self: EditorScreen, finding: int | None, group: int | None) -> None:
        self.query_one(Outline).rebuild(self.draft)
        if self.signatures.after_edit(self.draft):
            self.query_one(Outline).redraw("signoff")
        self.mark_edited()
        valid = set(self.query_one(Outline).entry_ids())
        if finding is not None:
            target = f"finding:{finding}"
        elif group is not None:
            target = f"noted:{group}"
        else:
            target = self.current
        self.goto(target if target in valid else "details")
