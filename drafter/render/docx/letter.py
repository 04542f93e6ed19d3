"""The letter layout as a Word document: the words and order of templates/letter.html.j2.

A letter to the Home Secretary and HM Inspector: dated when the draft records its
publication, the s.55 paragraph, both sets of comments, the response tables and a
signature block, then the Cc list.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH

import drafter.render.docx.layout_parts as parts
from drafter.render import prose
from drafter.render.document import Document
from drafter.render.docx.writer import Cell, WordWriter


def build(writer: WordWriter, document: Document) -> None:
    draft = document.draft
    parts.title(writer, document)
    if draft.workflow.published:
        date = writer.paragraph(parts.long_date(draft.workflow.published))
        date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    addressees = writer.paragraph("To: the Home Secretary")
    addressees.add_run().add_break()
    addressees.add_run(prose.one_line(f"HM Inspector, {draft.report.inspectorate}"))
    writer.paragraph("Dear Home Secretary and HM Inspector,")
    writer.paragraph(parts.section_55(draft))
    parts.comments(writer, document)
    for table in document.tables:
        writer.table(
            [table.left_heading, table.right_heading],
            [[Cell(row.left, label=row.label), Cell(row.right)] for row in table.rows],
        )
    _signatures(writer, document)
    if document.letter_cc:  # not the chief officer, who signs the letter
        writer.cc(document.letter_cc)


def _signatures(writer: WordWriter, document: Document) -> None:
    """The closing line and each officer's name (when known) over their office.

    Kept on one page: a closing line alone at the foot of a page reads as unsigned.
    """
    draft = document.draft
    response = draft.response
    closing = writer.paragraph("Yours sincerely,")
    closing.paragraph_format.keep_with_next = True
    officers = [
        (response.commissioner.name, parts.commissioner_office(draft)),
        (response.chief.name, parts.chief_office(draft)),
    ]
    for i, (name, office) in enumerate(officers):
        if name.strip():
            signature = writer.paragraph(name, bold=True)
            signature.add_run().add_break()
            signature.add_run(office)
        else:
            signature = writer.paragraph(office)
        signature.paragraph_format.keep_together = True
        signature.paragraph_format.keep_with_next = i < len(officers) - 1
