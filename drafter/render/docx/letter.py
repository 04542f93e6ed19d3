"""The letter layout as a Word document: the words and order of templates/letter.html.j2.

A letter to the Home Secretary and HM Inspector: the office's letterhead, the
reference and date, the salutation, the report as its subject, the s.55 paragraph,
both sets of comments, the response tables, the close with room to sign above each
name, then the Cc list. What each part says is worked out in drafter.render.letter.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm
from docx.text.paragraph import Paragraph

import drafter.render.docx.layout_parts as parts
import drafter.render.docx.tables as tables
from drafter.render import prose
from drafter.render.document import Document
from drafter.render.docx.writer import Cell, WordWriter
from drafter.render.letter import LetterParts

#: The room left to sign above each name: the PDF's .sign-space (templates/letter.html.j2).
SIGNING_SPACE = Cm(2)


def build(writer: WordWriter, document: Document) -> None:
    draft = document.draft
    letter = document.letter
    _letterhead(writer, letter)
    if letter.reference:
        writer.paragraph(f"Our ref: {letter.reference}")
    if letter.date:
        date = writer.paragraph(letter.date)
        date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    addressees = writer.paragraph("To: the Home Secretary")
    addressees.add_run().add_break()
    addressees.add_run(prose.one_line(f"HM Inspector, {draft.report.inspectorate}"))
    writer.paragraph(letter.salutation)
    # The report is the letter's subject, after the salutation, on the left.
    for words, level in ((document.title, 1), (document.report_line, 2)):
        writer.heading(words, level).alignment = WD_ALIGN_PARAGRAPH.LEFT
    writer.paragraph(parts.section_55(draft))
    parts.comments(writer, document)
    for table in document.tables:
        writer.table(
            [table.left_heading, table.right_heading],
            [[Cell(row.left, label=row.label), Cell(row.right)] for row in table.rows],
        )
    _signatures(writer, letter)
    if document.letter_cc:  # not the chief officer, who signs the letter
        writer.cc(document.letter_cc)
        # and the closing DRAFT marking, when there is one, stays with the list
        for paragraph in writer.word.paragraphs[-len(document.letter_cc) :]:
            paragraph.paragraph_format.keep_with_next = True


def _letterhead(writer: WordWriter, letter: LetterParts) -> None:
    """The office's name, address and contact details, at the top right."""
    head = letter.profile
    if not head.has_letterhead:
        return
    if head.office:
        office = writer.paragraph(head.office, bold=True)
        office.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        office.paragraph_format.space_after = Cm(0)
    lines = head.letterhead_lines
    if lines:
        block = writer.paragraph(lines[0])
        for line in lines[1:]:
            block.add_run().add_break()
            block.add_run(prose.one_line(line))
        block.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _signatures(writer: WordWriter, letter: LetterParts) -> None:
    """The close, then room to sign above each signatory's name (when known), office,
    and the sign-off recorded for them.

    As in the PDF: the close is kept with the end of the letter before it (the last
    table's last row) and with the first signature, since a page of signatures alone
    could be taken for the signing of some other text; each signature is kept whole,
    the last with the Cc list and the closing marking after it.
    """
    tables.keep_with_next(writer.word.element.body)
    closing = writer.paragraph(letter.close)
    closing.paragraph_format.keep_with_next = True
    for i, signatory in enumerate(letter.signatories):
        lines = [signatory.office] + ([signatory.signed] if signatory.signed else [])
        if signatory.name:
            signature = writer.paragraph(signatory.name, bold=True)
        else:
            signature = writer.paragraph(lines.pop(0))
        for line in lines:
            signature.add_run().add_break()
            signature.add_run(line)
        _room_to_sign(signature, last=i == len(letter.signatories) - 1)


def _room_to_sign(signature: Paragraph, *, last: bool) -> None:
    fmt = signature.paragraph_format
    fmt.space_before = SIGNING_SPACE
    fmt.keep_together = True
    fmt.keep_with_next = last or None
