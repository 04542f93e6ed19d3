"""drafter import and drafter new --from-report, end to end; bad input writes nothing."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import import_cases as cases
import pytest
from fpdf import FPDF

from drafter import store
from drafter.store import reportfile

DRAFT_DETAILS = ("--area", "Westshire", "--force", "Westshire Police")


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sources")
    found = {
        "accelerated": cases.accelerated_pdf(folder),
        "pasted": cases.pasted_text(folder),
        "html": cases.thematic_html(folder),
    }
    empty = folder / "empty.pdf"
    empty.write_bytes(b"")
    junk = folder / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 40)
    fake = folder / "fake.pdf"
    fake.write_bytes(b"<html>not really a PDF</html>")
    nothing = folder / "news.html"
    nothing.write_text(
        "<html><head><title>News</title></head><body><h1>Inspectorate news</h1>"
        "<p>We have published three reports this month.</p></body></html>",
        encoding="utf-8",
    )
    prose = folder / "letter.txt"
    prose.write_text("Dear colleague,\n\nThank you for your letter.\n", encoding="utf-8")
    found.update(empty=empty, junk=junk, fake=fake, nothing=nothing, prose=prose)
    found["encrypted"] = _pdf(folder / "locked.pdf", "Recommendation 1", password="secret")
    found["scan"] = _pdf(folder / "scan.pdf", None)
    return found


def _pdf(path: Path, text: str | None, password: str | None = None) -> Path:
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    if text is None:
        pdf.image(Image.new("RGB", (200, 100), "white"), x=10, y=10, w=100)
    else:
        pdf.set_font("Helvetica", size=12)
        pdf.cell(0, 10, text)
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.output(str(path))
    return path


def test_summary_without_output(cli, sources) -> None:
    result = cli("import", sources["accelerated"])
    assert result.status == 0, result.err
    assert result.out.splitlines() == [
        f"{sources['accelerated']}: Accelerated cause of concern: Northfield Police, "
        "published 5 March 2025",
        "found 3 recommendations, 1 cause of concern, 0 areas for improvement",
        "  Cause of concern 1: Northfield Police does not understand the demand it faces from "
        "missing ...",
        "  Recommendation 1 (the force; 30 April 2025; under cause of concern 1): By 30 April "
        "2025, the ...",
        "  Recommendation 2 (the force; 31 May 2025; under cause of concern 1): By 31 May 2025, "
        "the force ...",
        "  Recommendation 3 (the force and its safeguarding partners; 30 June 2025; under cause "
        "of ...",
    ]


def test_draft_from_a_pdf(cli, sources, tmp_path) -> None:
    out = tmp_path / "drafts" / "northfield.toml"
    result = cli("import", sources["accelerated"], "-o", out, *DRAFT_DETAILS, "--cc", "HMI")
    assert result.status == 0, result.err
    draft = store.load(out)
    assert draft.report.title == "Accelerated cause of concern: Northfield Police"
    assert str(draft.report.published) == "2025-03-05"
    assert [(f.kind.value, f.number, f.cause) for f in draft.findings] == [
        (k, n, c) for k, n, c, *_ in cases.ACCELERATED
    ]
    assert [f.text for f in draft.findings] == [c[-1] for c in cases.ACCELERATED]
    assert draft.response.force == "Westshire Police"
    assert draft.response.force_short == "Westshire"
    assert draft.response.cc == ["HMI"]


def test_report_file_then_new_from_report(cli, sources, tmp_path) -> None:
    report = tmp_path / "reports" / "custody.toml"
    report.parent.mkdir()
    result = cli(
        "import",
        sources["pasted"],
        "--report-only",
        "-o",
        report,
        "--title",
        "Custody in Westshire",
    )
    assert result.status == 0, result.err
    text = report.read_text(encoding="utf-8")
    assert text.startswith('format = 1\n\n[report]\ntitle = "Custody in Westshire"\n')
    assert "[response]" not in text and "decision" not in text
    loaded = reportfile.load(report)
    assert [(f.number, f.addressee, f.deadline, f.text) for f in loaded.findings] == [
        (n, a, d, t) for _, n, _, a, d, t in cases.PASTED
    ]
    assert reportfile.dumps(loaded) == text  # canonical: loading and saving changes nothing

    draft_path = tmp_path / "westshire.toml"
    result = cli("new", draft_path, "--from-report", report, *DRAFT_DETAILS)
    assert result.status == 0, result.err
    draft = store.load(draft_path)
    assert draft.report.title == "Custody in Westshire"
    assert str(draft.report.published) == "2024-02-21"
    assert draft.findings == loaded.findings


def test_new_without_title_or_report_is_refused(cli, tmp_path) -> None:
    result = cli("new", tmp_path / "x.toml", *DRAFT_DETAILS)
    assert result.status == 2
    assert result.err == (
        "drafter: --title is required (the report's title), unless the draft starts "
        "from a report file given with --from-report\n"
    )
    assert not (tmp_path / "x.toml").exists()


def test_new_from_a_draft_is_refused(cli, tmp_path, wiltshire) -> None:
    result = cli("new", tmp_path / "x.toml", "--from-report", wiltshire, *DRAFT_DETAILS)
    assert result.status == 2
    assert "this is a draft, not a report file" in result.err
    assert not (tmp_path / "x.toml").exists()


def test_standard_input(cli, sources, monkeypatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(sources["html"].read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    result = cli("import", "-")
    assert result.status == 0, result.err
    assert result.out.splitlines()[1] == (
        "found 3 recommendations, 0 causes of concern, 2 areas for improvement"
    )
    assert result.out.startswith("standard input: Police response to stalking")


def test_existing_draft_is_never_overwritten(cli, sources, tmp_path) -> None:
    out = tmp_path / "kept.toml"
    out.write_text("my work\n", encoding="utf-8")
    result = cli("import", sources["html"], "-o", out, *DRAFT_DETAILS)
    assert result.status == 2
    assert result.err == (
        f"drafter: {out} already exists and this file would replace it; choose another name\n"
    )
    assert out.read_text(encoding="utf-8") == "my work\n"
    result = cli("import", sources["html"], "-o", out, "--overwrite", *DRAFT_DETAILS)
    assert result.status == 2
    assert out.read_text(encoding="utf-8") == "my work\n"


def test_report_file_overwritten_only_when_asked(cli, sources, tmp_path) -> None:
    out = tmp_path / "report.toml"
    assert cli("import", sources["html"], "--report-only", "-o", out).status == 0
    first = out.read_bytes()
    result = cli("import", sources["pasted"], "--report-only", "-o", out, "--title", "T")
    assert result.status == 2
    assert "add --overwrite to replace it" in result.err
    assert out.read_bytes() == first
    result = cli(
        "import", sources["pasted"], "--report-only", "-o", out, "--title", "T", "--overwrite"
    )
    assert result.status == 0, result.err
    assert reportfile.load(out).title == "T"


@pytest.mark.parametrize("kind", ["draft", "notes"])
def test_overwrite_replaces_only_a_report_file(cli, sources, tmp_path, wiltshire, kind) -> None:
    """A signed, published draft (or any file that is not a report file) given by
    mistake as --report-only's output is never replaced, --overwrite or not."""
    out = wiltshire if kind == "draft" else tmp_path / "notes.toml"
    if kind == "notes":
        out.write_text('title = "my own notes"\n', encoding="utf-8")
    before = out.read_bytes()
    result = cli(
        "import", sources["pasted"], "--report-only", "-o", out, "--title", "T", "--overwrite"
    )
    assert result.status == 2
    assert result.err.endswith(
        f"drafter: {out} is not a report file, and only a report file is replaced; "
        "choose another name\n"
    )
    assert out.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty", "{path} is empty; nothing was imported"),
        (
            "junk",
            "{path} is not a PDF, a web page or text (it looks like binary data); nothing was "
            "imported. Give the report's PDF, its web page saved as HTML, or its text",
        ),
        (
            "fake",
            "{path} is named .pdf but is not a PDF (it does not start with %PDF); nothing was "
            "imported. Download the report again, or paste its text instead",
        ),
        (
            "encrypted",
            "{path} is an encrypted PDF and needs a password; nothing was imported. Open it in "
            "a PDF reader, save a copy without a password and import that, or paste the "
            "report's text instead",
        ),
        (
            "scan",
            "{path} has 1 page but no text (it looks like a scan, made of images); nothing was "
            "imported. Paste the report's text instead: drafter import - < report.txt",
        ),
        (
            "nothing",
            "no recommendations, causes of concern or areas for improvement found in {path}; "
            "read 2 paragraphs (title: Inspectorate news); check that this is the report's own "
            "page, not a news item or index",
        ),
        (
            "prose",
            "no recommendations, causes of concern or areas for improvement found in {path}; "
            "read 2 paragraphs; check that the text includes the report's recommendations",
        ),
    ],
)
def test_bad_input_one_message_status_2_nothing_written(cli, sources, tmp_path, name, message):
    out = tmp_path / "out.toml"
    result = cli("import", sources[name], "-o", out, *DRAFT_DETAILS)
    assert result.status == 2
    assert result.out == ""
    assert result.err == "drafter: " + message.format(path=sources[name]) + "\n"
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_missing_source(cli, tmp_path) -> None:
    result = cli("import", tmp_path / "nope.pdf")
    assert result.status == 2
    assert result.err == f"drafter: {tmp_path / 'nope.pdf'}: no such file; check the path\n"


def test_draft_needs_area_and_force(cli, sources, tmp_path) -> None:
    result = cli("import", sources["html"], "-o", tmp_path / "x.toml")
    assert result.status == 2
    assert "the draft needs the area" in result.err
    assert not (tmp_path / "x.toml").exists()


def test_a_device_or_a_source_without_end_is_refused_not_read_forever(
    cli, tmp_path, monkeypatch
) -> None:
    """`drafter import /dev/zero` (or a pipe that never ends) read until the machine
    ran out of memory: a device is refused at once, and no source is read past the
    largest a report could be."""
    import drafter.importers.pipeline as pipeline

    result = cli("import", "/dev/zero")
    assert result.status == 2
    assert result.err == (
        "drafter: /dev/zero is a device, not a file; give the report's PDF, web page or text file\n"
    )
    monkeypatch.setattr(pipeline, "LARGEST_SOURCE", 1000)
    big = tmp_path / "big.txt"
    big.write_text("Recommendation 1\n\nThe force should act.\n" * 100, encoding="utf-8")
    result = cli("import", big)
    assert result.status == 2
    assert result.err == (
        f"drafter: {big} is larger than 1,000 bytes, more than any report; check that it "
        "is the report (nothing was imported)\n"
    )
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(big.read_bytes())))
    result = cli("import", "-")
    assert result.status == 2
    assert "standard input is larger than 1,000 bytes" in result.err


def test_utf16_text_is_read_and_a_word_document_is_named(cli, tmp_path) -> None:
    """PowerShell's `>` and Notepad's "Unicode" save UTF-16, which was refused as
    binary data; a .docx is said to be a Word document, with what to do instead."""
    import zipfile

    text = "A report\n\nRecommendations\n\n1. By 31 March 2027, the force should act.\n"
    for encoding in ("utf-16", "utf-16-be"):
        source = tmp_path / f"{encoding}.txt"
        bom = b"\xfe\xff" if encoding == "utf-16-be" else b""
        source.write_bytes(bom + text.encode(encoding))
        result = cli("import", source)
        assert result.status == 0, result.err
        assert "found 1 recommendation" in result.out
    word = tmp_path / "report.docx"
    with zipfile.ZipFile(word, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>")
    result = cli("import", word)
    assert result.status == 2
    assert result.err == (
        f"drafter: {word} is a Word document, which drafter does not read; nothing was "
        "imported. Save it as PDF, or paste its text\n"
    )
