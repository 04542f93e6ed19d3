"""A reference .docx gives the Word output its look: styles, headers (a logo), footers."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import docx
import pytest
from binary_cases import NORTHMOOR, load, open_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor

from drafter.errors import TemplateProblem
from drafter.render.docx import render_docx

MARKING = "DRAFT – not signed off"


def tiny_png() -> bytes:
    """A 1x1 dark blue PNG: the office's 'logo'."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00\x33\x66")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def make_reference(folder: Path) -> Path:
    """An office's own template: Georgia headings, 3cm margins, a logo, numbered pages."""
    word = docx.Document()
    heading = word.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    word.styles["Normal"].element.get_or_add_rPr()  # lang added below, American
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    word.styles["Normal"].element.rPr.append(lang)
    # No bullet style: drafter must make one without the template's numbering.
    bullet = word.styles["List Bullet"].element
    bullet.getparent().remove(bullet)
    section = word.sections[0]
    for side in ("top_margin", "right_margin", "bottom_margin", "left_margin"):
        setattr(section, side, Cm(3))
    logo = folder / "logo.png"
    logo.write_bytes(tiny_png())
    section.header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(2))
    section.header.add_paragraph("Office of the Police, Fire and Crime Commissioner")
    footer = section.footer.paragraphs[0]
    footer.add_run("Northmoor PFCC – page ")
    for kind, instr in (("begin", None), (None, " PAGE "), ("end", None)):
        run = footer.add_run()
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = instr
        run._r.append(element)
    word.add_paragraph("Template body text that must not reach the response.")
    path = folder / "office.docx"
    word.save(str(path))
    return path


@pytest.fixture(scope="module")
def styled(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    reference = make_reference(tmp_path_factory.mktemp("reference"))
    return render_docx(load(NORTHMOOR), reference=reference)


def test_reference_body_is_replaced(styled: bytes) -> None:
    word = open_docx(styled)
    texts = [p.text for p in word.paragraphs]
    assert "Template body text that must not reach the response." not in texts
    assert texts[:2] == [
        MARKING,
        "RESPONSE OF THE POLICE, FIRE AND CRIME COMMISSIONER OF NORTHMOOR AND DALE TO THE "
        "HMICFRS REPORT",
    ]
    assert len(word.tables) == 2


def test_reference_styles_and_margins_are_kept(styled: bytes) -> None:
    word = open_docx(styled)
    heading = word.styles["Heading 1"]
    assert heading.font.name == "Georgia"
    assert str(heading.font.color.rgb) == "003366"
    section = word.sections[0]
    assert section.left_margin.twips == Cm(3).twips
    assert section.top_margin.twips == Cm(3).twips
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)


def test_logo_stays_in_the_header_with_the_marking_after_it(styled: bytes) -> None:
    header = open_docx(styled).sections[0].header
    logo, office, marking = header.paragraphs
    assert logo._p.xpath(".//pic:pic")
    image_parts = [rel.target_part for rel in header.part.rels.values() if "image" in rel.reltype]
    assert [part.blob[:8] for part in image_parts] == [b"\x89PNG\r\n\x1a\n"]
    assert office.text == "Office of the Police, Fire and Crime Commissioner"
    assert (marking.style.name, marking.text) == ("Draft Marking", MARKING)


def test_a_footer_that_numbers_pages_is_left_alone(styled: bytes) -> None:
    footer = open_docx(styled).sections[0].footer
    assert [p.text for p in footer.paragraphs] == ["Northmoor PFCC – page "]
    assert footer._element.xpath(".//w:instrText/text()") == [" PAGE "]
    assert footer._element.xpath(".//w:fldSimple") == []


def test_missing_bullet_style_is_made_without_numbering(styled: bytes) -> None:
    word = open_docx(styled)
    style = word.styles["List Bullet"]
    assert style.element.xpath("./w:pPr/w:numPr") == []
    cell = word.tables[0].rows[2].cells[0]
    items = [p.text for p in cell.paragraphs if p.style.name == "List Bullet"]
    assert items == [
        "• review its use of the THRIVE risk assessment in the control room;",
        "• make sure supervisors check the quality of risk assessments; and",
        "• give call handlers the training they need to identify repeat and vulnerable callers.",
    ]


def test_an_american_reference_becomes_british(styled: bytes) -> None:
    styles = open_docx(styled).styles.element
    assert {lang.get(qn("w:val")) for lang in styles.iter(qn("w:lang"))} == {"en-GB"}


def test_missing_reference_is_a_clear_problem(tmp_path: Path) -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_docx(load(NORTHMOOR), reference=tmp_path / "nowhere.docx")
    assert str(caught.value) == (
        f"{tmp_path / 'nowhere.docx'}: no such file (a reference document is a Word .docx file)"
    )


def test_a_reference_that_is_not_word_is_a_clear_problem(tmp_path: Path) -> None:
    fake = tmp_path / "office.docx"
    fake.write_text("not a Word document", encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        render_docx(load(NORTHMOOR), reference=fake)
    message = str(caught.value)
    assert message.startswith(f"{fake}: drafter cannot read this as a Word document (")
    assert message.endswith("save it as a Word Document (.docx), then try again")
