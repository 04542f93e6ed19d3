"""The house style: words the dictionary accepts that a British public body should not write.

The en_GB dictionary accepts both "organise" and "organize" and the computing sense
of "program"; the office writes "-ise", "programme" and "per cent". Each rule gives
the word to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class StyleAdvice:
    """What the house style would write instead of a word, and why."""

    instead: str
    reason: str


#: Whole words (matched in any case) -> what to write and why.
WORDS: dict[str, StyleAdvice] = {
    "percent": StyleAdvice("per cent", "British usage writes two words"),
    "program": StyleAdvice("programme", "British spelling, except for computer programs"),
    "programs": StyleAdvice("programmes", "British spelling, except for computer programs"),
    "gray": StyleAdvice("grey", "British spelling"),
    "toward": StyleAdvice("towards", "British usage"),
}

# "-ize" words ("organize", "prioritizing", "organizations") and "-yze" ("analyze").
_IZE = re.compile(r"^(?P<stem>[a-z]{3,})(?P<z>iz|yz)(?P<end>e|es|ed|ing|er|ers|ation|ations)$")
#: Real words ending in "-ize" whose "-ise" form is another word or wrong.
_IZE_KEEP = {"capsize", "capsized", "capsizes", "capsizing", "downsize", "downsized"}


def advice(word: str, is_word: Callable[[str], bool]) -> StyleAdvice | None:
    """What the house style says about ``word``; ``is_word`` checks the dictionary."""
    lower = word.lower()
    if lower in WORDS:
        found = WORDS[lower]
        return StyleAdvice(_same_case(word, found.instead), found.reason)
    match = _IZE.match(lower)
    if match and lower not in _IZE_KEEP:
        s = "is" if match.group("z") == "iz" else "ys"
        british = f"{match.group('stem')}{s}{match.group('end')}"
        if is_word(british):
            return StyleAdvice(_same_case(word, british), "British spelling uses -ise and -yse")
    return None


def _same_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
