"""Noting the findings to other bodies: undecided ones noted and grouped, decided ones kept."""

from __future__ import annotations

from drafter.actions.note_others import note_others
from drafter.model import Decision, Draft, Finding, FindingKind, Officer, Report, Response

REC = FindingKind.RECOMMENDATION


def _draft(*findings: Finding) -> Draft:
    return Draft(
        report=Report(title="Vetting", findings=list(findings)),
        response=Response(
            area="Kent",
            force="Kent Police",
            force_short="Kent",
            commissioner=Officer("Police and Crime Commissioner"),
            chief=Officer("Chief Constable"),
        ),
    )


def test_undecided_findings_to_others_are_noted_and_grouped_by_acting_body() -> None:
    own = Finding(REC, "1", "The force should act.", addressee="Kent Police")
    home = Finding(REC, "2", "The Home Office should act.", addressee="the Home Office")
    home_too = Finding(REC, "3", "Again.", addressee="the Home Office, working with the NPCC")
    decided = Finding(
        REC, "4", "The College should act.", addressee="College of Policing",
        decision=Decision.ACCEPT,
    )  # fmt: skip
    draft = _draft(own, home, home_too, decided)
    noted = note_others(draft)
    assert noted.marked == [home, home_too]
    assert noted.kept == [decided]
    assert [g.addressee for g in draft.response.noted] == ["the Home Office"]
    assert noted.added == [0]
    assert own.decision is None and decided.decision is Decision.ACCEPT
    again = note_others(draft)
    assert (again.marked, again.added) == ([], [])
