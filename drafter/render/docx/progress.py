"""The progress layout as a Word document: the words and order of
templates/progress.html.j2 (its fixed wording comes from templates/_progress.j2),
on landscape A4 as its PDF is.

Counts by status, a table of the actions with their RAG mark (a word, so that it
reads in grey and to a screen reader), and the full history in an annex.
"""

from __future__ import annotations

from drafter.render.document import Document
from drafter.render.docx.action_plan import landscape
from drafter.render.docx.layout_parts import _said
from drafter.render.docx.tables import widths_keeping_words
from drafter.render.docx.writer import Cell, WordWriter
from drafter.render.progress import ProgressRow

#: Relative widths of the actions table: finding, decision, owner, target, status,
#: RAG, latest update; widened where a word would not fit ("Recommendation").
WIDTHS = (13, 10, 15, 10, 10, 12, 30)


def _macro(name: str, *args: object) -> str:
    return _said("_progress.j2", name, *args)


def _latest(row: ProgressRow) -> Cell:
    if row.latest is None:
        return Cell("")
    when = _macro("date", row.latest.date)
    return Cell(f"{when}: {row.latest.note}" if row.latest.note else when)


def build(writer: WordWriter, document: Document) -> None:
    report = document.progress
    landscape(writer.word)
    writer.heading(report.heading, 1)
    writer.paragraph(f"{report.published_line}. {_macro('as_at', report)}")
    writer.heading("Summary", 2)
    counts = [[label, str(count)] for label, count in report.counts]
    writer.table(["Status", "Actions"], [*counts, ["Total", str(report.total)]], widths=(3, 1))
    writer.paragraph(f"{_macro('overdue_line', report)} {_macro('rag_key')}")
    writer.heading("Actions", 2)
    if report.rows:
        headings = ["Finding", "Decision", "Owner", "Target date", "Status", "RAG"]
        rows = [
            [
                r.finding.title,
                r.decision,
                Cell(r.owner),
                _macro("date", r.target),
                r.status,
                _macro("rag", r) if r.rag else "",
                _latest(r),
            ]
            for r in report.rows
        ]
        headings.append("Latest update")
        texts = [
            [heading, *(cell.text if isinstance(cell, Cell) else cell for cell in column)]
            for heading, column in zip(headings, zip(*rows, strict=True), strict=True)
        ]
        writer.table(headings, rows, widths=widths_keeping_words(writer.word, WIDTHS, texts))
    else:
        writer.paragraph(
            "No finding is accepted or partially accepted, so there are no actions to report."
        )
    writer.heading("Annex: history of updates", 2)
    for r in report.with_history:
        writer.heading(r.finding.title, 3)
        writer.prose(r.finding.text)
        history = [
            [_macro("date", u.date), u.status.label, Cell(u.note), Cell(u.evidence)]
            for u in r.finding.progress
        ]
        writer.table(["Date", "Status", "Note", "Evidence"], history, widths=(2, 2, 6, 3))
    if not report.with_history:
        writer.paragraph("No progress updates have been recorded yet.")
