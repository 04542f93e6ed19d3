"""The progress layout: golden files in every text format, and its Word and PDF versions.

The golden files are tests/layouts/golden-progress/NAME.progress.FORMAT, for both
example drafts and for a response published and tracked with drafter's own
commands. After a deliberate change, regenerate them and read the diff:

    DRAFTER_GOLDEN=update .venv/bin/pytest tests/layouts/test_layout_progress.py -q
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO, Result
from layout_cases import EXAMPLES, FORMATS, example
from test_layout_golden import without_standard_css

sys.path.insert(0, str(REPO / "tests" / "tracking"))
from tracking_cases import published_response

from drafter import store
from drafter.model import Draft
from drafter.render.text_formats import render_text

GOLDEN = Path(__file__).parent / "golden-progress"
AS_AT = dt.date(2026, 11, 30)
UPDATES = (
    ("R1", "in-progress", "2026-05-01", "Attendance standard drafted | sent to *board*.", ""),
    ("R1", "in-progress", "2026-08-01", "Standard agreed; rota changes start in October.", ""),
    ("CoC1", "complete", "2026-09-01", "Attendance met for three months.\n- June: 91%\n- July: 94%", "Performance board minutes, 28 August 2026"),
    ("AFI1", "planned", "2026-06-01", "", ""),
    ("R2", "closed", "2026-11-20", "<b>Named contacts</b> in place for every victim.", "https://example.org/eastvale/contacts?a=1&b=2"),
)  # fmt: skip


@pytest.fixture(scope="module")
def tracked(tmp_path_factory: pytest.TempPathFactory) -> Draft:
    from drafter.cli import main

    def cli(*args: object) -> Result:
        return Result(main([str(a) for a in args]), "", "")

    folder = tmp_path_factory.mktemp("tracked")
    draft = published_response(folder, cli)
    for finding, status, date, note, evidence in UPDATES:
        args = ["--status", status, "--date", date, "--note", note, "--evidence", evidence]
        assert main(["progress", str(draft), finding, *args]) == 0
    return store.load(draft)


def drafts(tracked: Draft) -> dict[str, tuple[Draft, dt.date | None]]:
    out: dict[str, tuple[Draft, dt.date | None]] = {"eastvale": (tracked, AS_AT)}
    out.update({p.stem: (example(p), None) for p in EXAMPLES})
    return out


NAMES = ["eastvale", *(p.stem for p in EXAMPLES)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", NAMES)
def test_matches_golden(tracked: Draft, name: str, fmt: str) -> None:
    draft, as_at = drafts(tracked)[name]
    text = without_standard_css(render_text(draft, fmt, layout="progress", as_at=as_at))
    golden = GOLDEN / f"{name}.progress.{fmt}"
    if os.environ.get("DRAFTER_GOLDEN") == "update":
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden.name}; see this module's docstring"
    assert text == golden.read_text(encoding="utf-8")


def test_every_golden_file_is_used() -> None:
    assert {p.name for p in GOLDEN.iterdir()} == {
        f"{n}.progress.{fmt}" for n in NAMES for fmt in FORMATS
    }


def test_the_rag_marks_and_counts(tracked: Draft) -> None:
    text = render_text(tracked, "md", layout="progress", as_at=AS_AT)
    assert (
        "| Recommendation 1 | Accepted | Head of Response | 30 June 2026 | In progress | Red: 153 days overdue | 1 August 2026: Standard agreed; rota changes start in October. |"
        in text
    )
    assert (
        "| Recommendation 2 | Partially accepted | Victim Services Manager | 31 December 2026 | Closed | Green |"
        in text
    )
    assert (
        "| Area for improvement 1 | Accepted | Head of Forensics | 31 March 2027 | Planned | Amber |"
        in text
    )
    # Noted and not accepted findings are not actions.
    assert "Recommendation 3 |" not in text and "Area for improvement 2" not in text
    assert "| In progress | 1 |" in text and "| Total | 4 |" in text
    assert "4 actions; 1 overdue." in text


def test_an_update_without_a_note_is_its_date_alone(tracked: Draft) -> None:
    """Not "Latest update (1 June 2026):" over nothing, as if the note were lost."""
    text = render_text(tracked, "txt", layout="progress", as_at=AS_AT)
    assert "\nLatest update: 1 June 2026\n" in text
    assert "Latest update (1 August 2026):\n    Standard agreed;" in text
    assert "Latest update (1 June 2026)" not in text


def test_the_response_is_the_commissioners_as_the_title_line_says(tracked: Draft) -> None:
    """The s.55 response is published by the local policing body, not the force."""
    for fmt in FORMATS:
        text = render_text(tracked, fmt, layout="progress", as_at=AS_AT)
        office = tracked.response.commissioner_office
        assert f"The response of the {office}, published 24 April 2026." in " ".join(text.split())
        assert "Police's response" not in text


def test_as_at_moves_the_rag(tracked: Draft) -> None:
    early = render_text(tracked, "md", layout="progress", as_at=dt.date(2026, 6, 15))
    assert "| 30 June 2026 | In progress | Amber |" in early


def test_the_cli_dates_the_report(
    tracked: Draft, tmp_path: Path, cli: Callable[..., Result]
) -> None:
    path = tmp_path / "eastvale.toml"
    store.save(tracked, path)
    result = cli("render", path, "--layout", "progress", "--today", "2026-11-30")
    assert result.status == 0, result.err
    assert result.out == render_text(tracked, "md", layout="progress", as_at=AS_AT)
    assert "Progress as at 30 November 2026." in result.out


def test_word(tracked: Draft) -> None:
    import docx

    from drafter.render.docx import render_docx

    word = docx.Document(io.BytesIO(render_docx(tracked, layout="progress", as_at=AS_AT)))
    paragraphs = [p.text for p in word.paragraphs]
    assert paragraphs[0].startswith("Progress on the HMICFRS report: Burglary in Eastvale")
    assert "Annex: history of updates" in paragraphs
    actions = word.tables[1]
    cells = [[c.text for c in row.cells] for row in actions.rows]
    assert cells[0] == [
        "Finding",
        "Decision",
        "Owner",
        "Target date",
        "Status",
        "RAG",
        "Latest update",
    ]
    assert cells[2][:6] == [
        "Recommendation 1",
        "Accepted",
        "Head of Response",
        "30 June 2026",
        "In progress",
        "Red: 153 days overdue",
    ]
    # the annex: one history table per finding with updates, each update a row
    histories = word.tables[2:]
    assert [len(t.rows) - 1 for t in histories] == [1, 2, 1, 1]
    assert histories[0].rows[1].cells[3].text == "Performance board minutes, 28 August 2026"


def test_pdf(tracked: Draft) -> None:
    import pypdf

    from drafter.render.pdf import render_pdf

    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(tracked, layout="progress", as_at=AS_AT)))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "Red: 153 days overdue" in text
    assert "Annex: history of updates" in text
    assert "<b>Named contacts</b> in place" in text  # escaped, not markup
    assert pdf.pages[0].mediabox.width > pdf.pages[0].mediabox.height  # landscape
