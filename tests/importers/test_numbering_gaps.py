"""A gap in HMICFRS's numbering is reported: a recommendation must never vanish silently."""

from __future__ import annotations

from drafter.importers import import_report
from drafter.importers.numbering import numbering_gaps
from drafter.model import Finding, FindingKind

R, C = FindingKind.RECOMMENDATION, FindingKind.CAUSE_OF_CONCERN


def test_gaps_are_named() -> None:
    found = [Finding(R, "2", "x"), Finding(R, "3", "x"), Finding(R, "6", "x"), Finding(C, "2", "y")]
    assert numbering_gaps(found) == [
        "recommendations 1, 4, 5 not found, though later numbers were; check the report "
        "and add the missing text by hand, or paste that page's text",
        "cause of concern 1 not found, though later numbers were; check the report "
        "and add the missing text by hand, or paste that page's text",
    ]


def test_no_gap_no_warning() -> None:
    assert numbering_gaps([Finding(R, "1", "x"), Finding(R, "2", "x"), Finding(R, "R3", "x")]) == []


def test_import_warns_of_a_gap() -> None:
    text = (
        "Recommendations\n\n"
        "Recommendation 2\n\nBy 31 March 2027, the force should review its call handling.\n\n"
        "Recommendation 3\n\nBy 31 March 2027, the force should train its call handlers.\n"
    )
    result = import_report(text)
    assert [f.number for f in result.findings] == ["2", "3"]
    assert any(w.startswith("recommendation 1 not found") for w in result.warnings)
