"""The three-way merge on the model: field by field, findings by kind and number."""

from __future__ import annotations

import datetime as dt
from copy import deepcopy

import pytest
from conftest import NORTHMOOR

from drafter import store
from drafter.model import Decision, Finding, FindingKind, NotedGroup, Role, SignOff, Status
from drafter.review.merge import merge_drafts
from drafter.review.paragraphs import merge_lines, merge_text
from drafter.workflow.signoff import sign, signoff_summary


@pytest.fixture(scope="module")
def northmoor():
    return store.load(NORTHMOOR)


def finding(draft, title: str) -> Finding:
    return next(f for f in draft.findings if f.title == title)


def three(draft):
    return deepcopy(draft), deepcopy(draft), deepcopy(draft)


def test_nothing_changed_merges_to_the_same(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert store.dumps(merged.draft) == store.dumps(northmoor)


def test_different_findings_merge(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    finding(ours, "Recommendation 1").owner = "Ours owner"
    finding(theirs, "Recommendation 2").response = "Their response."
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert finding(merged.draft, "Recommendation 1").owner == "Ours owner"
    assert finding(merged.draft, "Recommendation 2").response == "Their response."


def test_adjacent_fields_of_one_finding_merge(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    finding(ours, "Recommendation 1").decision = Decision.NOT_ACCEPTED
    finding(theirs, "Recommendation 1").owner = "Head of Safeguarding"
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    joined = finding(merged.draft, "Recommendation 1")
    assert (joined.decision, joined.owner) == (Decision.NOT_ACCEPTED, "Head of Safeguarding")


def test_same_field_changed_differently_is_a_conflict_keeping_ours(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    old = finding(base, "Recommendation 1").response
    finding(ours, "Recommendation 1").response = "Ours."
    finding(theirs, "Recommendation 1").response = "Theirs."
    merged = merge_drafts(base, ours, theirs)
    [conflict] = merged.draft.conflicts
    assert (conflict.table, conflict.kind, conflict.number, conflict.field) == (
        "findings",
        FindingKind.RECOMMENDATION,
        "1",
        "response",
    )
    assert (conflict.ours, conflict.theirs, conflict.base) == ("Ours.", "Theirs.", old)
    assert conflict.title == "Recommendation 1, response"
    assert finding(merged.draft, "Recommendation 1").response == "Ours."


def test_same_change_on_both_sides_is_no_conflict(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    for side in (ours, theirs):
        finding(side, "Recommendation 1").decision = Decision.NOTE
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert finding(merged.draft, "Recommendation 1").decision is Decision.NOTE


def test_different_paragraphs_of_one_field_merge(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    for side in (base, ours, theirs):
        finding(side, "Recommendation 1").response = "First.\nSecond.\nThird."
    finding(ours, "Recommendation 1").response = "First, ours.\nSecond.\nThird."
    finding(theirs, "Recommendation 1").response = "First.\nSecond.\nThird, theirs."
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert finding(merged.draft, "Recommendation 1").response == (
        "First, ours.\nSecond.\nThird, theirs."
    )


def test_finding_added_on_one_side_is_kept_in_its_place(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    theirs.findings.insert(1, Finding(FindingKind.RECOMMENDATION, "99", "A new one."))
    finding(ours, "Recommendation 1").owner = "Ours owner"
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert [f.title for f in merged.draft.findings] == [f.title for f in theirs.findings]
    assert finding(merged.draft, "Recommendation 1").owner == "Ours owner"


def test_findings_are_matched_by_number_not_position(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    ours.findings.insert(0, Finding(FindingKind.RECOMMENDATION, "98", "Ours first."))
    finding(theirs, "Recommendation 2").owner = "Their owner"
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert merged.draft.findings[0].number == "98"
    assert finding(merged.draft, "Recommendation 2").owner == "Their owner"
    assert (
        finding(merged.draft, "Recommendation 1").owner == finding(base, "Recommendation 1").owner
    )


def test_finding_removed_on_one_side_and_untouched_on_the_other_goes(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    theirs.findings.remove(finding(theirs, "Recommendation 2"))
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert "Recommendation 2" not in [f.title for f in merged.draft.findings]


def test_finding_removed_on_one_side_and_changed_on_the_other_is_a_conflict(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    theirs.findings.remove(finding(theirs, "Recommendation 2"))
    finding(ours, "Recommendation 2").owner = "Still wanted"
    merged = merge_drafts(base, ours, theirs)
    [conflict] = merged.draft.conflicts
    assert (conflict.field, conflict.removed, conflict.number) == ("", "theirs", "2")
    assert conflict.title == "Recommendation 2"
    assert finding(merged.draft, "Recommendation 2").owner == "Still wanted"


def test_same_finding_added_on_both_sides_merges_its_fields(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    ours.findings.append(Finding(FindingKind.RECOMMENDATION, "50", "Same text.", owner="A"))
    theirs.findings.append(
        Finding(FindingKind.RECOMMENDATION, "50", "Same text.", decision=Decision.ACCEPT)
    )
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    new = finding(merged.draft, "Recommendation 50")
    assert (new.owner, new.decision) == ("A", Decision.ACCEPT)


def test_comments_on_both_sides(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    ours.response.commissioner.comments = "The commissioner's own words."
    theirs.response.chief.comments = "The chief's own words."
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert merged.draft.response.commissioner.comments == "The commissioner's own words."
    assert merged.draft.response.chief.comments == "The chief's own words."


def test_report_and_response_details_merge_by_field(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    ours.report.url = "https://example.org/ours"
    theirs.report.published = dt.date(2026, 1, 2)
    theirs.response.force_short = "NMP"
    ours.response.cc = [*ours.response.cc, "Ours Cc"]
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert merged.draft.report.url == "https://example.org/ours"
    assert merged.draft.report.published == dt.date(2026, 1, 2)
    assert merged.draft.response.force_short == "NMP"
    assert merged.draft.response.cc[-1] == "Ours Cc"


def test_noted_groups_by_addressee(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    ours.response.noted.append(NotedGroup("Police Council", "Ours statement."))
    theirs.response.noted.append(NotedGroup("police  council", "Their statement."))
    theirs.response.noted.append(NotedGroup("Home Office", "Theirs only."))
    merged = merge_drafts(base, ours, theirs)
    [conflict] = merged.draft.conflicts
    assert (conflict.table, conflict.addressee, conflict.field) == (
        "noted",
        "Police Council",
        "statement",
    )
    assert conflict.title == "Noted group for Police Council, statement"
    names = [g.addressee for g in merged.draft.response.noted]
    assert names[-2:] == ["Police Council", "Home Office"]


def _signed(draft, role: Role):
    return sign(draft, role, "A Signatory", dt.date(2026, 11, 1))


def ready(draft):
    """The example with every finding answered, so that it can be signed."""
    out = deepcopy(draft)
    out.response.commissioner.comments = "Comments."
    out.response.chief.comments = "Comments."
    for f in out.findings:
        f.decision = Decision.ACCEPT
        f.response = f.response or "We will."
    out.response.noted = []
    return out


def test_signoffs_on_one_side_and_edits_on_the_other_leave_them_stale(northmoor) -> None:
    base = ready(northmoor)
    ours = _signed(_signed(deepcopy(base), Role.COMMISSIONER), Role.CHIEF)
    assert ours.workflow.status is Status.SIGNED_OFF
    theirs = deepcopy(base)
    finding(theirs, "Recommendation 1").response = "Changed after signing."
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert [s.role for s in merged.draft.workflow.signoffs] == list(Role)
    assert [s.state for s in signoff_summary(merged.draft)] == ["stale", "stale"]
    assert merged.draft.workflow.status is Status.IN_REVIEW
    assert finding(merged.draft, "Recommendation 1").response == "Changed after signing."


def test_one_signature_on_each_side_of_the_same_text_signs_it_off(northmoor) -> None:
    base = ready(northmoor)
    ours = _signed(deepcopy(base), Role.COMMISSIONER)
    theirs = _signed(deepcopy(base), Role.CHIEF)
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    assert [s.state for s in signoff_summary(merged.draft)] == ["valid", "valid"]
    assert merged.draft.workflow.status is Status.SIGNED_OFF


def test_signed_twice_keeps_the_later_and_revoked_stays_revoked(northmoor) -> None:
    base = _signed(ready(northmoor), Role.CHIEF)
    ours, theirs = deepcopy(base), deepcopy(base)
    ours.workflow.signoffs = [replace_date(base.workflow.signoffs[0], dt.date(2026, 3, 1))]
    theirs.workflow.signoffs = [replace_date(base.workflow.signoffs[0], dt.date(2026, 3, 5))]
    merged = merge_drafts(base, ours, theirs)
    assert merged.draft.workflow.signoffs[0].date == dt.date(2026, 3, 5)
    theirs.workflow.signoffs = []
    assert merge_drafts(base, ours, theirs).draft.workflow.signoffs == []


def replace_date(signoff: SignOff, date: dt.date) -> SignOff:
    return SignOff(signoff.role, signoff.name, date, signoff.content_hash)


def test_a_conflict_resolved_on_one_side_stays_resolved(northmoor) -> None:
    base, ours, theirs = three(northmoor)
    finding(ours, "Recommendation 1").response = "Ours."
    finding(theirs, "Recommendation 1").response = "Theirs."
    conflicted = merge_drafts(base, ours, theirs).draft
    resolved = deepcopy(conflicted)
    resolved.conflicts = []
    other = deepcopy(conflicted)
    finding(other, "Recommendation 2").owner = "Someone"
    merged = merge_drafts(conflicted, resolved, other)
    assert merged.clean
    # and one still unresolved on both sides is kept
    again = merge_drafts(conflicted, deepcopy(conflicted), other)
    assert [c.title for c in again.draft.conflicts] == ["Recommendation 1, response"]


def test_no_common_base_merges_what_agrees(northmoor) -> None:
    ours, theirs = deepcopy(northmoor), deepcopy(northmoor)
    finding(theirs, "Recommendation 1").owner = "Someone new"
    merged = merge_drafts(None, ours, theirs)
    [conflict] = merged.draft.conflicts
    assert conflict.title == "Recommendation 1, owner"


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "joined"),
    [
        ("a\nb\nc", "A\nb\nc", "a\nb\nC", "A\nb\nC"),
        ("a\nb", "a\nb\nours", "theirs\na\nb", "theirs\na\nb\nours"),
        ("a\nb", "a\nx", "a\ny", None),
        ("a", "a\nours", "a\ntheirs", None),
        ("a\nb", "a", "a\nb", "a"),
        ("", "ours", "", "ours"),
    ],
)
def test_paragraphs(base: str, ours: str, theirs: str, joined: str | None) -> None:
    assert merge_text(base, ours, theirs) == joined


def test_lines_same_change_both_sides() -> None:
    assert merge_lines(["a", "b"], ["a", "c"], ["a", "c"]) == ["a", "c"]


def test_progress_updates_on_both_sides_are_joined(northmoor) -> None:
    from drafter.model import ActionStatus, ProgressUpdate

    base, ours, theirs = three(northmoor)
    first = ProgressUpdate(dt.date(2027, 1, 10), ActionStatus.IN_PROGRESS, "Recruiting.")
    for side in (base, ours, theirs):
        finding(side, "Recommendation 1").progress = [first]
    mine = ProgressUpdate(dt.date(2027, 3, 1), ActionStatus.IN_PROGRESS, "Half done.")
    other = ProgressUpdate(dt.date(2027, 2, 1), ActionStatus.IN_PROGRESS, "Trained.")
    finding(ours, "Recommendation 1").progress.append(mine)
    finding(theirs, "Recommendation 1").progress.append(other)
    finding(theirs, "Recommendation 1").owner = "Their owner"
    merged = merge_drafts(base, ours, theirs)
    assert merged.clean
    joined = finding(merged.draft, "Recommendation 1")
    assert joined.progress == [first, other, mine]
    assert joined.owner == "Their owner"


def test_withdrawals_on_both_sides_are_kept(northmoor) -> None:
    from drafter.model import Withdrawal

    base = _signed(_signed(ready(northmoor), Role.CHIEF), Role.COMMISSIONER)
    ours, theirs = deepcopy(base), deepcopy(base)
    chief, commissioner = base.workflow.signoffs
    ours.workflow.signoffs = [commissioner]
    ours.workflow.withdrawn = [Withdrawal(chief, dt.date(2026, 3, 2))]
    theirs.workflow.signoffs = [chief]
    theirs.workflow.withdrawn = [Withdrawal(commissioner, dt.date(2026, 3, 1))]
    merged = merge_drafts(base, ours, theirs).draft
    assert merged.workflow.signoffs == []
    assert [w.withdrawn for w in merged.workflow.withdrawn] == [
        dt.date(2026, 3, 1),
        dt.date(2026, 3, 2),
    ]
