"""Word tables that read well across pages.

The header row repeats on every page (w:tblHeader) and a row is kept on one page
(w:cantSplit) unless it is too tall to fit on a page, when Word must split it:
keeping such a row whole would push it off the page and lose text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Emu, Mm
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

import drafter.render.docx.styles as styles
from drafter.render import prose
from drafter.render.docx.body_font import body_font

#: Header cells are shaded like the HTML layout's (#e8e8e8).
HEADER_FILL = "E8E8E8"

# The estimates below are for 11pt Arial; they scale with a reference document's body
# text (drafter.render.docx.body_font).
# A row estimated taller than this many lines of 11pt text may split: an A4 page with
# 2cm margins holds about 50, less the repeated header row and some slack.
ROW_LINES_THAT_FIT = 40
# Average characters of 11pt Arial per centimetre of column, less cell padding.
CHARS_PER_CM = 5.0
# The text height ROW_LINES_THAT_FIT is for: A4 portrait, 2cm and 2.2cm margins.
PORTRAIT_TEXT_HEIGHT = Mm(297 - 20 - 22)


# A word wider than its column is broken mid-word by Word and LibreOffice ("Area for
# improve|ment"). A generous guess at a word's width in 11pt Arial, bold as in the header
# row: 0.24cm a character (about 0.62em; Arial's lower case averages 0.5em), plus
# Word's default cell padding (0.19cm a side) and a little slack.
CM_PER_CHAR = 0.24
CELL_PADDING_CM = 0.45
#: A column is widened for its longest word up to this part of the table's width.
WIDEST_SHARE = 6


def word_width_cm(texts: Sequence[str], scale: float = 1.0) -> float:
    """The width a column needs so that none of the words in ``texts`` is broken, in
    text ``scale`` times as wide as 11pt Arial."""
    longest = max((len(word) for text in texts for word in text.split()), default=0)
    return longest * CM_PER_CHAR * scale + CELL_PADDING_CM


def widths_keeping_words(
    word: WordDocument, shares: Sequence[float], columns: Sequence[Sequence[str]]
) -> list[float]:
    """Column widths in cm from relative ``shares``, each column widened where needed so
    that its longest word (``columns``: each column's texts, header included) fits
    whole; the room is taken from the other columns in proportion to their widths."""
    total = text_width(word) / 360000
    widths = [total * share / sum(shares) for share in shares]
    scale = body_font(word).width_scale
    # A word wider than a sixth of the table (an email address) is broken whatever is
    # done; widening its column for it would only squeeze the others.
    needs = [min(word_width_cm(texts, scale), total / WIDEST_SHARE) for texts in columns]
    # No room for every column's longest word (large body text, seven columns): the
    # widest columns, of running text, give up theirs first, so that the narrow ones
    # keep their single words whole ("Area for improvement 1", "30 September 2027").
    for widest in sorted(set(shares), reverse=True):
        if sum(needs) <= total:
            break
        needs = [
            0.0 if share == widest else need for share, need in zip(shares, needs, strict=True)
        ]
    fixed = {i for i, (need, width) in enumerate(zip(needs, widths, strict=True)) if need > width}
    if not fixed:
        return widths
    while True:
        left = total - sum(needs[i] for i in fixed)
        free = sum(widths[i] for i in range(len(widths)) if i not in fixed)
        scaled = {i: widths[i] * left / free for i in range(len(widths)) if i not in fixed}
        squeezed = {i for i, width in scaled.items() if width < needs[i]}
        if not squeezed:
            return [needs[i] if i in fixed else scaled[i] for i in range(len(widths))]
        fixed |= squeezed


def text_width(word: WordDocument) -> Emu:
    section = word.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin
    return Emu(width)


def set_alt_text(table: Table, title: str, description: str) -> None:
    """The table's title and description (Word's Table Properties > Alt Text), which
    screen readers announce; they close the table's properties, as the schema orders."""
    properties = table._tbl.tblPr
    for tag, text in (("w:tblCaption", title), ("w:tblDescription", description)):
        for old in properties.findall(qn(tag)):
            properties.remove(old)
        element = OxmlElement(tag)
        element.set(qn("w:val"), prose.one_line(text))
        properties.append(element)


def add_table(word: WordDocument, headings: Sequence[str], widths: Sequence[float] | None) -> Table:
    columns = len(headings)
    shares = list(widths) if widths else [1.0] * columns
    if len(shares) != columns:
        raise ValueError(f"{columns} headings but {len(shares)} column widths")
    total = text_width(word)
    column_widths = [Emu(int(total * share / sum(shares))) for share in shares]

    table = word.add_table(rows=1, cols=columns)
    table.style = styles.TABLE
    table.autofit = False  # a fixed layout: Word keeps the widths given here
    for column, width in zip(table.columns, column_widths, strict=True):
        column.width = width
    header = table.rows[0]
    for cell, heading, width in zip(header.cells, headings, column_widths, strict=True):
        cell.width = width
        run = cell.paragraphs[0].add_run(prose.one_line(heading))
        run.bold = True
        _shade(cell, HEADER_FILL)
    _row_flag(header, "w:cantSplit")
    _row_flag(header, "w:tblHeader")
    return table


def add_row(table: Table) -> list[_Cell]:
    widths = [cell.width for cell in table.rows[0].cells]
    row = table.add_row()
    for cell, width in zip(row.cells, widths, strict=True):
        cell.width = width
    return list(row.cells)


def keep_row_together(row: _Row, cell_texts: Sequence[str]) -> None:
    """Forbid splitting ``row`` across pages unless it is too tall to fit on one."""
    if estimated_lines(row, cell_texts) <= lines_that_fit(row):
        _row_flag(row, "w:cantSplit")


def lines_that_fit(row: _Row) -> int:
    """ROW_LINES_THAT_FIT scaled to the page's text height (a landscape page holds
    fewer) and to the body text's size (larger lines, fewer of them)."""
    word = row.table.part.document
    section = word.sections[-1]
    height = section.page_height - section.top_margin - section.bottom_margin
    return int(ROW_LINES_THAT_FIT * height / PORTRAIT_TEXT_HEIGHT / body_font(word).height_scale)


def estimated_lines(row: _Row, cell_texts: Sequence[str]) -> int:
    """A generous guess at the row's height in lines: its tallest cell's."""
    tallest = 0
    scale = body_font(row.table.part.document).width_scale
    for cell, words in zip(row.cells, cell_texts, strict=True):
        width_cm = (cell.width or Emu(0)) / 360000
        per_line = max(10, int(width_cm * CHARS_PER_CM / scale))
        lines = 0
        for block in prose.blocks(words):
            lines += math.ceil(len(block.text) / per_line) + 1  # +1: space after
        tallest = max(tallest, lines)
    return tallest


def keep_with_next(body: BaseOxmlElement) -> None:
    """Keep the end of ``body`` with what is added after it: its last paragraph, and
    when that is the blank line after a table, the table's last row (Word keeps a row
    whose paragraphs all keep with the next on the page of the paragraph after it)."""
    blocks = [child for child in body if child.tag in (qn("w:p"), qn("w:tbl"))]
    for block in reversed(blocks):
        if block.tag == qn("w:p"):
            Paragraph(block, None).paragraph_format.keep_with_next = True
            if "".join(block.itertext()).strip():
                return  # a paragraph with words: kept with what follows, enough
        else:
            for paragraph in block.xpath("./w:tr[last()]/w:tc//w:p"):
                Paragraph(paragraph, None).paragraph_format.keep_with_next = True
            return


def row_flags(row: _Row) -> set[str]:
    """Which of cantSplit and tblHeader are set on ``row`` (for tests and checks)."""
    tr_pr = row._tr.trPr
    if tr_pr is None:
        return set()
    return {name for name in ("cantSplit", "tblHeader") if tr_pr.find(qn(f"w:{name}")) is not None}


def _row_flag(row: _Row, tag: str) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn(tag)) is None:
        successors = _TR_PR_ORDER[_TR_PR_ORDER.index(tag) + 1 :]
        tr_pr.insert_element_before(OxmlElement(tag), *successors)


_TR_PR_ORDER = (
    "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter",
    "w:cantSplit", "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
    "w:ins", "w:del", "w:trPrChange",
)  # fmt: skip


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.insert_element_before(
        shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
        "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
    )  # fmt: skip
