"""Corrections to what an import got wrong, and undoing them, on the Northmoor example."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from drafter import store
from drafter.actions import correct
from drafter.actions.correct import FindingFields
from drafter.errors import CorrectionRefused
from drafter.model import Decision, FindingKind


def titles(draft) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.title for f in draft.findings]


def test_renumbering_a_cause_of_concern_takes_its_recommendations_along(northmoor: Path) -> None:
    draft = store.load(northmoor)
    assert [f.cause for f in draft.findings[1:3]] == ["1", "1"]
    values = replace(FindingFields.of(draft.findings[0]), number="4")
    done = correct.edit_finding(draft, 0, values)
    assert done.summary == "Cause of concern 4 corrected"
    assert [f.cause for f in draft.findings[1:3]] == ["4", "4"]
    # Saved, it loads again.
    store.loads(store.dumps(draft))


def test_a_correction_that_would_make_the_draft_invalid_changes_nothing(northmoor: Path) -> None:
    draft = store.load(northmoor)
    before = store.dumps(draft)
    taken = replace(FindingFields.of(draft.findings[4]), number="1")
    with pytest.raises(CorrectionRefused, match="Recommendation 1 appears twice") as refused:
        correct.edit_finding(draft, 4, taken)
    assert refused.value.field == "number"
    with pytest.raises(CorrectionRefused, match="needs its text"):
        correct.edit_finding(draft, 4, replace(taken, number="3", text="  \n "))
    with pytest.raises(CorrectionRefused, match="has recommendations"):
        correct.edit_finding(
            draft, 0, replace(FindingFields.of(draft.findings[0]), kind=FindingKind.RECOMMENDATION)
        )
    with pytest.raises(CorrectionRefused, match="no cause of concern numbered"):
        correct.edit_finding(draft, 4, replace(FindingFields.of(draft.findings[4]), cause="9"))
    with pytest.raises(CorrectionRefused, match="has recommendations"):
        correct.remove_finding(draft, 0)
    assert store.dumps(draft) == before


def test_add_and_remove_a_finding(northmoor: Path) -> None:
    draft = store.load(northmoor)
    done = correct.add_finding(
        draft,
        FindingFields(
            FindingKind.RECOMMENDATION, " 8 ", "The force should  act.\n\n", addressee=" the  force"
        ),
    )
    assert done.finding == 9  # after Recommendation 7, before the areas for improvement
    added = draft.findings[9]
    assert (added.title, added.text, added.addressee) == (
        "Recommendation 8",
        "The force should  act.",
        "the force",
    )
    correct.remove_finding(draft, 9)
    assert "Recommendation 8" not in titles(draft)


def test_move_rename_and_merge_noted_groups(northmoor: Path) -> None:
    draft = store.load(northmoor)
    draft.findings[6].decision = draft.findings[7].decision = Decision.NOTE
    draft.response.noted.append(store.load(northmoor).response.noted[0])
    draft.response.noted[1].addressee = "Home Office"
    draft.response.noted[1].statement = "We note the Home Office's work."
    # Recommendation 7 (Home Office) into the College of Policing's group.
    correct.move_to_group(draft, 8, 0)
    assert draft.findings[8].decision is Decision.NOTE
    assert [f.title for f in draft.noted_findings(draft.response.noted[0])] == [
        "Recommendation 5",
        "Recommendation 6",
        "Recommendation 7",
    ]
    correct.rename_group(draft, 0, "the College of Policing")
    assert {f.addressee for f in draft.findings[6:9]} == {"the College of Policing"}
    with pytest.raises(CorrectionRefused, match="merge the two groups instead"):
        correct.rename_group(draft, 1, "College of Policing")
    done = correct.merge_groups(draft, 1, 0)
    assert done.group == 0
    [group] = draft.response.noted
    assert group.statement.endswith("\nWe note the Home Office's work.")
    store.loads(store.dumps(draft))


def test_undo_puts_the_report_back_and_keeps_a_response_typed_since(northmoor: Path) -> None:
    draft = store.load(northmoor)
    before = store.dumps(draft)
    kept = correct.snapshot(draft, "renumber")
    correct.edit_finding(draft, 4, replace(FindingFields.of(draft.findings[4]), number="3A"))
    correct.remove_finding(draft, 10)
    draft.findings[4].response = "Typed after the correction."
    correct.restore(draft, kept)
    assert draft.findings[4].number == "3"
    assert draft.findings[4].response == "Typed after the correction."
    draft.findings[4].response = store.load(northmoor).findings[4].response
    assert store.dumps(draft) == before
