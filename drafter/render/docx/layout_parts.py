"""What the letter, narrative and action-plan Word builders share.

The fixed wording of these layouts (the s.55 paragraph, "Recommendations 2, 3 and 8",
decision and status labels, dates) is written once, as Jinja macros in
``templates/_layout.j2`` and ``templates/_layout_text.j2``; the offices under the
signatures come from the response (``Response.commissioner_office``). The Word
builders call those same macros, so a layout's Word document says exactly what its
Markdown and plain text say, and a change of wording is made in one place.

``_layout_text.j2`` is kept away from HTML templates because its macros print the
draft's text unescaped; here that is what is wanted, since python-docx writes a
string into a run as text and never interprets it.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

import drafter.render.docx.styles as styles
from drafter.model import Draft
from drafter.render import prose
from drafter.render.document import Document, Row
from drafter.render.docx.writer import WordWriter
from drafter.render.templates import environment, load_template

#: drafter's paragraph style for a finding's text quoted in the narrative layout,
#: created when the document (or the user's reference document) lacks it.
QUOTE = "Finding Quote"
#: The narrative's quoted text, like the HTML blockquote: indented behind a grey rule.
QUOTE_INDENT = Cm(0.5)
QUOTE_RULE = "8A8A8A"  # --rule in templates/standard.css
#: How far a bullet item's text hangs from its bullet (List Bullet's own indent).
BULLET_HANG = Cm(0.63)


@cache
def _macros(name: str) -> Any:
    """A template of the shipped layouts' fixed wording, as a module of callable macros."""
    return load_template(environment(), name).module


def _said(name: str, macro: str, *args: object) -> str:
    return prose.one_line(str(getattr(_macros(name), macro)(*args)))


def long_date(date: dt.date) -> str:
    """ "16 October 2026"."""
    return _said("_layout.j2", "long_date", date)


def section_55(draft: Draft) -> str:
    """The letter's opening paragraph, citing the duty under s.55 of the Police Act 1996."""
    return _said("_layout_text.j2", "section_55", draft)


def row_heading(draft: Draft, row: Row) -> str:
    """The finding's name, or "Recommendations 2, 3 and 8" for a noted group."""
    return _said("_layout_text.j2", "row_heading", draft, row)


def row_number(draft: Draft, row: Row) -> str:
    """An action plan's number column: "4", "Cause of concern 1", or "2, 3, 8" for a group."""
    return _said("_layout_text.j2", "row_number", draft, row)


def decision(row: Row) -> str:
    return _said("_layout.j2", "decision", row)


def target(row: Row) -> str:
    return _said("_layout.j2", "target", row)


def status(row: Row) -> str:
    return _said("_layout.j2", "status", row)


def owner(row: Row) -> str:
    return prose.one_line(row.finding.owner) if row.finding else ""


def title(writer: WordWriter, document: Document) -> None:
    """The title and the report line, as in every layout."""
    writer.heading(document.title, 1)
    writer.heading(document.report_line, 2)


def comments(writer: WordWriter, document: Document) -> None:
    """The commissioner's comments, then the chief officer's, each under its heading."""
    writer.heading(document.commissioner_heading, 3)
    writer.prose(document.commissioner_comments)
    writer.heading(document.chief_heading, 3)
    writer.prose(document.chief_comments)


def cc(writer: WordWriter, document: Document) -> None:
    if document.cc:
        writer.cc(document.cc)


def quote(writer: WordWriter, narrative: str) -> list[Paragraph]:
    """A finding's text set off from the response, as the HTML's blockquote is.

    Paragraphs take the Finding Quote style; bullet items keep List Bullet, so they
    stay a list, and are indented and ruled to match the paragraphs around them.
    """
    style = _quote_style(writer.word)
    paragraphs = writer.prose(narrative)
    for paragraph in paragraphs:
        if paragraph.style is not None and paragraph.style.name == styles.BODY:
            paragraph.style = style
        else:
            fmt = paragraph.paragraph_format
            fmt.left_indent = QUOTE_INDENT + BULLET_HANG
            fmt.first_line_indent = -BULLET_HANG
            _left_rule(paragraph._p.get_or_add_pPr())
    return paragraphs


def _quote_style(word: WordDocument) -> ParagraphStyle:
    try:
        style = word.styles[QUOTE]
    except KeyError:
        style = word.styles.add_style(QUOTE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = word.styles[styles.BODY]
        style.paragraph_format.left_indent = QUOTE_INDENT
        _left_rule(style.element.get_or_add_pPr())
    assert isinstance(style, ParagraphStyle)
    return style


# Children of w:pPr that must come after w:pBdr (ECMA-376 CT_PPrBase order).
_AFTER_P_BDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip


def _left_rule(p_pr: BaseOxmlElement) -> None:
    """A grey rule down the left of the paragraph, the text a little way from it."""
    borders = p_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        p_pr.insert_element_before(borders, *_AFTER_P_BDR)
    left = OxmlElement("w:left")
    left.set(qn("w:val"), "single")
    left.set(qn("w:sz"), "18")  # eighths of a point: 2.25pt, the HTML's 3px
    left.set(qn("w:space"), "7")  # points between the rule and the text
    left.set(qn("w:color"), QUOTE_RULE)
    borders.insert(0, left)  # w:top comes first, and drafter sets no top border
