"""The action-plan layout as a Word document: the words and order of
templates/action-plan.html.j2, on landscape A4 as its PDF is.

After both sets of comments, a table of the recommendations (number, finding,
decision, response, owner, target date, status), then causes of concern and areas
for improvement in a second table, each under its heading. A column no row of a
table fills is left out of it (drafter.render.plan_columns), as in every format.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT

import drafter.render.docx.layout_parts as parts
from drafter.model import Draft
from drafter.render.document import Document, Row, Table
from drafter.render.docx.tables import widths_keeping_words
from drafter.render.docx.writer import Cell, WordWriter
from drafter.render.plan_columns import plan_columns

#: Relative column widths: the HTML's table.action-plan shares, less for the finding and
#: response and more for the number and owner. A column left out gives its share to the
#: finding and the response; a column whose longest word ("improvement", "Superintendent")
#: would not fit is widened (tables.widths_keeping_words), since Word breaks such a word.
SHARES = {
    "number": 8, "finding": 26, "decision": 9, "response": 26,
    "owner": 13, "target": 9, "status": 9,
}  # fmt: skip

HEADINGS = {
    "number": "Number", "finding": "Finding", "decision": "Decision",
    "owner": "Owner", "target": "Target date", "status": "Status",
}  # fmt: skip

CELLS: dict[str, Callable[[Draft, Row], Cell | str]] = {
    "number": parts.row_number,
    "finding": lambda _, row: Cell(row.left),
    "decision": lambda _, row: parts.decision(row),
    "response": lambda _, row: Cell(row.right),
    "owner": lambda _, row: parts.owner(row),
    "target": lambda _, row: parts.target(row),
    "status": lambda _, row: parts.status(row),
}


def build(writer: WordWriter, document: Document) -> None:
    # Before any table: table widths are worked out from the page's text width.
    landscape(writer.word)
    parts.title(writer, document)
    parts.comments(writer, document)
    for table in document.tables:
        writer.heading(table.left_heading, 3)
        plan_table(writer, document.draft, table)
    parts.cc(writer, document)


def plan_table(writer: WordWriter, draft: Draft, table: Table) -> None:
    columns = plan_columns(table)
    headings = [table.right_heading if c == "response" else HEADINGS[c] for c in columns]
    rows = [[CELLS[column](draft, row) for column in columns] for row in table.rows]
    left_out = sum(share for column, share in SHARES.items() if column not in columns)
    shares = [SHARES[c] + (left_out / 2 if c in ("finding", "response") else 0) for c in columns]
    texts = [[heading, *(_text(row[i]) for row in rows)] for i, heading in enumerate(headings)]
    widths = widths_keeping_words(writer.word, shares, texts)
    writer.table(headings, rows, widths=widths)


def _text(cell: Cell | str) -> str:
    return cell.text if isinstance(cell, Cell) else cell


def landscape(word: WordDocument) -> None:
    """Turn every page on its side, keeping its size (A4) and margins."""
    for section in word.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        if section.page_width < section.page_height:
            section.page_width, section.page_height = section.page_height, section.page_width
