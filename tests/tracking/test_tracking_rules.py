"""The rules of drafter.tracking: RAG, overdue, which findings are actions, references."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.model import ActionStatus, Decision, Finding, FindingKind, ProgressUpdate
from drafter.tracking import Rag, days_overdue, is_open, parse_reference, rag

TODAY = dt.date(2026, 11, 30)
S = ActionStatus


def action(target: dt.date | None, status: ActionStatus | None) -> Finding:
    finding = Finding(
        FindingKind.RECOMMENDATION, "1", "Do it.", decision=Decision.ACCEPT, target=target
    )
    if status is not None:
        finding.progress = [ProgressUpdate(dt.date(2026, 6, 1), status)]
    return finding


@pytest.mark.parametrize(
    ("target_in", "status", "expected", "late"),
    [
        (-1, S.IN_PROGRESS, Rag.RED, 1),
        (-40, None, Rag.RED, 40),
        (-40, S.PLANNED, Rag.RED, 40),
        (-40, S.COMPLETE, Rag.GREEN, None),
        (-40, S.CLOSED, Rag.GREEN, None),
        (-40, S.SUPERSEDED, None, None),
        (0, S.IN_PROGRESS, Rag.AMBER, None),  # due today: not yet overdue
        (30, S.IN_PROGRESS, Rag.AMBER, None),
        (31, S.IN_PROGRESS, Rag.GREEN, None),
        (200, None, Rag.AMBER, None),  # not started
        (200, S.PLANNED, Rag.AMBER, None),
        (None, S.IN_PROGRESS, Rag.GREEN, None),
        (None, None, Rag.AMBER, None),
    ],
)
def test_rag(
    target_in: int | None, status: ActionStatus | None, expected: Rag | None, late: int | None
) -> None:
    target = None if target_in is None else TODAY + dt.timedelta(days=target_in)
    finding = action(target, status)
    assert rag(finding, TODAY) is expected
    assert days_overdue(finding, TODAY) == late


@pytest.mark.parametrize(
    ("status", "open_"),
    [(None, True), (S.PLANNED, True), (S.IN_PROGRESS, True), (S.COMPLETE, True),
     (S.CLOSED, False), (S.SUPERSEDED, False)],
)  # fmt: skip
def test_open_until_closed_or_superseded(status: ActionStatus | None, open_: bool) -> None:
    assert is_open(action(None, status)) is open_


def test_the_status_the_response_gave_counts_until_an_update() -> None:
    finding = action(None, None)
    finding.action_status = S.IN_PROGRESS
    assert finding.current_status is S.IN_PROGRESS
    finding.progress = [ProgressUpdate(TODAY, S.CLOSED)]
    assert finding.current_status is S.CLOSED


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("R3", (FindingKind.RECOMMENDATION, "3")),
        (" rec 12 ", (FindingKind.RECOMMENDATION, "12")),
        ("Recommendation 3", (FindingKind.RECOMMENDATION, "3")),
        ("AFI2", (FindingKind.AREA_FOR_IMPROVEMENT, "2")),
        ("area-for-improvement 2", (FindingKind.AREA_FOR_IMPROVEMENT, "2")),
        ("CoC1", (FindingKind.CAUSE_OF_CONCERN, "1")),
        ("Cause of concern 1", (FindingKind.CAUSE_OF_CONCERN, "1")),
        ("R1.2", (FindingKind.RECOMMENDATION, "1.2")),
        ("4", (None, "4")),
        ("X4", None),
        ("R", None),
        ("", None),
    ],
)
def test_references(text: str, parsed: tuple[FindingKind | None, str] | None) -> None:
    assert parse_reference(text) == parsed


@pytest.mark.parametrize("reference", ["RCPS1", "rcps1", "CPS1", "cps 1", "Recommendation CPS1"])
def test_a_number_that_starts_with_letters_is_found_as_drafter_actions_prints_it(
    reference: str,
) -> None:
    """Found by the adversary: `drafter actions` listed RCPS1 (a number the editor's
    "Add a finding…" accepts), and `drafter progress` found no 'RCPS1', nor 'CPS1'."""
    from drafter.model import Decision, Draft, Finding, Officer, Report, Response
    from drafter.tracking import find_finding, short_reference

    findings = [
        Finding(FindingKind.RECOMMENDATION, number, f"Text {number}.", decision=Decision.ACCEPT)
        for number in ("1", "CPS1")
    ]
    officers = Officer("Police and Crime Commissioner"), Officer("Chief Constable")
    draft = Draft(Report("T", findings=findings), Response("A", "F", "F", *officers))
    found = find_finding(draft, reference)
    assert short_reference(found) == "RCPS1"
    assert short_reference(find_finding(draft, "R1")) == "R1"
