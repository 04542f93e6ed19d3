"""Undoing what printing did to the text: page furniture, broken lines and words.

Running headers and footers, page numbers, words hyphenated at a line end, footnote
markers, lines broken mid-sentence, paragraphs split by a page break and a colon
that lost its space: each is removed or mended here, so that a finding's text
reads as the report prints it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from drafter.importers.lines import Block, BlockKind, Line
from drafter.importers.markers import Marker
from drafter.importers.markers import match as marker_at
from drafter.importers.wording import ASKS

BULLET = re.compile(
    r"^(?:[•●▪◦‣∙·■□➢►*]|[-–—](?=\s)|\((?:[a-h]|i{1,3}|iv|vi{0,3})\)|[a-h][.)](?=\s))\s*"
)
#: Bullets run together in one paragraph, as PDF extraction and pasted pages give them
#: ("... understand: •the reasons; •the extent"): the glyph, not at the start.
INLINE_BULLET = re.compile(r"(?<=\S)\s*[•●▪]\s*(?=\S)")
PAGE_NUMBER = re.compile(
    r"^(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|[-–—]\s*\d{1,4}\s*[-–—])$",
    re.I,
)
#: A footnote number left glued to the word or punctuation it followed ("policing.12").
FOOTNOTE = re.compile(r"(?<=[a-z][.,;:)”’\"])\d{1,2}(?=\s|$)|(?<=[a-z]{2})\d{1,2}(?=[\s.,;:]|$)")
COLON = re.compile(r"(?<!\bhttps)(?<!\bhttp)(?<!\bmailto):(?=[A-Za-z‘“\"'])")
SPACES = re.compile(r"\s+")
#: Hyphens that only typesetting puts at a line end: soft hyphen, U+2010 (WeasyPrint's).
TYPESET_HYPHENS = "\u00ad\u2010"
HYPHENS = "-" + TYPESET_HYPHENS
_CLOSERS = "\"'”’)]"
#: A word, accents and all ("café-" ends one): any letters, hyphens between them.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def running_key(text: str) -> str:
    return SPACES.sub(" ", re.sub(r"\d+", "#", text.casefold())).strip()


def strip_furniture(lines: list[Line], *, pages: int, pasted: bool = False) -> list[Line]:
    """Drop running headers, footers and page numbers; a cut starts a new region.

    A line is furniture when it is a page number at a page's edge, or when the same
    words (numbers aside) sit at the edge of many pages. Pasted text has no page
    edges, so there a short line repeated three times or more counts, unless it is a
    heading such as "Area for improvement" that a report repeats for good reason.
    """
    seen: dict[str, set[int]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    for line in lines:
        if line.edge:
            key = running_key(line.text)
            seen[key].add(line.page)
            counts[key] += 1
    needed = 3 if pasted else max(2, math.ceil(pages * 0.3))
    kept: list[Line] = []
    shift = 0
    for i, line in enumerate(lines):
        text = line.text.strip()
        cut = line.edge and (
            (
                PAGE_NUMBER.match(text) is not None
                and not (pasted and _numbers_finding(lines, i, counts, needed))
            )
            or (
                not line.heading
                and (counts if pasted else {k: len(v) for k, v in seen.items()}).get(
                    running_key(text), 0
                )
                >= needed
                and _furniture_like(text)
                and not (pasted and _inside_paragraph(lines, i))
            )
        )
        if cut:
            shift += 1
            continue
        kept.append(replace(line, region=line.region + shift) if shift else line)
    return kept


def _opens_finding(text: str) -> bool:
    """A bare marker ("Area for improvement") or a numbered item ("3. The force")
    repeats in a report for good reason; "Accelerated cause of concern: Northfield
    Police" at every page's top is a running header all the same."""
    found = marker_at(text)
    return found is not None and (not found.rest or found.marker is Marker.NUMBERED)


def _inside_paragraph(lines: list[Line], i: int) -> bool:
    """Whether a pasted line is one of several in its paragraph, not one on its own.

    Findings often open alike ("Within six months, the"), so a line repeated in
    pasted text is a running header only where it stands apart from the text.
    """
    after = lines[i + 1] if i + 1 < len(lines) else None
    return not lines[i].para_start or (after is not None and not after.para_start)


def _numbers_finding(lines: list[Line], i: int, counts: dict[str, int], needed: int) -> bool:
    """Whether a bare number in pasted text numbers the finding below it, not a page.

    A page number sits next to a running header or footer; a finding's number
    stands alone above a paragraph that asks for something.
    """
    if not re.fullmatch(r"\d{1,3}[.)]?", lines[i].text.strip()):
        return False
    before = next((line.text for line in reversed(lines[:i]) if line.text.strip()), "")
    if counts.get(running_key(before), 0) >= needed:
        return False
    paragraph = []
    for line in lines[i + 1 : i + 5]:  # the paragraph below, as far as its first sentence
        if paragraph and line.para_start:
            break
        paragraph.append(line.text.strip())
    following = " ".join(paragraph)
    return following[:1].isupper() and ASKS.search(following) is not None


def _furniture_like(text: str) -> bool:
    return (
        len(text.split()) <= 14
        and not text.endswith((".", ":", ";", "?", "!"))
        and not _opens_finding(text)
        and not ASKS.search(text)
        and not BULLET.match(text)
    )


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?", ":"))


def build_blocks(lines: Iterable[Line]) -> list[Block]:
    """Join lines into paragraphs, list items and headings."""
    lines = [line for line in lines if line.text.strip()]
    vocabulary = _vocabulary(lines)
    blocks: list[Block] = []
    region = None
    for line in lines:
        text = SPACES.sub(" ", line.text).strip()
        bullet = line.bullet
        if not line.heading:
            marker = BULLET.match(text)
            if marker and len(text) > marker.end():
                text, bullet = text[marker.end() :], True
        cur = blocks[-1] if blocks else None
        if line.heading:
            if cur and cur.is_heading and line.region == region and not line.para_start:
                cur.text = _join(cur.text, text, vocabulary)
            else:
                blocks.append(Block(BlockKind.HEADING, text, line.page))
        elif bullet:
            blocks.append(Block(BlockKind.BULLET, text, line.page))
        elif cur is None or cur.is_heading:
            blocks.append(Block(BlockKind.PARAGRAPH, text, line.page))
        elif line.region != region:
            if _continues(cur, text):
                cur.text = _join(cur.text, text, vocabulary)
            else:
                blocks.append(Block(BlockKind.PARAGRAPH, text, line.page))
        elif line.para_start:
            blocks.append(Block(BlockKind.PARAGRAPH, text, line.page))
        else:
            cur.text = _join(cur.text, text, vocabulary)
        region = line.region
    for block in blocks:
        block.text = COLON.sub(": ", block.text)
    return [piece for b in blocks if b.text for piece in _split_inline_bullets(b)]


def _split_inline_bullets(block: Block) -> list[Block]:
    if block.is_heading or not any(g in block.text for g in "•●▪"):
        return [block]
    head, *items = INLINE_BULLET.split(block.text)
    first = [Block(block.kind, head.strip(), block.page)] if head.strip() else []
    return first + [Block(BlockKind.BULLET, item.strip(), block.page) for item in items]


def _continues(block: Block, text: str) -> bool:
    """Whether ``text``, first on a new page or column, carries on ``block``."""
    if text[:1].islower():
        return True
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.BULLET)
        and not ends_sentence(block.text)
        and marker_at(text) is None
    )


def _vocabulary(lines: list[Line]) -> set[str]:
    words: set[str] = set()
    for i, line in enumerate(lines):
        found = _WORD.findall(line.text)
        # The last word of a line ending in a hyphen is half a word: leave it out.
        if found and line.text.rstrip().endswith(tuple(HYPHENS)):
            found = found[:-1]
        if found and i and lines[i - 1].text.rstrip().endswith(tuple(HYPHENS)):
            found = found[1:]
        words.update(w.casefold() for w in found)
    return words


def _join(left: str, right: str, vocabulary: set[str]) -> str:
    if not left:
        return right
    hyphen = left[-1]
    if hyphen in HYPHENS and len(left) > 1 and left[-2].isalpha() and right[:1].isalpha():
        if hyphen in TYPESET_HYPHENS:
            return left[:-1] + right
        heads, tails = _WORD.findall(left[:-1]), _WORD.findall(right)
        if not heads or not tails:  # letters \w does not count ("ŉ"): keep the hyphen
            return left + right
        if not _keeps_hyphen(heads[-1], tails[0], vocabulary):
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def _keeps_hyphen(head: str, tail: str, vocabulary: set[str]) -> bool:
    """Whether a hyphen at a line end belongs to the word ("multi-agency") or to the break."""
    if not tail[:1].islower():
        return True
    hyphenated = f"{head}-{tail}".casefold()
    joined = f"{head}{tail}".casefold()
    if hyphenated in vocabulary:
        return True
    if joined in vocabulary:
        return False
    # The spell checker's dictionary, loaded once per process and shared with it.
    from drafter.spelling.dictionary import DictionaryMissing, known

    try:
        return not known(f"{head}{tail}")
    except DictionaryMissing:  # without one, only the hyphen guess is lost
        return False


def drop_footnote_markers(text: str) -> str:
    return FOOTNOTE.sub("", text)
