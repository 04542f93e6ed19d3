"""The narrative layout as a Word document: the words and order of
templates/narrative.html.j2.

No tables: each finding under its own heading (Heading 4, below the Heading 3 of its
kind), its text quoted, then the response as paragraphs; noted findings under one
heading per group ("Recommendations 2, 3 and 8").
"""

from __future__ import annotations

import drafter.render.docx.layout_parts as parts
from drafter.render.document import Document
from drafter.render.docx.writer import WordWriter


def build(writer: WordWriter, document: Document) -> None:
    draft = document.draft
    parts.title(writer, document)
    parts.comments(writer, document)
    for table in document.tables:
        if not table.rows:
            continue
        writer.heading(table.left_heading, 3)
        for row in table.rows:
            writer.heading(parts.row_heading(draft, row), 4)
            if row.finding:
                parts.quote(writer, row.left)
            else:
                writer.prose(row.left)
            if row.right:
                writer.prose(row.right)
    parts.cc(writer, document)
