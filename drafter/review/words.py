"""Word-level differences between two versions of a piece of prose.

The diff works on words and the spaces between them, so a one-word edit in a
long paragraph shows as that word, not as the paragraph; line breaks (paragraph
ends in a draft) are tokens of their own.
"""

from __future__ import annotations

import difflib
import re
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
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # Each block: ("=", kept tokens) or ("~", removed tokens, added tokens).
    blocks: list[tuple[str, list[str], list[str]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            blocks.append(("=", a[i1:i2], []))
        elif blocks and blocks[-1][0] == "~":
            blocks[-1][1].extend(a[i1:i2])
            blocks[-1][2].extend(b[j1:j2])
        else:
            blocks.append(("~", a[i1:i2], b[j1:j2]))
    out: list[Segment] = []
    for kind, removed, added in _absorb_stray_matches(blocks):
        if kind == "=":
            _append(out, "=", "".join(removed))
        else:
            _append(out, "-", "".join(removed))
            _append(out, "+", "".join(added))
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
