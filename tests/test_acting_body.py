"""Noted groups are formed on the body a finding asks to act, not on its partners."""

from __future__ import annotations

import pytest

from drafter.model import (
    Decision,
    Draft,
    Finding,
    FindingKind,
    NotedGroup,
    Officer,
    Report,
    Response,
    acting_body,
    same_addressee,
)


@pytest.mark.parametrize(
    ("addressee", "body"),
    [
        (
            "the Home Office, working with the NPCC and the Forensic Science Regulator",
            "the Home Office",
        ),
        ("the Home Office working with the NPCC", "the Home Office"),
        ("the College of Policing, with the NPCC", "the College of Policing"),
        (
            "the NPCC lead for forensics (in consultation with the Home Office)",
            "the NPCC lead for forensics",
        ),
        ("the College of Policing, supported by the NPCC", "the College of Policing"),
        ("  the  Home Office ,  in partnership with the LGA", "the Home Office"),
        # Bodies named jointly are one addressee; no clause, nothing to cut.
        ("the NPCC and the College of Policing", "the NPCC and the College of Policing"),
        ("chief constables", "chief constables"),
        ("", ""),
    ],
)
def test_acting_body(addressee: str, body: str) -> None:
    assert acting_body(addressee) == body


def test_same_addressee_compares_the_bodies_asked_to_act() -> None:
    assert same_addressee("Home Office", "the Home Office, working with the NPCC")
    assert same_addressee("the  home office", "The Home Office")
    assert not same_addressee("the Home Office", "the NPCC")
    assert not same_addressee("the NPCC and the Home Office", "the Home Office")


def test_a_finding_with_partners_is_counted_in_the_acting_body_group() -> None:
    finding = Finding(
        FindingKind.RECOMMENDATION,
        "1",
        "By June 2027, the Home Office, working with the NPCC, should publish a plan.",
        addressee="the Home Office, working with the NPCC",
        decision=Decision.NOTE,
    )
    group = NotedGroup("the Home Office", "We note it.")
    draft = Draft(
        Report("T", findings=[finding]),
        Response(
            "A",
            "A Police",
            "A",
            Officer("Police and Crime Commissioner"),
            Officer("Chief Constable"),
            noted=[group],
        ),
    )
    assert draft.noted_findings(group) == [finding]
    assert draft.grouped_as_noted(finding) is group
