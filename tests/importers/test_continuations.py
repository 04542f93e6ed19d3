"""A finding that runs to two paragraphs stays one finding, with both paragraphs."""

from __future__ import annotations

from drafter.importers import import_report
from drafter.model import FindingKind

REPORT = (
    "Recommendations\n\n"
    "Recommendation 1\n\n"
    "By 31 March 2027, the force should review how it handles calls from vulnerable people.\n\n"
    "This review should include the use of THRIVE and the training of call handlers.\n\n"
    "Recommendation 2\n\n"
    "By 31 March 2027, the force should publish its answer times.\n\n"
    "Areas for improvement\n\n"
    "The force should improve how it records ethnicity.\n\n"
    "It must also audit the records each quarter.\n\n"
    "The force should make sure supervisors review investigations.\n"
)


def test_second_paragraphs_stay_with_their_finding() -> None:
    result = import_report(REPORT)
    assert [(f.kind, f.number, f.addressee, f.deadline, f.text) for f in result.findings] == [
        (
            FindingKind.RECOMMENDATION,
            "1",
            "the force",
            "31 March 2027",
            "By 31 March 2027, the force should review how it handles calls from vulnerable "
            "people.\nThis review should include the use of THRIVE and the training of call "
            "handlers.",
        ),
        (
            FindingKind.RECOMMENDATION,
            "2",
            "the force",
            "31 March 2027",
            "By 31 March 2027, the force should publish its answer times.",
        ),
        (
            FindingKind.AREA_FOR_IMPROVEMENT,
            "1",
            "the force",
            "",
            "The force should improve how it records ethnicity.\n"
            "It must also audit the records each quarter.",
        ),
        (
            FindingKind.AREA_FOR_IMPROVEMENT,
            "2",
            "the force",
            "",
            "The force should make sure supervisors review investigations.",
        ),
    ]
    assert (
        "Recommendation 1 runs to more than one paragraph (page 1); check that it ends where "
        "the report's does"
    ) in result.warnings


def test_a_finding_far_longer_than_any_is_warned_about() -> None:
    """Text that runs a finding on into the rest of the report (a column read across,
    a heading lost) makes one finding of pages: said, with its length, so that the
    writer checks where it ends; the PDF refuses a text of 100,000 characters."""
    from drafter.importers.findings import LONG_FINDING

    run_on = "and on the many other things the report goes on to say, " * 100
    text = REPORT.replace("publish its answer times.", f"publish its answer times {run_on}in full.")
    result = import_report(text)
    long = next(f for f in result.findings if f.number == "2")
    assert len(long.text) > LONG_FINDING
    assert (
        f"Recommendation 2 is {len(long.text):,} characters long, far longer than a finding "
        "usually is; check where it ends against the report"
    ) in result.warnings
    assert not any("characters long" in w for w in import_report(REPORT).warnings)
