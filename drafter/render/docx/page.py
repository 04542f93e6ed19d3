"""Page set-up: A4, margins, page numbers in the footer, the DRAFT marking in the header."""

from __future__ import annotations

from collections.abc import Iterator

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section, _Footer, _Header
from docx.shared import Cm, Mm
from docx.text.paragraph import Paragraph

import drafter.render.docx.styles as styles

#: The same page as the HTML layout's print CSS (@page in templates/standard.css).
MARGINS = {"top": Cm(2), "right": Cm(2), "bottom": Cm(2.2), "left": Cm(2)}


def set_up(word: WordDocument, *, margins: bool) -> None:
    """A4 portrait on every section; drafter's margins unless a reference sets its own."""
    for section in word.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        if margins:
            section.top_margin = MARGINS["top"]
            section.right_margin = MARGINS["right"]
            section.bottom_margin = MARGINS["bottom"]
            section.left_margin = MARGINS["left"]


def add_page_numbers(word: WordDocument) -> None:
    """ "Page N of M" centred in each footer, unless the footer already numbers pages."""
    for section in word.sections:
        for footer in _footers(word, section):
            if _has_field(footer, "PAGE"):
                continue
            paragraph = _blank_paragraph(footer)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run("Page ")
            _field(paragraph, "PAGE")
            paragraph.add_run(" of ")
            _field(paragraph, "NUMPAGES")


def add_header_marking(word: WordDocument, marking: str) -> None:
    """The DRAFT marking in every header, after anything (a logo) already there."""
    for section in word.sections:
        for header in _headers(word, section):
            paragraph = _blank_paragraph(header)
            paragraph.style = word.styles[styles.MARKING]
            paragraph.add_run(marking)


def _headers(word: WordDocument, section: Section) -> Iterator[_Header]:
    yield section.header
    if section.different_first_page_header_footer:
        yield section.first_page_header
    if word.settings.odd_and_even_pages_header_footer:
        yield section.even_page_header


def _footers(word: WordDocument, section: Section) -> Iterator[_Footer]:
    yield section.footer
    if section.different_first_page_header_footer:
        yield section.first_page_footer
    if word.settings.odd_and_even_pages_header_footer:
        yield section.even_page_footer


def _blank_paragraph(part: _Header | _Footer) -> Paragraph:
    """The part's last paragraph if it holds nothing at all (not even a picture), else a new one."""
    paragraphs = part.paragraphs
    if paragraphs:
        last = paragraphs[-1]
        if all(child.tag == qn("w:pPr") for child in last._p):
            return last
    return part.add_paragraph()


def _has_field(part: _Header | _Footer, name: str) -> bool:
    element = part._element
    simple = element.xpath(".//w:fldSimple/@w:instr")
    complex_ = element.xpath(".//w:instrText/text()")
    return any(instr.split()[:1] == [name] for instr in [*simple, *complex_] if instr.strip())


def _field(paragraph: Paragraph, name: str) -> None:
    """A simple field Word and LibreOffice fill in when they lay the page out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {name} ")
    run = OxmlElement("w:r")
    shown = OxmlElement("w:t")
    shown.text = "1"
    run.append(shown)
    field.append(run)
    paragraph._p.append(field)
