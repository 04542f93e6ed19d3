"""Word counts and the Flesch reading ease of a draft's prose.

Syllables are counted with pyphen's en_GB hyphenation patterns (a word has one more
syllable than it has hyphenation points), not with textstat, which downloads data
the first time it runs. Hyphenation points undercount a little (pyphen will not
split "area"), so the score reads slightly easier than a hand count would give.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@cache
def _hyphenator():  # type: ignore[no-untyped-def]
    import pyphen

    return pyphen.Pyphen(lang="en_GB", left=1, right=1)


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    parts = word.replace("’", "'").split("-")
    return sum(len(_hyphenator().positions(part.lower())) + 1 for part in parts if part)


def flesch_reading_ease(text: str) -> float | None:
    """206.835 - 1.015 × words per sentence - 84.6 × syllables per word; None without words.

    Sentences end at a full stop, question or exclamation mark, and at each paragraph
    or list item, since a bullet is read as a sentence of its own.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    sentences = [s for s in _SENTENCE_END.split(text) if _WORD.search(s)]
    total = sum(syllables(w) for w in words)
    return round(206.835 - 1.015 * len(words) / len(sentences) - 84.6 * total / len(words), 1)


def ease_band(score: float) -> str:
    """Flesch's own bands, in words an officer can act on."""
    for floor, band in (
        (80, "easy"),
        (60, "plain English"),
        (50, "fairly difficult"),
        (30, "difficult"),
    ):
        if score >= floor:
            return band
    return "very difficult"
