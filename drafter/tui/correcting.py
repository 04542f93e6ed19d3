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
    #: While a correction (or its undo) is being made: the undo list as it was before,
    #: which "Leave it" on the question about signed text puts back (guard.py).
    _corrections_before: list[correct.Snapshot] | None = None

    @property
    def corrections(self) -> list[correct.Snapshot]:
        """The undo stack of corrections, the latest last."""
        if self._corrections is None:
            self._corrections = []
        return self._corrections

    def corrections_before_edit(self: EditorScreen) -> list[correct.Snapshot]:
        """The undo list as it was before the edit being made."""
        before = self._corrections_before
        return list(self.corrections if before is None else before)

    def put_back_corrections(
        self: EditorScreen, kept: list[correct.Snapshot], copied: dict[int, Any]
    ) -> None:
        """The undo list as ``kept``, for a draft put back as a copy of the one open:
        ``copied`` maps each object of the draft copied (by id) to its copy, so that
        undoing keeps a response typed into the copy (the findings kept are the
        copies; a finding removed before the copy was made stays as kept)."""
        self.corrections[:] = [
            replace(kept_one, findings=[copied.get(id(f), f) for f in kept_one.findings])
            for kept_one in kept
        ]

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
        before = list(self.corrections)
        try:
            done = change(self.draft)
        except CorrectionRefused as refused:
            self.notify(f"Not changed: {refused.message}", severity="error")
            return
        self.corrections.append(replace(kept, summary=done.summary))
        self._corrected(done.finding, done.group, before)
        key = self.key_for("drafter.undo-correction")
        self.notify(f"{done.summary}. {key} undoes it.", title="Corrected")

    @refused_when_read_only
    def action_undo_correction(self: EditorScreen) -> None:
        from drafter.actions import correct

        if not self.corrections:
            self.notify("No correction to undo.", severity="warning")
            return
        before = list(self.corrections)
        kept = self.corrections.pop()
        correct.restore(self.draft, kept)
        self._corrected(None, None, before)
        self.notify(f"Undone: {kept.summary}.", title="Undo")

    def _corrected(
        self: EditorScreen,
        finding: int | None,
        group: int | None,
        before: list[correct.Snapshot],
    ) -> None:
        self.query_one(Outline).rebuild(self.draft)
        if self.signatures.after_edit(self.draft):
            self.query_one(Outline).redraw("signoff")
        self._corrections_before = before
        try:
            self.mark_edited()
        finally:
            self._corrections_before = None
        valid = set(self.query_one(Outline).entry_ids())
        if finding is not None:
            target = f"finding:{finding}"
        elif group is not None:
            target = f"noted:{group}"
        else:
            target = self.current
        self.goto(target if target in valid else "details")
