"""What the layout tests share: the layouts, formats and examples, and reading words back.

Every rendered format is turned back into the words a reader sees, so that a test
can ask "does this document say X?" without caring how the format escapes or wraps.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path

from drafter import store
from drafter.model import Draft
from drafter.render import TEXT_FORMATS
from drafter.render.layouts import RESPONSE_LAYOUTS
from drafter.render.text_formats import render_text

REPO = Path(__file__).resolve().parent.parent.parent
EXAMPLES = sorted((REPO / "drafts").glob("*.toml"))
GOLDEN = Path(__file__).resolve().parent / "golden"
LAYOUT_NAMES = list(RESPONSE_LAYOUTS)
FORMATS = list(TEXT_FORMATS)
_BOX = "│┌┐└┘├┤┬┴┼─═╞╡╪"


@cache
def example(path: Path) -> Draft:
    return store.load(path)


@cache
def rendered(path: Path, layout: str, fmt: str) -> str:
    return render_text(example(path), fmt, layout=layout)


def words(text: str, fmt: str) -> str:
    """The document's words as a reader sees them, one space between each."""
    if fmt == "html":
        body = text.split("<body>", 1)[1]
        # what only screen readers get: a heading or caption over a table
        body = re.sub(r'<(\w+) class="visually-hidden">.*?</\1>', " ", body, flags=re.S)
        body = re.sub(r"<[^>]+>", " ", body)
        return " ".join(html.unescape(body).split())
    if fmt == "md":
        text = re.sub(r"<br>", " ", text)
        text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
        text = re.sub(r"(?m)^\s*(#{1,6}|>)\s?", " ", text)
        text = re.sub(r"(?m)^\|(\s*-{3,}\s*\|)+\s*$", " ", text)
        text = text.replace("**", " ").replace(" | ", " ").replace("| ", " ")
        return " ".join(text.split())
    return " ".join(text_cells(text))


def text_cells(text: str) -> list[str]:
    """Words of plain text, reading each two-column box table cell by cell."""
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in text.split("\n"):
        if line.startswith("│"):
            cells = line.split("│")
            left += cells[1].split()
            right += cells[2].split()
            continue
        out += left + right
        left, right = [], []
        if line and set(line) <= set(_BOX):
            continue
        out += line.replace("•", " ").split()
    return out + left + right


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs and list items of a piece of a draft's prose, whitespace collapsed."""
    from drafter.render.prose import paragraphs

    return [" ".join(p.split()) for p in paragraphs(text)]
