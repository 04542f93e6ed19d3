"""TOML comments in a draft file: where they are, and what to tell the writer.

drafter does not keep comments (docs/draft-format.md, "Comments are not kept"): a
save writes the canonical form, which has none. Finding them beforehand lets each
command that rewrites a file say which lines go, rather than drop them unseen.
"""

from __future__ import annotations

import re

#: Strings first, so that a "#" inside one is passed over; then comments. The text is
#: valid TOML (it has been parsed), so every string is closed.
_TOKENS = re.compile(
    r'"""(?:[^"\\]++|\\.|"(?!""))*+""""{0,2}'  # multi-line basic: up to two more quotes end it
    r"|'''(?:[^']++|'(?!''))*+''''{0,2}"  # multi-line literal, likewise
    r'|"(?:[^"\\\n]++|\\.)*+"'  # basic
    r"|'[^'\n]*+'"  # literal
    r"|#[^\n]*+",  # comment, to the end of its line
    re.DOTALL,
)


def comment_lines(text: str) -> list[int]:
    """The line numbers (from 1) of the comments in a draft's valid TOML ``text``."""
    if "#" not in text:
        return []
    found: list[int] = []
    line, counted = 1, 0
    for token in _TOKENS.finditer(text):
        start = token.start()
        if text[start] == "#":
            line += text.count("\n", counted, start)
            counted = start
            found.append(line)
    return found


def not_kept(lines: list[int]) -> str:
    """What to tell the writer about the comments at ``lines`` when the file is saved."""
    if len(lines) == 1:
        what = f"the comment (# ...) at line {lines[0]} is"
    else:
        what = f"the comments (# ...) at lines {_listed(lines)} are"
    return (
        f"{what} not kept: drafter saves drafts without comments "
        '(see "Comments are not kept" in docs/draft-format.md)'
    )


#: What the writer is told when a file that starts with a byte-order mark is saved.
BOM_NOT_KEPT = (
    "the byte-order mark at the start of the file (which some Windows editors add) "
    "is not kept: drafter saves drafts as plain UTF-8"
)


def _listed(lines: list[int], most: int = 6) -> str:
    shown = [str(n) for n in lines[:most]]
    if len(lines) > most:
        return f"{', '.join(shown)} and {len(lines) - most} more"
    return f"{', '.join(shown[:-1])} and {shown[-1]}"
