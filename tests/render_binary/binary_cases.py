"""Shared by the Word and PDF tests: the example drafts rendered once per process, and
ways to read the results back (python-docx for .docx, pypdf for PDF)."""

from __future__ import annotations

import html
import io
import re
from functools import cache
from pathlib import Path

import docx
import pypdf
from docx.document import Document as WordDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from drafter import store
from drafter.model import Draft
from drafter.render.docx import render_docx
from drafter.render.pdf import render_pdf

REPO = Path(__file__).resolve().parents[2]
WILTSHIRE = REPO / "drafts" / "wiltshire-prevent-2020.toml"
NORTHMOOR = REPO / "drafts" / "northmoor-peel-2026-fictional.toml"
REFERENCE = REPO / "tests" / "data" / "reference-wiltshire-prevent-2020.md"

#: WeasyPrint's footer, from templates/standard.css.
PAGE_FOOTER = re.compile(r"^Page \d+ of \d+$")


def load(path: Path) -> Draft:
    """A fresh copy of a draft (drafts are mutable, so never shared between tests)."""
    return store.load(path)


@cache
def rendered(path: Path, fmt: str) -> bytes:
    """An example draft rendered once per test process: rendering is the slow part."""
    renderer = {"docx": render_docx, "pdf": render_pdf}[fmt]
    return renderer(load(path))


def open_docx(data: bytes) -> WordDocument:
    return docx.Document(io.BytesIO(data))


def body(word: WordDocument) -> list[Paragraph | Table]:
    return list(word.iter_inner_content())


def cell_lines(table: Table) -> list[list[list[tuple[str, str]]]]:
    """Each row, each cell, as (style name, text) for every paragraph in the cell."""
    return [
        [[(p.style.name, p.text) for p in cell.paragraphs] for cell in row.cells]
        for row in table.rows
    ]


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def pdf_lines(data: bytes) -> list[str]:
    """Every text line of the PDF, in reading order, without the page footers."""
    lines = []
    for text in pdf_pages(data):
        lines += [line for line in text.split("\n") if not PAGE_FOOTER.match(line.strip())]
    return lines


def reference_words() -> list[str]:
    """The published response's words: Markdown marks, HTML cells and <p> tags go."""
    text = REFERENCE.read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"(?m)^\s*#{1,6}\s", " ", text)
    text = text.replace("**", " ")
    return text.split()


def docx_words(word: WordDocument) -> list[str]:
    """The body's words in reading order: paragraphs, and tables row by row, cell by cell."""
    words: list[str] = []
    for block in body(word):
        if isinstance(block, Paragraph):
            words += block.text.split()
        else:
            for row in block.rows:
                for cell in row.cells:
                    words += cell.text.split()
    return words
