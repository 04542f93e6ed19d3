"""The standard layout (shared/design/layout.md) as a Word document."""

from __future__ import annotations

from drafter.render.document import Document
from drafter.render.docx.writer import Cell, WordWriter


def build(writer: WordWriter, document: Document) -> None:
    writer.heading(document.title, 1)
    writer.heading(document.report_line, 2)
    writer.heading(document.commissioner_heading, 3)
    writer.prose(document.commissioner_comments)
    writer.heading(document.chief_heading, 3)
    writer.prose(document.chief_comments)
    for table in document.tables:
        writer.table(
            [table.left_heading, table.right_heading],
            [[Cell(row.left, label=row.label), Cell(row.right)] for row in table.rows],
        )
    if document.cc:
        writer.cc(document.cc)
