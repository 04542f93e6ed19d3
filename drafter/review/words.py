"""Word-level differences between two versions of a piece of prose.

The diff works on words and the spaces between them, so a one-word edit in a
long paragraph shows as that word, not as the paragraph; line breaks (paragraph
ends in a draft) are tokens of their own.
"""

from __future__ import annotations

import difflib
import re
import zlib
from dataclasses import dataclass
from typing import Literal

Op = Literal["=", "-", "+"]

_TOKENS = re.compile(r"\n|[^\S\n]+|[^\s]+")

#: Words of unchanged text kept on each side of a change when a diff is shown.
CONTEXT_WORDS = 8
ELLIPSIS = "…"
#: Matching runs this short between two changes are treated as part of the change.
STRAY_WORDS = 2
#: Shown where a paragraph break was added or removed, which would otherwise be invisible.
PARAGRAPH_MARK = "¶"


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> list[Segment]:
    """``old`` turned into ``new`` as runs of kept ("="), removed ("-") and added ("+") text."""
    out: list[Segment] = []
    for kind, removed, added in _absorb_stray_matches(_blocks(tokens(old), tokens(new))):
        if kind == "=":
            _append(out, "=", "".join(removed))
        else:
            _append(out, "-", "".join(removed))
            _append(out, "+", "".join(added))
    return out


Block = tuple[str, list[str], list[str]]

#: Below this many tokens a side, a changed stretch is compared word by word whole.
SMALL_STRETCH = 600
#: Sentences looked ahead for the one that matches, when sentences were added or removed.
LOOK_AHEAD = 3
#: Shared words (as a share of the longer sentence) for two sentences to be one edited.
SIMILAR = 0.5


def _blocks(a: list[str], b: list[str]) -> list[Block]:
    """Kept runs ("=", tokens, []) and changes ("~", removed, added), in order.

    A word-level SequenceMatcher over a whole response is quadratic: a rewrite of
    10,000 words took 40 s. So sentences are aligned first (they rarely repeat, so
    that is fast), and only a changed stretch is compared word by word: whole when
    it is short, else sentence against its edited counterpart. The time grows
    with the length of the text, not its square.
    """
    if len(a) <= SMALL_STRETCH and len(b) <= SMALL_STRETCH:
        return _word_blocks(a, b)
    a_units, b_units = _sentences(a), _sentences(b)
    matcher = difflib.SequenceMatcher(
        None, ["".join(u) for u in a_units], ["".join(u) for u in b_units], autojunk=False
    )
    blocks: list[Block] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(blocks, ("=", _flat(a_units[i1:i2]), []))
            continue
        for old_units, new_units, compare in _pairs(a_units[i1:i2], b_units[j1:j2]):
            old_tokens, new_tokens = _flat(old_units), _flat(new_units)
            if not compare:  # a sentence rewritten: shown as the old, then the new
                _add(blocks, ("~", old_tokens, new_tokens))
                continue
            for block in _word_blocks(old_tokens, new_tokens):
                _add(blocks, block)
    return blocks


def _word_blocks(a: list[str], b: list[str]) -> list[Block]:
    # What both share at the start and the end is kept as it is: SequenceMatcher is
    # slow on long runs of common tokens (spaces, "the"), and most edits are small.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    blocks: list[Block] = []
    _add(blocks, ("=", a[:start], []))
    middle_a, middle_b = a[start : len(a) - end], b[start : len(b) - end]
    if middle_a and middle_b:
        matcher = difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                _add(blocks, ("=", middle_a[i1:i2], []))
            else:
                _add(blocks, ("~", middle_a[i1:i2], middle_b[j1:j2]))
    else:
        _add(blocks, ("~", middle_a, middle_b))
    _add(blocks, ("=", a[len(a) - end :], []))
    return blocks


def _add(blocks: list[Block], block: Block) -> None:
    """Append, joining a change to the change before it (and kept text to kept text)."""
    kind, removed, added = block
    if not removed and not added:
        return
    if blocks and blocks[-1][0] == kind:
        blocks[-1][1].extend(removed)
        blocks[-1][2].extend(added)
    else:
        blocks.append((kind, list(removed), list(added)))


def _flat(units: list[list[str]]) -> list[str]:
    return [token for unit in units for token in unit]


_SENTENCE_END = (".", "!", "?", "…", '."', ".”", ".)")


#: A sentence longer than this many tokens (words and spaces) is cut further, where
#: its own words say (see _sentences), so that text without full stops stays fast.
LONG_UNIT = 40
#: Cut anyway at this many tokens: only text repeating a few words gets this far.
MAX_UNIT = 160


def _sentences(toks: list[str]) -> list[list[str]]:
    """Tokens cut into sentences (each with the space after it); a line end ends one too.

    A long sentence, or text with no full stops at all, is cut further after words
    chosen by a hash of the word alone (as rsync chooses its blocks): an edited word
    moves no cut but its own, so the two versions still line up.
    """
    units: list[list[str]] = []
    unit: list[str] = []
    for i, token in enumerate(toks):
        unit.append(token)
        previous = toks[i - 1] if i else ""
        if token == "\n" or (token.isspace() and previous.endswith(_SENTENCE_END)):
            units += _cut_long(unit)
            unit = []
    if unit:
        units += _cut_long(unit)
    return units


def _cut_long(unit: list[str]) -> list[list[str]]:
    if len(unit) <= LONG_UNIT:
        return [unit]
    pieces: list[list[str]] = [[]]
    for i, token in enumerate(unit):
        pieces[-1].append(token)
        if token.isspace() and i and i + 1 < len(unit):
            chosen = zlib.crc32(unit[i - 1].encode("utf-8")) % 16 == 0
            if chosen or len(pieces[-1]) >= MAX_UNIT:
                pieces.append([])
    return [p for p in pieces if p]


def _words(unit: list[str]) -> set[str]:
    return {t for t in unit if not t.isspace()}


def _similar(a: list[str], b: list[str]) -> bool:
    wa, wb = _words(a), _words(b)
    longer = max(len(wa), len(wb))
    return longer > 0 and len(wa & wb) / longer >= SIMILAR


Piece = tuple[list[list[str]], list[list[str]], bool]


def _pairs(old: list[list[str]], new: list[list[str]]) -> list[Piece]:
    """A changed stretch cut into pieces (old sentences, new sentences, whether to
    compare them word by word): a short stretch whole, else each sentence with the one
    it became; a sentence removed, added or rewritten beyond recognition stands alone."""
    if sum(map(len, old)) <= SMALL_STRETCH and sum(map(len, new)) <= SMALL_STRETCH:
        return [(old, new, True)]
    if len(old) == len(new):
        return [([a], [b], _similar(a, b)) for a, b in zip(old, new, strict=True)]
    out: list[Piece] = []
    i = j = 0
    while i < len(old) and j < len(new):
        if _similar(old[i], new[j]):
            out.append(([old[i]], [new[j]], True))
            i, j = i + 1, j + 1
            continue
        # An edit can join two sentences or split one (a changed word was a cut).
        if i + 1 < len(old) and _similar(old[i] + old[i + 1], new[j]):
            out.append((old[i : i + 2], [new[j]], True))
            i, j = i + 2, j + 1
            continue
        if j + 1 < len(new) and _similar(old[i], new[j] + new[j + 1]):
            out.append(([old[i]], new[j : j + 2], True))
            i, j = i + 1, j + 2
            continue
        ahead_new = next(
            (
                k
                for k in range(1, LOOK_AHEAD + 1)
                if j + k < len(new) and _similar(old[i], new[j + k])
            ),
            None,
        )
        if ahead_new is not None:
            out.append(([], new[j : j + ahead_new], False))
            j += ahead_new
            continue
        ahead_old = next(
            (
                k
                for k in range(1, LOOK_AHEAD + 1)
                if i + k < len(old) and _similar(old[i + k], new[j])
            ),
            None,
        )
        if ahead_old is not None:
            out.append((old[i : i + ahead_old], [], False))
            i += ahead_old
            continue
        out.append(([old[i]], [new[j]], False))
        i, j = i + 1, j + 1
    out.append((old[i:], new[j:], False))
    return out


def _absorb_stray_matches(
    blocks: list[tuple[str, list[str], list[str]]],
) -> list[tuple[str, list[str], list[str]]]:
    """Fold a word or two that happen to match ("the", "and") into the changes around them.

    Without this, a rewritten sentence shows as a confetti of one-word changes
    between coincidental matches; with it, as the old words and then the new.
    """
    out: list[tuple[str, list[str], list[str]]] = []
    i = 0
    while i < len(blocks):
        kind, removed, added = blocks[i]
        stray = (
            kind == "="
            and out
            and out[-1][0] == "~"
            and i + 1 < len(blocks)
            and "\n" not in removed
            and sum(1 for t in removed if not t.isspace()) <= STRAY_WORDS
        )
        if stray:
            _, next_removed, next_added = blocks[i + 1]
            previous = out[-1]
            out[-1] = (
                "~",
                previous[1] + removed + next_removed,
                previous[2] + removed + next_added,
            )
            i += 2
            continue
        out.append((kind, list(removed), list(added)))
        i += 1
    return out


def _append(out: list[Segment], op: Op, text: str) -> None:
    if not text:
        return
    if out and out[-1].op == op:
        out[-1] = Segment(op, out[-1].text + text)
    else:
        out.append(Segment(op, text))


def changed_lines(segments: list[Segment], context: int = CONTEXT_WORDS) -> list[list[Segment]]:
    """The lines (paragraphs) that hold a change, each trimmed to ``context`` words around it."""
    lines: list[list[Segment]] = [[]]
    for segment in segments:
        parts = segment.text.split("\n")
        for i, part in enumerate(parts):
            if i:
                if segment.op != "=":
                    _append(lines[-1], segment.op, PARAGRAPH_MARK)
                lines.append([])
            if part:
                _append(lines[-1], segment.op, part)
    return [_trim(line, context) for line in lines if any(s.op != "=" for s in line)]


def _trim(line: list[Segment], context: int) -> list[Segment]:
    out = []
    last = len(line) - 1
    for i, segment in enumerate(line):
        if segment.op != "=":
            out.append(segment)
            continue
        words = tokens(segment.text)
        keep = 2 * context  # words and the spaces between them
        if i == 0 and len(words) > keep:
            text = ELLIPSIS + " " + "".join(words[-keep:]).lstrip()
        elif i == last and len(words) > keep:
            text = "".join(words[:keep]).rstrip() + " " + ELLIPSIS
        elif 0 < i < last and len(words) > 2 * keep + 2:
            text = (
                "".join(words[:keep]).rstrip() + f" {ELLIPSIS} " + "".join(words[-keep:]).lstrip()
            )
        else:
            text = segment.text
        out.append(Segment("=", text))
    return out
