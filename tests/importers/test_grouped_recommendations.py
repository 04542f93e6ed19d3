"""Recommendations grouped per body or per chapter, each group numbered from 1.

Joint and thematic reports group their recommendations by the body that is to act
("Recommendations for the Crown Prosecution Service", or "For the Home Office"
under one "Recommendations" heading) or by chapter, and number each group again
from 1. Every one must be found, whatever the source's format, and none may be
dropped without a warning.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shapes

from drafter.importers import ImportProblem, import_report
from drafter.model import FindingKind

GROUPED = [
    shapes.BY_BODY,
    shapes.FOR_SUBHEADINGS,
    shapes.BY_CHAPTER,
    shapes.GROUPED_SUMMARY_AND_BODY,
]


def _found(text_or_path: str | Path) -> list[tuple[str, str, str, str, str, str]]:
    result = import_report(text_or_path)
    return [
        (f.kind.value, f.number, f.cause, f.addressee, f.deadline, f.text) for f in result.findings
    ]


@pytest.mark.parametrize("shape", GROUPED, ids=lambda s: s.name)
def test_markdown_gives_what_text_html_and_pdf_give(shape: shapes.Shape, tmp_path: Path) -> None:
    path = tmp_path / f"{shape.name}.md"
    path.write_text(shape.markdown(), encoding="utf-8")
    assert _found(path) == shape.expected


@pytest.mark.parametrize("how", shapes.FORMATS)
def test_the_renumbering_is_warned_once(how: str, tmp_path: Path) -> None:
    result = import_report(shapes.BY_BODY.write(tmp_path, how))
    said = [w for w in result.warnings if shapes.RENUMBERED in w]
    assert len(said) == 1, result.warnings
    assert not any("appears twice" in w for w in result.warnings)


def test_a_home_office_group_under_one_heading_is_not_lost() -> None:
    text = (
        "A report about victims\n\nPublished: 3 March 2026\n\nRecommendations\n\n"
        "1. By 30 September 2026, chief constables should offer victims a named officer.\n\n"
        "2. By 30 September 2026, chief constables should audit phone returns.\n\n"
        "For the Home Office\n\n"
        "1. By 31 March 2027, the Home Office should fund independent advisers.\n"
    )
    result = import_report(text)
    assert [(f.number, f.addressee) for f in result.findings] == [
        ("1", "chief constables"),
        ("2", "chief constables"),
        ("3", "the Home Office"),
    ]
    assert any("3 is the report's 1 under “For the Home Office”" in w for w in result.warnings)


def test_a_numbered_paragraph_asking_a_body_to_act_is_never_dropped_silently() -> None:
    text = (
        "A report about victims\n\nRecommendations\n\n"
        "1. Chief constables should offer victims a named officer.\n\n"
        "What the inspectorate found\n\n"
        "Victims told us that they were rarely kept informed.\n\n"
        "Annex B\n\n"
        "4. The Home Office should fund independent advisers in every area.\n"
    )
    result = import_report(text)
    assert [f.number for f in result.findings] == ["1"]
    said = [w for w in result.warnings if "not read as" in w]
    assert len(said) == 1, result.warnings
    assert "“4. The Home Office should fund independent advisers in every area.”" in said[0]


def test_a_gap_inside_a_group_is_still_named() -> None:
    text = (
        "A joint report\n\nRecommendations for the police\n\n"
        "1. Chief constables should offer victims a named officer.\n\n"
        "3. Chief constables should audit phone returns.\n\n"
        "Recommendations for the Crown Prosecution Service\n\n"
        "1. The Crown Prosecution Service should publish its charging rates.\n"
    )
    result = import_report(text)
    assert [f.number for f in result.findings] == ["1", "2", "3"]
    assert any(
        "under “Recommendations for the police”: recommendation 2 not found" in w
        for w in result.warnings
    ), result.warnings


def test_causes_keep_their_recommendations_when_recommendations_are_renumbered() -> None:
    text = (
        "An inspection of Westshire Police\n\nCause of concern 1\n\n"
        "The force does not answer emergency calls quickly enough.\n\n"
        "Recommendations\n\n1. The force should add staff to its control room.\n\n"
        "Cause of concern 2\n\nThe force does not supervise investigations well.\n\n"
        "Recommendations\n\n1. The force should review every open investigation monthly.\n"
    )
    result = import_report(text)
    recs = [(f.number, f.cause) for f in result.findings if f.kind is FindingKind.RECOMMENDATION]
    assert recs == [("1", "1"), ("2", "2")]


def test_a_group_heading_that_names_no_body_gives_no_addressee() -> None:
    text = (
        "A report about victims\n\nRecommendations for improvement\n\n"
        "1. A monthly letter to victims should be agreed.\n\n"
        "Recommendations for chief constables\n\n"
        "1. Every call about a missing child should be graded urgent.\n"
    )
    result = import_report(text)
    assert [(f.number, f.addressee) for f in result.findings] == [
        ("1", ""),
        ("2", "chief constables"),
    ]


def test_when_only_such_paragraphs_are_found_the_message_names_them() -> None:
    text = (
        "A report about victims\n\nFor the Home Office\n\n"
        "1. The Home Office should fund independent advisers in every area.\n"
    )
    with pytest.raises(ImportProblem) as caught:
        import_report(text)
    said = str(caught.value)
    assert "“1. The Home Office should fund independent advisers in every area.”" in said
    assert "put that heading above them and import again" in said
