"""A report's title set in the body's type, in a PDF with no /Title of its own.

Found by last session's adversary: such a PDF imported with no title at all, and the
writer had to type it. The fixture is a made-up report, printed here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from report_printing import Report

from drafter.importers import import_report


def _printed(folder: Path, *, cover: list[str], metadata_title: str = "") -> Path:
    pdf = Report("Fenwold Police inspection")
    if metadata_title:
        pdf.set_title(metadata_title)
    pdf.para(*cover)  # in body type, as some reports print their cover's words
    pdf.para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    pdf.heading("Recommendations")
    pdf.para("Within three months, the force should:")
    pdf.bullets(
        ("make sure it has enough call handlers to answer emergency calls;",),
        ("review how it assesses the risk to callers.",),
    )
    pdf.add_page()  # more pages, so that the running header is seen to run
    pdf.para("We found that the force answered too few emergency calls in time.")
    pdf.heading("Area for improvement")
    pdf.para("The force should improve how it records what callers tell it.")
    pdf.add_page()
    pdf.para("The force has started to recruit more call handlers.")
    path = folder / "fenwold.pdf"
    pdf.output(str(path))
    return path


def test_a_body_size_title_on_the_first_page_is_found(tmp_path: Path) -> None:
    path = _printed(tmp_path, cover=["An inspection of how Fenwold Police answers the public"])
    result = import_report(path)
    assert len(result.findings) == 2
    assert result.title == "An inspection of how Fenwold Police answers the public"


def test_a_title_over_two_lines_is_joined(tmp_path: Path) -> None:
    path = _printed(
        tmp_path, cover=["An inspection of how Fenwold Police", "answers calls from the public"]
    )
    assert import_report(path).title == (
        "An inspection of how Fenwold Police answers calls from the public"
    )


@pytest.mark.parametrize(
    "cover",
    [
        pytest.param(["Published 12 June 2026."], id="a sentence"),
        pytest.param(["Contents"], id="one word"),
    ],
)
def test_what_is_no_title_is_not_taken_for_one(tmp_path: Path, cover: list[str]) -> None:
    assert import_report(_printed(tmp_path, cover=cover)).title == ""


def test_the_pdfs_own_title_comes_first(tmp_path: Path) -> None:
    path = _printed(
        tmp_path,
        cover=["An inspection of how Fenwold Police answers the public"],
        metadata_title="Fenwold Police: answering the public",
    )
    assert import_report(path).title == "Fenwold Police: answering the public"
