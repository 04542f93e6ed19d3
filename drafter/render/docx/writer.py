"""The small API a layout's Word builder writes with.

Builders say what goes in the document (a heading, some narrative, a table); the
writer decides how that is expressed in Word: named styles rather than direct
formatting, so a user's reference document can restyle all of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.table import _Cell
from docx.text.paragraph import Paragraph

import drafter.render.docx.styles as styles
import drafter.render.docx.tables as tables
from drafter.render import prose


@dataclass(frozen=True)
class Cell:
    """A table cell: narrative (paragraphs and bullet items, one a line), maybe a label."""

    text: str
    #: A bold line above the text ("Cause of concern 1") where a table mixes kinds.
    label: str = ""


class WordWriter:
    def __init__(self, word: WordDocument) -> None:
        #: The python-docx document, for anything the methods below do not cover.
        self.word = word

    def heading(self, words: str, level: int) -> Paragraph:
        """A real Word heading (Heading 1-4), so it shows in the navigation pane."""
        return self._paragraph(prose.one_line(words), styles.heading(level))

    def paragraph(self, words: str, *, bold: bool = False) -> Paragraph:
        """One body paragraph of fixed or one-line text ("Dear Minister,")."""
        paragraph = self._paragraph("", styles.BODY)
        paragraph.add_run(prose.one_line(words)).bold = bold or None
        return paragraph

    def prose(self, narrative: str) -> list[Paragraph]:
        """A draft's narrative: each line a paragraph, "- " lines as bullet items."""
        return _prose_into(self.word, narrative, first=None)

    def table(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[Cell | str]],
        *,
        widths: Sequence[float] | None = None,
    ) -> None:
        """A Word table with a repeating header row; ``widths`` are relative (default equal).

        Rows after the first are kept whole on one page unless a row is too tall for a
        page; the first may run on to the next page, so that the table starts under its
        heading rather than leaving the rest of the page blank.
        """
        table = tables.add_table(self.word, headings, widths)
        tables.set_alt_text(table, *_alt_text(headings, len(rows)))
        for i, row in enumerate(rows):
            cells = [cell if isinstance(cell, Cell) else Cell(cell) for cell in row]
            word_cells = tables.add_row(table)
            for word_cell, cell in zip(word_cells, cells, strict=True):
                _fill_cell(word_cell, cell)
            if i > 0:
                tables.keep_row_together(table.rows[-1], [c.label + "\n" + c.text for c in cells])
        # Space before what follows; and Word would join two tables with nothing between.
        self._paragraph("", styles.BODY)

    def cc(self, names: Sequence[str]) -> None:
        """The copy list: "Cc:" before the first recipient, one recipient a line, kept on
        the page of what comes before it (never alone at the top of a page)."""
        tables.keep_with_next(self.word.element.body)
        for i, name in enumerate(names):
            prefix = "Cc: " if i == 0 else ""
            self._paragraph(prefix + prose.one_line(name), styles.CC)

    def marking(self, words: str, *, last: bool = False) -> Paragraph:
        """The DRAFT marking as a line of the body (the page header gets its own); the
        ``last``, at the end, kept on the page of what comes before it."""
        if last:
            tables.keep_with_next(self.word.element.body)
        return self._paragraph(words, styles.MARKING)

    def _paragraph(self, words: str, style: str) -> Paragraph:
        return self.word.add_paragraph(words, style=style)


def _alt_text(headings: Sequence[str], rows: int) -> tuple[str, str]:
    """A title from the first column's heading ("Recommendations"), and what the table
    holds: its columns and how many rows."""
    names = [prose.one_line(h) for h in headings]
    named = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
    noun = "row" if rows == 1 else "rows"
    return names[0], f"{rows} {noun}, with the columns {named}."


def _fill_cell(word_cell: _Cell, cell: Cell) -> None:
    first = word_cell.paragraphs[0]
    if cell.label:
        first.add_run(prose.one_line(cell.label)).bold = True
        first = None
    _prose_into(word_cell, cell.text, first=first)


def _prose_into(
    container: WordDocument | _Cell, narrative: str, *, first: Paragraph | None
) -> list[Paragraph]:
    """Write narrative into a document or cell; ``first`` is an empty paragraph to reuse."""
    bullet = styles.bullet_style(container.part.document)
    written = []
    for block in prose.blocks(narrative):
        words = block.text
        style = styles.BODY
        if block.item:
            style = bullet.name
            words = bullet.prefix + words
        if first is not None:
            paragraph, first = first, None
            paragraph.style = style
            paragraph.add_run(words)
        else:
            paragraph = container.add_paragraph(words, style=style)
        written.append(paragraph)
    return written
