"""Each fixture layout imports to exactly the findings a writer should see."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import import_cases as cases
import pytest

from drafter.importers import ImportResult, SourceKind, import_report


def found(result: ImportResult) -> list[tuple[str, str, str, str, str, str]]:
    return [
        (f.kind.value, f.number, f.cause, f.addressee, f.deadline, f.text) for f in result.findings
    ]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reports")


@pytest.fixture(scope="module")
def peel(folder: Path) -> ImportResult:
    return import_report(cases.peel_pdf(folder))


@pytest.fixture(scope="module")
def national(folder: Path) -> ImportResult:
    return import_report(cases.national_pdf(folder))


@pytest.fixture(scope="module")
def accelerated(folder: Path) -> ImportResult:
    return import_report(cases.accelerated_pdf(folder))


def test_peel_pdf_causes_recommendations_and_areas(peel: ImportResult) -> None:
    assert found(peel) == cases.PEEL
    assert peel.kind is SourceKind.PDF
    assert peel.pages == 3
    assert peel.title == "PEEL 2025–27: An inspection of Eastdale Constabulary"
    assert peel.published == dt.date(2026, 6, 12)
    assert peel.warnings == [
        "the report gives no number to 2 causes of concern; drafter numbered them in order",
        "the report gives no number to 2 recommendations; drafter numbered them in order",
        "the report gives no number to 4 areas for improvement; drafter numbered them in order",
    ]


def test_national_two_column_pdf_45_recommendations(national: ImportResult) -> None:
    assert len(national.findings) == 45
    assert found(national) == cases.NATIONAL
    assert national.title == cases.NATIONAL_TITLE
    assert national.published == dt.date(2023, 11, 2)
    assert national.warnings == []


def test_national_report_names_several_addressees_and_deadline_styles(
    national: ImportResult,
) -> None:
    assert {f.addressee for f in national.findings} == set(cases.ADDRESSEES)
    assert {f.deadline for f in national.findings} == {d for _, d in cases.LEADS}


def test_accelerated_cause_numbered_and_broken_across_a_page(accelerated: ImportResult) -> None:
    assert found(accelerated) == cases.ACCELERATED
    assert accelerated.title == "Accelerated cause of concern: Northfield Police"
    assert accelerated.published == dt.date(2025, 3, 5)
    assert accelerated.warnings == []


def test_web_page_numbered_list_and_areas(folder: Path) -> None:
    result = import_report(cases.thematic_html(folder))
    assert found(result) == cases.THEMATIC
    assert result.kind is SourceKind.HTML
    assert result.title == "Police response to stalking: a thematic inspection"
    assert result.published == dt.date(2024, 4, 18)
    assert result.warnings == [
        "the report gives no number to 2 areas for improvement; drafter numbered them in order"
    ]


def test_pasted_text_r_numbering_with_page_furniture(folder: Path) -> None:
    result = import_report(cases.pasted_text(folder))
    assert found(result) == cases.PASTED
    assert result.kind is SourceKind.TEXT
    assert result.title == "Joint inspection of police custody in Westshire"
    assert result.published == dt.date(2024, 2, 21)


def test_pasted_text_as_a_string_reads_the_same(folder: Path) -> None:
    result = import_report(cases.PASTED_TEXT)
    assert found(result) == cases.PASTED
    assert result.source == "the pasted text"


def test_markdown_older_wording_and_numbered_list(folder: Path) -> None:
    result = import_report(cases.older_markdown(folder))
    assert found(result) == cases.OLDER
    assert (
        result.title == "Stop and search powers: are the police using them effectively and fairly?"
    )
    assert result.published == dt.date(2013, 7, 9)


def test_bytes_are_sniffed_as_pdf_html_or_text(folder: Path) -> None:
    html = import_report(cases.THEMATIC_HTML.encode("utf-8"))
    assert html.kind is SourceKind.HTML
    assert found(html) == cases.THEMATIC
    text = import_report(cases.OLDER_MARKDOWN.encode("utf-8"))
    assert text.kind is SourceKind.TEXT
    assert found(text) == cases.OLDER
