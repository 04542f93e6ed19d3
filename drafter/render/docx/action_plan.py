"""The action-plan layout as a Word document: the words and order of
templates/action-plan.html.j2, on landscape A4 as its PDF is.

After both sets of comments, a seven-column table of the recommendations (number,
finding, decision, response, owner, target date, status), then causes of concern
and areas for improvement in a second table, each under its heading.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT

import drafter.render.docx.layout_parts as parts
from drafter.render.document import Document
from drafter.render.docx.writer import Cell, WordWriter

#: Relative column widths: the HTML's table.action-plan shares, less for the finding and
#: response and more for the number and owner, so that "Number" and "Superintendent"
#: fit at 11pt in Word's fixed-width columns (the PDF's text is smaller).
WIDTHS = (8, 26, 9, 26, 13, 9, 9)


def build(writer: WordWriter, document: Document) -> None:
    draft = document.draft
    # Before any table: table widths are worked out from the page's text width.
    landscape(writer.word)
    parts.title(writer, document)
    parts.comments(writer, document)
    for table in document.tables:
        writer.heading(table.left_heading, 3)
        headings = ["Number", "Finding", "Decision", table.right_heading]
        headings += ["Owner", "Target date", "Status"]
        rows = [
            [
                parts.row_number(draft, row),
                Cell(row.left),
                parts.decision(row),
                Cell(row.right),
                parts.owner(row),
                parts.target(row),
                parts.status(row),
            ]
            for row in table.rows
        ]
        writer.table(headings, rows, widths=WIDTHS)
    parts.cc(writer, document)


def landscape(word: WordDocument) -> None:
    """Turn every page on its side, keeping its size (A4) and margins."""
    for section in word.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        if section.page_width < section.page_height:
            section.page_width, section.page_height = section.page_height, section.page_width
