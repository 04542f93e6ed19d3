"""Starting a draft by importing the report, in the TUI: source, review, create.

Driven through the picker (``drafter`` alone) with Textual's pilot, from keys, to
the draft on disk read back with drafter.store.load.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static, TextArea

from drafter import store
from drafter.tui.config import Config
from drafter.tui.importing.review import ReviewScreen
from drafter.tui.picker import PickerApp
from tui.helpers import QUIET, footer_descriptions, type_text

#: A small report as a writer might paste it: one cause, five recommendations (the
#: importer has cut the fourth in two), one area for improvement. Fictional.
REPORT = """\
# PEEL 2025–27: An inspection of Fenmarsh Police

Published: 12 June 2026

## Cause of concern 1

The force does not answer emergency calls quickly enough.

## Recommendations

Recommendation 1

Within three months, the force should make sure it has enough call handlers.

Recommendation 2

By 31 March 2027, the force should review how it assesses risk in the control room. \
The force should also train its call handlers to spot repeat callers.

Recommendation 3

The College of Policing should publish guidance on call handling.

Recommendation 4

The force should record the ethnicity of victims of crime

Recommendation 5

and check those records every month.

## Areas for improvement

The force should improve how it supervises investigations.
"""

REC, COC, AFI = "recommendation", "cause-of-concern", "area-for-improvement"


def rows(findings) -> list[tuple[str, str, str, str, str, str]]:  # type: ignore[no-untyped-def]
    return [(f.kind.value, f.number, f.cause, f.addressee, f.deadline, f.text) for f in findings]


async def start(pilot, how: str) -> None:  # type: ignore[no-untyped-def]
    """From the picker: "+ Start a new draft", then f (file) or p (paste)."""
    await pilot.press("end", "enter")
    await pilot.pause()
    await pilot.press(how)
    await pilot.pause()


async def finish_import(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def review_of_pasted_report(pilot) -> ReviewScreen:  # type: ignore[no-untyped-def]
    """From the picker: paste REPORT, import it, and return the review screen."""
    await start(pilot, "p")
    pilot.app.screen.query_one("#source-text", TextArea).load_text(REPORT)
    await pilot.press("alt+i")
    await finish_import(pilot)
    review = pilot.app.screen
    assert isinstance(review, ReviewScreen)
    return review


def error_text(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#source-error", Static).render())


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "fenmarsh-peel.md"
    path.write_text(REPORT, encoding="utf-8")
    return path


async def test_import_from_a_file_correct_and_create(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    app = PickerApp(folder, QUIET)
    async with app.run_test(size=(120, 34)) as pilot:
        await start(pilot, "f")
        app.screen.query_one("#source-path", Input).value = str(source)
        await pilot.press("enter")
        await finish_import(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert rows(review.findings)[4:6] == [
            (REC, "4", "1", "the force", "", "The force should record the ethnicity of victims of crime"),
            (REC, "5", "1", "", "", "and check those records every month."),
        ]  # fmt: skip

        # Recommendation 3 (row 4): add a second addressee.
        await pilot.press("alt+n", "alt+n", "alt+n")
        assert review.finding.title == "Recommendation 3"
        review.query_one("#edit-addressee", Input).focus()
        await pilot.press("end")
        await type_text(pilot, " and the NPCC")

        # Recommendation 4 (row 5): the importer cut it in two; merge it with 5.
        await pilot.press("alt+n", "alt+m")
        assert review.finding.title == "Recommendation 4"

        # Recommendation 2 (row 3) holds two; split it where the second starts.
        await pilot.press("alt+p", "alt+p")
        assert review.finding.title == "Recommendation 2"
        area = review.query_one("#edit-text", TextArea)
        area.focus()
        area.cursor_location = (0, area.text.index("The force should also"))
        await pilot.press("alt+t")
        assert [f.title for f in review.findings][2:4] == ["Recommendation 2", "Recommendation 5"]

        # Number the recommendations 1 to 5 in the order of the list.
        await pilot.press("alt+r")
        await pilot.press("alt+c")
        await pilot.pause()
        assert app.screen.query_one("#new-title", Input).value == (
            "PEEL 2025–27: An inspection of Fenmarsh Police"
        )
        assert app.screen.query_one("#new-published", Input).value == "12 June 2026"
        await type_text(pilot, "fenmarsh-peel-2026")
        app.screen.query_one("#new-area", Input).value = "Fenmarsh"
        app.screen.query_one("#new-force", Input).value = "Fenmarsh Police"
        app.screen.query_one("#new-force", Input).focus()
        await pilot.press("enter")
        await pilot.pause()

    path = folder / "fenmarsh-peel-2026.toml"
    assert app.return_value == path
    draft = store.load(path)
    assert draft.report.title == "PEEL 2025–27: An inspection of Fenmarsh Police"
    assert str(draft.report.published) == "2026-06-12"
    assert (draft.response.area, draft.response.force, draft.response.force_short) == (
        "Fenmarsh",
        "Fenmarsh Police",
        "Fenmarsh",
    )
    assert rows(draft.findings) == [
        (COC, "1", "", "", "", "The force does not answer emergency calls quickly enough."),
        (REC, "1", "1", "the force", "within three months",
         "Within three months, the force should make sure it has enough call handlers."),
        (REC, "2", "1", "the force", "31 March 2027",
         "By 31 March 2027, the force should review how it assesses risk in the control room."),
        (REC, "3", "1", "the force", "31 March 2027",
         "The force should also train its call handlers to spot repeat callers."),
        (REC, "4", "1", "the College of Policing and the NPCC", "",
         "The College of Policing should publish guidance on call handling."),
        (REC, "5", "1", "the force", "",
         "The force should record the ethnicity of victims of crime and check those records "
         "every month."),
        (AFI, "1", "", "the force", "",
         "The force should improve how it supervises investigations."),
    ]  # fmt: skip


async def test_kind_delete_undo_and_problems_before_creating(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    app = PickerApp(folder, QUIET)
    async with app.run_test(size=(120, 34)) as pilot:
        review = await review_of_pasted_report(pilot)

        # Deleting the cause of concern clears the cause of its five recommendations...
        await pilot.press("alt+d")
        assert review.findings[0].title == "Recommendation 1"
        assert {f.cause for f in review.findings} == {""}
        # ... and undo brings all of it back.
        await pilot.press("alt+z")
        assert rows(review.findings)[0][:2] == (COC, "1")
        assert [f.cause for f in review.findings[1:6]] == ["1"] * 5

        # The area for improvement becomes Recommendation 1, which row 2 already is.
        await pilot.press(*["alt+n"] * 6, "alt+k")
        assert review.finding.title == "Recommendation 1"
        await pilot.press("alt+c")
        await pilot.pause()
        assert app.screen is review
        problem = str(review.query_one("#review-problem", Static).render())
        assert problem == (
            "Not yet: row 7 (Recommendation 1): Recommendation 1 is also row 2; "
            "change one number, or renumber."
        )
        # Renumbering the recommendations settles it; the draft can be created.
        await pilot.press("alt+r", "alt+c")
        await pilot.pause()
        assert app.screen.query_one("#new-title", Input).value.startswith("PEEL")
        # Escape goes back to the findings, as they were.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is review
        assert review.findings[-1].title == "Recommendation 6"
    assert not folder.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param(
            "report.pdf",
            b"<html>not a pdf</html>",
            "{path} is named .pdf but is not a PDF (it does not start with %PDF); nothing was "
            "imported. Download the report again, or paste its text instead",
            id="not-a-pdf",
        ),
        pytest.param(
            "report.txt",
            b"",
            "{path} is empty; nothing was imported",
            id="empty",
        ),
        pytest.param(
            "minutes.txt",
            b"Minutes of the meeting.\n\nNothing was agreed.\n",
            "no recommendations, causes of concern or areas for improvement found in {path}; "
            "read 2 paragraphs; check that the text includes the report's recommendations",
            id="no-findings",
        ),
        pytest.param(
            "report.docx",
            b"PK\x03\x04",
            "report.docx: drafter reads PDF (.pdf), web pages (.html), text (.txt) and "
            "Markdown (.md); for anything else, paste the report's text instead",
            id="word-file",
        ),
    ],
)
async def test_a_bad_file_is_named_and_nothing_is_written(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    folder = tmp_path / "drafts"
    app = PickerApp(folder, QUIET)
    async with app.run_test(size=(120, 34)) as pilot:
        await start(pilot, "f")
        app.screen.query_one("#source-path", Input).value = str(bad)
        await pilot.press("alt+i")
        await finish_import(pilot)
        assert error_text(app) == message.format(path=bad)
        assert not isinstance(app.screen, ReviewScreen)
        # Back to the picker, then quit: no draft anywhere.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
    assert not folder.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


async def test_a_missing_file_and_empty_paste_are_named(tmp_path: Path) -> None:
    app = PickerApp(tmp_path / "drafts", QUIET)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, "f")
        await type_text(pilot, "nowhere.pdf")
        await pilot.press("enter")
        await pilot.pause()
        assert error_text(app) == "nowhere.pdf: no such file; check the path"
        await pilot.press("escape")
        await pilot.pause()
        await start(pilot, "p")
        await pilot.press("alt+i")
        await pilot.pause()
        assert error_text(app) == "Paste the report's text into the box first."


async def test_review_keys_follow_the_keymap(tmp_path: Path) -> None:
    config = Config(autosave_seconds=3600, keys={"drafter.import-merge": "alt+j"})
    app = PickerApp(tmp_path / "drafts", config)
    async with app.run_test(size=(120, 34)) as pilot:
        review = await review_of_pasted_report(pilot)
        await pilot.press("alt+m")
        assert len(review.findings) == 7
        await pilot.press("alt+j")
        assert len(review.findings) == 6
        assert review.findings[0].text == (
            "The force does not answer emergency calls quickly enough.\n"
            "Within three months, the force should make sure it has enough call handlers."
        )


def test_the_settings_file_may_remap_the_import_keys() -> None:
    from drafter.tui.app import binding_ids

    assert {
        "drafter.import-run",
        "drafter.import-back",
        "drafter.import-merge",
        "drafter.import-split",
        "drafter.import-renumber",
        "drafter.import-kind",
        "drafter.import-delete",
        "drafter.import-undo",
        "drafter.import-confirm",
        "drafter.picker-quit",
    } <= binding_ids()


def vetting_pdf(path: Path) -> Path:
    """A one-page report PDF, made with fpdf2 as the importer tests make theirs."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_title("Vetting in Fenmarsh Police")
    for size, line in (
        (16, "Vetting in Fenmarsh Police"),
        (11, "Published: 3 March 2026"),
        (14, "Recommendations"),
        (12, "Recommendation 1"),
        (11, "By 30 September 2026, the force should vet again every officer who joined "
             "before 2020."),
        (12, "Recommendation 2"),
        (11, "The Home Office should fund a national vetting database."),
    ):  # fmt: skip
        pdf.set_font("helvetica", size=size)
        pdf.multi_cell(0, 6, line)
        pdf.ln(4)
    pdf.output(str(path))
    return path


async def test_a_pdf_is_read_in_the_background_and_reviewed(tmp_path: Path) -> None:
    pdf = vetting_pdf(tmp_path / "vetting.pdf")
    app = PickerApp(tmp_path / "drafts", QUIET)
    async with app.run_test(size=(120, 34)) as pilot:
        await start(pilot, "f")
        app.screen.query_one("#source-path", Input).value = str(pdf)
        await pilot.press("alt+i")
        await finish_import(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        head = str(review.query_one("#review-head", Static).render())
        assert head == (
            f"Vetting in Fenmarsh Police\npublished 3 March 2026 · from {pdf} · 2 recommendations"
        )
        assert rows(review.findings) == [
            (REC, "1", "", "the force", "30 September 2026",
             "By 30 September 2026, the force should vet again every officer who joined "
             "before 2020."),
            (REC, "2", "", "the Home Office", "",
             "The Home Office should fund a national vetting database."),
        ]  # fmt: skip


async def test_corrections_are_not_lost_without_asking(tmp_path: Path) -> None:
    app = PickerApp(tmp_path / "drafts", QUIET)
    async with app.run_test(size=(120, 34)) as pilot:
        review = await review_of_pasted_report(pilot)
        await pilot.press("alt+d")
        # Escape asks before going back; k keeps reviewing.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.name == "discard-review"
        await pilot.press("k")
        await pilot.pause()
        assert app.screen is review and len(review.findings) == 6
        # ctrl+q asks too; k keeps reviewing.
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.screen.name == "quit-import"
        await pilot.press("k")
        await pilot.pause()
        assert app.screen is review
        # Discarding goes back to the pasted text, still there.
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert app.screen.query_one("#source-text", TextArea).text == REPORT
    assert app.return_value is None
    assert not (tmp_path / "drafts").exists()


async def test_the_import_runs_in_a_worker_under_a_loading_indicator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import drafter.importers

    release = threading.Event()
    real = drafter.importers.import_report

    def slow_import(source, **kwargs):  # type: ignore[no-untyped-def]
        release.wait()
        return real(source, **kwargs)

    monkeypatch.setattr(drafter.importers, "import_report", slow_import)
    app = PickerApp(tmp_path / "drafts", QUIET)
    async with app.run_test(size=(120, 34)) as pilot:
        await start(pilot, "p")
        screen = app.screen
        screen.query_one("#source-text", TextArea).load_text(REPORT)
        await pilot.press("alt+i")
        await pilot.pause()
        # The screen still answers keys while the importer works; a second import waits.
        assert screen.query_one("#source-box").loading is True
        await pilot.press("alt+i", "escape")
        assert app.screen is screen
        release.set()
        await finish_import(pilot)
        assert screen.query_one("#source-box").loading is False
        assert isinstance(app.screen, ReviewScreen)


@pytest.mark.parametrize("width", [80, 102, 103, 120])
async def test_the_review_footer_shows_whole_keys_and_back_at_any_width(
    tmp_path: Path, width: int
) -> None:
    app = PickerApp(tmp_path / "drafts", QUIET)
    async with app.run_test(size=(width, 30)) as pilot:
        review = await review_of_pasted_report(pilot)
        await pilot.pause()
        shown = ["Create", "Merge", "Split", "Renumber", "Kind", "Delete", "Undo", "Back", "Quit"]
        if width < 103:
            shown = [k for k in shown if k not in ("Renumber", "Kind")]
        assert footer_descriptions(app) == shown
        # Left out of the footer, the keys still work.
        kind = review.finding.kind
        await pilot.press("alt+k")
        assert review.finding.kind is not kind
