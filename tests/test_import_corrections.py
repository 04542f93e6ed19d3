"""Corrections to imported findings as plain functions: merge, split, renumber, delete."""

from __future__ import annotations

import pytest

from drafter import import_corrections as corrections
from drafter.import_corrections import EditRefused
from drafter.model import Finding, FindingKind

REC = FindingKind.RECOMMENDATION
COC = FindingKind.CAUSE_OF_CONCERN
AFI = FindingKind.AREA_FOR_IMPROVEMENT


def report() -> list[Finding]:
    return [
        Finding(COC, "1", "Calls are not answered quickly enough."),
        Finding(REC, "1", "The force should hire call handlers.", "the force", cause="1"),
        Finding(COC, "2", "Victims are not kept informed."),
        Finding(REC, "2", "The force should call victims back", "the force", cause="2"),
        Finding(REC, "3", "within a day.", "", "within three months", cause="2"),
        Finding(AFI, "1", "The force should improve supervision."),
    ]


def shape(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.kind.value, f.number, f.cause) for f in findings]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("The force should call victims back", "within a day.",
         "The force should call victims back within a day."),
        ("The force should:", "- call victims back.", "The force should:\n- call victims back."),
        ("One sentence.", "Another sentence.", "One sentence.\nAnother sentence."),
        ("A question?  ", "  Next.", "A question?\nNext."),
        ("", "Only this.", "Only this."),
    ],
)  # fmt: skip
def test_join_texts(first: str, second: str, joined: str) -> None:
    assert corrections.join_texts(first, second) == joined


def test_merge_keeps_the_first_number_and_fills_what_it_lacks() -> None:
    findings = report()
    message = corrections.merge_with_next(findings, 3)
    assert message == "Merged Recommendation 3 into Recommendation 2"
    merged = findings[3]
    assert (merged.number, merged.text, merged.addressee, merged.deadline, merged.cause) == (
        "2",
        "The force should call victims back within a day.",
        "the force",
        "within three months",
        "2",
    )
    assert len(findings) == 5


def test_merging_a_cause_into_a_cause_moves_its_recommendations() -> None:
    findings = report()
    del findings[1]  # cause 1 is now followed directly by cause 2
    message = corrections.merge_with_next(findings, 0)
    assert message == (
        "Merged Cause of concern 2 into Cause of concern 1; "
        "moved its 2 recommendations to Cause of concern 1"
    )
    assert shape(findings) == [
        ("cause-of-concern", "1", ""),
        ("recommendation", "2", "1"),
        ("recommendation", "3", "1"),
        ("area-for-improvement", "1", ""),
    ]


def test_merging_a_cause_into_a_recommendation_clears_its_recommendations_cause() -> None:
    findings = report()
    message = corrections.merge_with_next(findings, 1)
    assert message == (
        "Merged Cause of concern 2 into Recommendation 1; cleared the cause of 2 recommendations"
    )
    assert [f.cause for f in findings] == ["", "1", "", "", ""]


def test_the_last_finding_has_nothing_to_merge_with() -> None:
    with pytest.raises(EditRefused, match="there is no next finding to merge with"):
        corrections.merge_with_next(report(), 5)


def test_split_gives_the_rest_the_next_free_number_after_it() -> None:
    findings = report()
    text = "The force should hire call handlers. It should also train them."
    findings[1].text = text
    message = corrections.split_at(findings, 1, text.index("It should"))
    assert message == "Split Recommendation 1; the rest is now Recommendation 4"
    assert (findings[1].text, findings[2].text) == (
        "The force should hire call handlers.",
        "It should also train them.",
    )
    assert (findings[2].addressee, findings[2].cause) == ("the force", "1")
    assert shape(findings)[1:4] == [
        ("recommendation", "1", "1"),
        ("recommendation", "4", "1"),
        ("cause-of-concern", "2", ""),
    ]


@pytest.mark.parametrize("offset", [0, 36, 99])
def test_split_at_either_end_is_refused(offset: int) -> None:
    findings = report()
    with pytest.raises(EditRefused) as refused:
        corrections.split_at(findings, 1, offset)
    assert str(refused.value) == (
        "put the cursor in Recommendation 1's text where the second finding should start"
    )
    assert len(findings) == 6


def test_renumbering_causes_carries_their_recommendations() -> None:
    findings = report()
    findings[0].number, findings[1].cause = "4", "4"
    findings[2].number, findings[3].cause, findings[4].cause = "7", "7", "7"
    assert corrections.renumber(findings, COC) == "Renumbered the causes of concern 1 to 2"
    assert shape(findings) == shape(report())


def test_renumbering_recommendations_follows_the_list() -> None:
    findings = report()
    findings[1], findings[3] = findings[3], findings[1]
    assert corrections.renumber(findings, REC) == "Renumbered the recommendations 1 to 3"
    assert [f.number for f in findings if f.kind is REC] == ["1", "2", "3"]
    assert findings[1].text == "The force should call victims back"
    assert corrections.renumber(findings, AFI) == "Renumbered the areas for improvement"


def test_deleting_a_cause_clears_its_recommendations_cause() -> None:
    findings = report()
    assert corrections.delete(findings, 2) == (
        "Deleted Cause of concern 2; cleared the cause of 2 recommendations"
    )
    assert [f.cause for f in findings] == ["", "1", "", "", ""]


def test_kinds_cycle() -> None:
    assert [corrections.next_kind(k) for k in (REC, COC, AFI)] == [COC, AFI, REC]


def test_problems_name_each_row() -> None:
    findings = report()
    assert corrections.problems(findings) == []
    findings[4].number = "2"
    findings[5].cause = "1"
    findings[1].cause = "9"
    findings[0].text = " "
    findings.append(Finding(REC, "", "Text."))
    assert corrections.problems(findings) == [
        (0, "row 1 (Cause of concern 1): the text is empty; write it, or delete the finding"),
        (1, "row 2 (Recommendation 1): there is no cause of concern 9; give the number of one, "
            "or clear its cause"),
        (4, "row 5 (Recommendation 2): Recommendation 2 is also row 4; change one number, or "
            "renumber"),
        (5, "row 6 (Area for improvement 1): only a recommendation can belong to a cause of "
            "concern; clear its cause"),
        (6, "row 7: give the finding its number"),
    ]  # fmt: skip
    assert corrections.problems([]) == [
        (0, "there are no findings left; go back and import again, or start empty")
    ]


def test_first_words_cut_at_a_word() -> None:
    assert corrections.first_words("The force\nshould act now.", 40) == "The force should act now."
    assert corrections.first_words("The force should act now.", 14) == "The force…"
