"""The action plan's columns: none the draft leaves empty in every row of a table.

The Status column shows once the response gives an action a status (progress
recorded after publication is the progress layout's, not the signed plan's); Owner, Target date, Decision and the response likewise show only when some
row of that table has one. Checked on the bundled examples and on drafts made by
drafter's own commands (`drafter new`, `drafter import -o`), in md and html (txt
gives each row as a record and leaves out an empty entry row by row).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import DRAFTS, NORTHMOOR, SHORT_REPORT, Result

from drafter import store
from drafter.model import ActionStatus, Draft, ProgressUpdate
from drafter.render.text_formats import render_text

EASTMERE = DRAFTS / "eastmere-missing-children-2026-fictional.toml"
ALL = ["Number", "Finding", "Decision", "{} response", "Owner", "Target date", "Status"]


def md_headers(page: str) -> list[list[str]]:
    """Each Markdown table's column headings."""
    lines = page.split("\n")
    return [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line, rule in pairwise(lines)
        if line.startswith("| ") and rule.startswith("| ---")
    ]


def html_headers(page: str) -> list[list[str]]:
    return [
        re.findall(r'<th scope="col"[^>]*>([^<]*)</th>', head)
        for head in re.findall(r"<thead>(.*?)</thead>", page)
    ]


def html_rows(page: str) -> list[int]:
    """How many cells each body row of each table has."""
    return [
        len(re.findall(r"<t[hd][ >]", row))
        for body in re.findall(r"<tbody>(.*?)</tbody>", page, flags=re.S)
        for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    ]


def both_headers(draft: Draft) -> tuple[list[list[str]], list[list[str]]]:
    md = render_text(draft, "md", layout="action-plan")
    page = render_text(draft, "html", layout="action-plan")
    return md_headers(md), html_headers(page)


def test_no_status_column_before_any_action_has_a_status() -> None:
    draft = store.load(NORTHMOOR)
    md, html = both_headers(draft)
    shown = [h.format("Northmoor") for h in ALL[:-1]]
    assert md == html == [shown, shown]
    page = render_text(draft, "html", layout="action-plan")
    assert 'class="status"' not in page
    assert set(html_rows(page)) == {6}
    assert "Status:" not in render_text(draft, "txt", layout="action-plan")


def test_the_response_status_shows_when_there_is_no_progress() -> None:
    draft = store.load(NORTHMOOR)
    area = next(f for f in draft.report.findings if f.title == "Area for improvement 1")
    area.action_status = ActionStatus.PLANNED
    md, html = both_headers(draft)
    assert md[1][-1] == html[1][-1] == "Status"
    assert "Status" not in md[0]  # only the table that has a status shows the column
    assert "| Head of Crime Recording | 30 June 2027 | Planned |" in render_text(
        draft, "md", layout="action-plan"
    )
    # a progress update since does not change the plan as signed
    area.progress.append(ProgressUpdate(date=area.target, status=ActionStatus.COMPLETE))
    assert "| 30 June 2027 | Planned |" in render_text(draft, "md", layout="action-plan")


def test_a_new_draft_shows_only_number_and_finding(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """`drafter import -o` leaves every finding undecided, with no owner or date."""
    source = tmp_path / "report.txt"
    source.write_text(SHORT_REPORT, encoding="utf-8")
    path = tmp_path / "testshire.toml"
    made = cli("import", source, "-o", path, "--area", "Testshire", "--force", "Testshire Police")
    assert made.status == 0, made.err
    md, html = both_headers(store.load(path))
    assert md == html == [["Number", "Finding"], ["Number", "Finding"]]
    page = render_text(store.load(path), "md", layout="action-plan")
    assert "| Area for improvement 1 | The force should improve how it records" in page


def test_a_noted_group_fills_the_decision_and_response_columns() -> None:
    draft = store.load(DRAFTS / "wiltshire-prevent-2020.toml")
    md, html = both_headers(draft)
    assert md == html == [[h.format("Wiltshire") for h in ALL[:5]]]


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_an_empty_owner_is_an_empty_column(fmt: str) -> None:
    """An owner of spaces, as a hand-edited draft may hold, is no owner."""
    draft = store.load(NORTHMOOR)
    for finding in draft.report.findings:
        finding.owner = "  " if finding.owner else ""
    page = render_text(draft, fmt, layout="action-plan")
    assert "Owner" not in page


def _plan_words(draft: Draft, fmt: str) -> str:
    """The action plan's text in ``fmt``, words joined by single spaces."""
    import io

    if fmt == "docx":
        import docx

        from drafter.render.docx import render_docx

        word = docx.Document(io.BytesIO(render_docx(draft, layout="action-plan")))
        cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
        text = " ".join([*(p.text for p in word.paragraphs), *cells])
    elif fmt == "pdf":
        from pypdf import PdfReader

        from drafter.render.pdf import render_pdf

        reader = PdfReader(io.BytesIO(render_pdf(draft, layout="action-plan")))
        text = " ".join(page.extract_text() or "" for page in reader.pages)
    else:
        text = render_text(draft, fmt, layout="action-plan")
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "docx", "pdf"])
def test_a_signed_plan_shows_the_status_signed_not_later_progress(fmt: str) -> None:
    """The action plan is the response as signed and published: its Status column is
    the status the response gave. Progress recorded since (never signed) is the
    progress layout's. Before, Eastmere's signed, published plan showed "Closed" and
    "In progress" from updates nobody signed."""
    eastmere = store.load(EASTMERE)
    assert store.is_signed_off(eastmere)
    assert all(f.action_status is None for f in eastmere.findings)
    assert any(f.progress for f in eastmere.findings)
    words = _plan_words(eastmere, fmt)
    for label in ("Closed", "In progress", "Complete", "Status"):
        assert label not in words, label
    progress = " ".join(render_text(eastmere, "md", layout="progress").split())
    assert "Closed" in progress and "In progress" in progress

    # A status the response gave shows, whatever progress says since.
    area = next(f for f in eastmere.findings if f.title == "Area for improvement 1")
    area.action_status = ActionStatus.PLANNED
    area.progress.append(ProgressUpdate(date=area.progress[-1].date, status=ActionStatus.CLOSED))
    words = _plan_words(eastmere, fmt)
    assert "Planned" in words and "Status" in words
    for label in ("Closed", "In progress", "Complete"):
        assert label not in words, label
