"""How a paragraph of a report relates to the finding before it.

A finding often runs on over several paragraphs ("This review should ..."), a
heading can be set as a short paragraph, and the same finding is printed twice
(in the summary and again in the body) with different breaks and quotes. These
rules answer those questions for drafter.importers.findings.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from drafter.importers.lines import Block, BlockKind
from drafter.importers.wording import ASKS
from drafter.model import Finding

#: Words that open a sentence carrying on from the one before ("This review should ...").
_CARRY_ON = frozenset(
    [
        "it",
        "its",
        "this",
        "these",
        "they",
        "their",
        "that",
        "those",
        "such",
        "also",
        "and",
        "but",
        "further",
        "furthermore",
        "additionally",
        "in",
        "as",
        "where",
        "when",
        "which",
    ]
)


def continues(current: Finding, block: Block, numbered_section: bool) -> bool:
    """Whether a paragraph goes on with the finding above it rather than starting one.

    In a section that numbers its findings, a paragraph that asks for something is
    the numbered finding's second paragraph; anywhere, a paragraph that opens with
    "This", "It" or "Also" carries on from the one before.
    """
    if block.kind is not BlockKind.PARAGRAPH or block.is_heading:
        return False
    first = block.text.split(maxsplit=1)[0].strip(",;:").casefold() if block.text.strip() else ""
    if first in _CARRY_ON:
        return True
    return numbered_section and bool(ASKS.search(block.text)) and current.number.isdigit()


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00ad": None})


def same_words(a: str, b: str) -> bool:
    """The same words, whatever the line breaks, hyphenation at a break and quotes."""
    return "".join(_words(a)) == "".join(_words(b))


def reworded(a: str, b: str) -> bool:
    """The same finding in other words (a summary's shorter version): most words, in order.

    Two different findings that happen to share a number, in a report that numbers
    each chapter or body's recommendations from 1, share little more than "should".
    """
    return SequenceMatcher(None, _words(a), _words(b), autojunk=False).ratio() >= 0.6


def _words(text: str) -> list[str]:
    text = text.translate(_QUOTES).casefold()
    text = re.sub(r"(?<=\w)[-\u2010]\s*(?=\w)", "", text)  # "multi-agency", "multi- agency"
    return text.split()


def looks_like_heading(block: Block) -> bool:
    if block.is_heading:
        return True
    words = block.text.split()
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(words) <= 10
        and block.text[:1].isupper()
        and not block.text.rstrip().endswith((".", ":", ";", ",", "?", "!"))
    )
