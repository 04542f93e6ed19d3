"""Page set-up: A4, margins, page numbers in the footer, the DRAFT marking in the header."""

from __future__ import annotations

import copy
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


def first_page_like_the_rest(word: WordDocument) -> None:
    """Give page one its own header and footer, the same as the others' (a logo, page
    numbers), so that the running DRAFT header can leave it out: page one carries the
    marking at the top of the body, as the PDF does, and not twice."""
    for section in word.sections:
        if section.different_first_page_header_footer:
            continue
        section.different_first_page_header_footer = True
        for source, target in (
            (section.header, section.first_page_header),
            (section.footer, section.first_page_footer),
        ):
            target.is_linked_to_previous = False
            for child in list(target._element):
                target._element.remove(child)
            for child in source._element:
                target._element.append(copy.deepcopy(child))


def add_header_marking(word: WordDocument, marking: str) -> None:
    """The DRAFT marking as a running header on every page but the first (which has it
    at the top of the body), after anything (a logo) already there; and the DRAFT
    watermark behind the text of every page."""
    for section in word.sections:
        first = (
            section.first_page_header.part if section.different_first_page_header_footer else None
        )
        for header in _headers(word, section):
            if header.part is not first:
                paragraph = _blank_paragraph(header)
                paragraph.style = word.styles[styles.MARKING]
                paragraph.add_run(marking)
            _add_watermark(header)


#: Word's own "DRAFT" watermark: a WordArt text path behind the text, in the header,
#: so it is on every page and is page furniture, not part of the document's text.
_WATERMARK = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    "<w:pict>"
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/>'
    "</v:shapetype>"
    '<v:shape id="PowerPlusWaterMarkObject{n}" o:spid="_x0000_s20{n:02d}" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:430pt;height:140pt;'
    "rotation:325;z-index:-251657216;mso-position-horizontal:center;"
    "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#b00020" '
    'stroked="f"><v:fill opacity=".15"/>'
    '<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt;font-weight:bold" '
    'string="DRAFT"/></v:shape>'
    "</w:pict></w:r>"
)


def _add_watermark(header: _Header) -> None:
    from docx.oxml import parse_xml

    number = len(header._element.xpath("//w:pict")) + len(header.part.package.parts)
    run = parse_xml(_WATERMARK.replace("{n}", str(number)).replace("{n:02d}", f"{number:02d}"))
    paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    paragraph._p.append(run)


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
