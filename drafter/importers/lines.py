"""What every source is reduced to before cleaning: lines of text, then blocks.

A PDF, a web page and pasted text differ in how they mark a paragraph, a heading
or a page; once read, each is a list of ``Line``s carrying those marks, and the
cleaning and detection steps work on that alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass
class Line:
    text: str
    #: The page (1-based) the line was printed on; 1 for sources without pages.
    page: int = 1
    #: Which run of text the line belongs to: a page, or a column of one. A paragraph
    #: may continue across a change of region, never across a gap within one.
    region: int = 0
    #: A paragraph starts here (a vertical gap in a PDF, a blank line in text).
    para_start: bool = False
    #: Set in a larger or bolder type than the text around it, or marked as a heading.
    heading: bool = False
    #: At the top or bottom of its page, where running headers and footers live.
    edge: bool = False
    #: A list item marked as such by the source (an HTML <li>, a Markdown "- ").
    bullet: bool = False


class BlockKind(Enum):
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    HEADING = "heading"


@dataclass
class Block:
    """A paragraph, a list item or a heading, its lines joined as the report prints it."""

    kind: BlockKind
    text: str
    page: int = 1

    @property
    def is_heading(self) -> bool:
        return self.kind is BlockKind.HEADING
