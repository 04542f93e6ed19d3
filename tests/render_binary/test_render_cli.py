"""`drafter render --to docx|pdf` from the command line: files written, mistakes explained."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf


def test_docx_by_file_ending(cli, northmoor: Path, tmp_path: Path) -> None:
    out = tmp_path / "response.docx"
    result = cli("render", northmoor, "-o", out)
    assert (result.status, result.out, result.err) == (0, "", "")
    word = docx.Document(str(out))
    assert word.paragraphs[0].text == "DRAFT – not signed off"
    assert [t.rows[0].cells[0].text for t in word.tables] == [
        "Recommendations",
        "Causes of concern and areas for improvement",
    ]


def test_pdf_by_format_name(cli, wiltshire: Path, tmp_path: Path) -> None:
    out = tmp_path / "response.out"
    result = cli("render", wiltshire, "--to", "pdf", "-o", out)
    assert (result.status, result.err) == (0, "")
    pdf = pypdf.PdfReader(str(out))
    assert (
        pdf.pages[0]
        .extract_text()
        .startswith("RESPONSE OF THE POLICE AND CRIME COMMISSIONER OF\nWILTSHIRE AND SWINDON")
    )


def test_reference_docx_only_for_word(cli, northmoor: Path, tmp_path: Path) -> None:
    result = cli("render", northmoor, "-o", tmp_path / "r.pdf", "--reference-docx", northmoor)
    assert result.status == 2
    assert result.err == (
        "drafter: --reference-docx is for Word output; add --to docx or -o FILE.docx\n"
    )
    assert not (tmp_path / "r.pdf").exists()


def test_missing_reference_docx(cli, northmoor: Path, tmp_path: Path) -> None:
    missing = tmp_path / "office.docx"
    result = cli("render", northmoor, "-o", tmp_path / "r.docx", "--reference-docx", missing)
    assert result.status == 2
    assert result.err == (
        f"drafter: {missing}: no such file; check the --reference-docx path (a Word .docx file)\n"
    )
    assert not (tmp_path / "r.docx").exists()


def test_a_reference_docx_the_profile_names_but_lacks_names_the_profile(
    cli, northmoor: Path, tmp_path: Path
) -> None:
    """The office profile's reference-docx, not an option the user did not type."""
    profile = tmp_path / "drafter.toml"
    profile.write_text('reference-docx = "styles/office.docx"\n', encoding="utf-8")
    result = cli("render", northmoor, "-o", tmp_path / "r.docx")
    assert result.status == 2
    assert result.err == (
        f"drafter: {profile}: reference-docx names {tmp_path / 'styles' / 'office.docx'}, "
        "which is not there; correct it (a path from the profile's folder), or give "
        "another with --reference-docx\n"
    )
    assert not (tmp_path / "r.docx").exists()
    # --reference-docx, given, stands instead of the profile's, and is what is named
    given = tmp_path / "given.docx"
    result = cli("render", northmoor, "-o", tmp_path / "r.docx", "--reference-docx", given)
    assert result.err == (
        f"drafter: {given}: no such file; check the --reference-docx path (a Word .docx file)\n"
    )


def test_unknown_layout_for_word(cli, northmoor: Path, tmp_path: Path) -> None:
    result = cli("render", northmoor, "--to", "docx", "--layout", "memo", "-o", tmp_path / "l")
    assert result.status == 2
    assert result.err == (
        "drafter: there is no layout named 'memo'; the layouts are standard, letter, narrat"
        "ive, action-plan, progress (`drafter render --list-layouts` says what each is for)\n"
    )
    assert not (tmp_path / "l").exists()


def test_help_names_the_binary_formats(cli) -> None:
    result = cli("render", "--help")
    assert result.status == 0
    assert "--reference-docx FILE" in result.out
    assert "docx" in result.out and "pdf" in result.out
