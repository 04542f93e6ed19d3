"""Word counts and the Flesch reading ease of a draft's prose.

Syllables are counted with pyphen's en_GB hyphenation patterns (a word has one more
syllable than it has hyphenation points), not with textstat, which downloads data
the first time it runs. Hyphenation points undercount short words (pyphen will not
split "area"), so a count of vowel groups is taken instead where it is higher.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache
from pathlib import Path

from drafter.spelling.sentences import sentences as split

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@cache
def _hyphenator():  # type: ignore[no-untyped-def]
    import pyphen

    path = pyphen.LANGUAGES["en_GB"]
    if path not in pyphen.hdcache:
        patterns = _parsed_patterns(path, pyphen.__version__)
        if patterns is not None:
            found = pyphen.HyphDict.__new__(pyphen.HyphDict)
            found.patterns, found.cache = patterns, {}
            found.maxlen = max(map(len, patterns))
            pyphen.hdcache[path] = found
    return pyphen.Pyphen(lang="en_GB", left=1, right=1)


def _parsed_patterns(path: Path, version: str) -> dict | None:
    """pyphen's en_GB patterns as it parses them, kept in drafter's cache folder.

    pyphen parses its 14,000 patterns in pure Python on every start (about 150 ms,
    most of a cold ``check --spelling``). The copy is in marshal's format (Python's
    own, as in ``__pycache__``): it reads back in about 3 ms as the very tuples pyphen
    makes, where JSON took 8 to 13 ms and left 28,000 lists for the garbage collector
    to walk, at every collection and again at exit. The copy is keyed by pyphen's
    version, marshal's and the file's size and time, and rebuilt from pyphen's own
    parse when missing or unreadable. None when no copy can be made.
    """
    import marshal

    import pyphen
    from platformdirs import user_cache_path

    stat = path.stat()
    name = f"hyphenation-{version}-m{marshal.version}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    kept = user_cache_path("drafter") / name
    try:
        patterns = marshal.loads(kept.read_bytes())
        if _are_patterns(patterns):
            return patterns
    except (OSError, ValueError, EOFError, TypeError):
        pass
    patterns = pyphen.HyphDict(path).patterns
    if not all(isinstance(v, int) for _, values in patterns.values() for v in values):
        return None  # alternative hyphenations (not in en_GB) are objects marshal cannot keep
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        temporary = kept.with_name(f".{name}.{os.getpid()}")
        temporary.write_bytes(marshal.dumps(patterns))
        os.replace(temporary, kept)
    except OSError:
        pass  # a read-only cache folder: parse again next time
    return patterns


def _are_patterns(found: object) -> bool:
    """Whether ``found`` has the shape of pyphen's patterns: "pattern" -> (offset, values)."""
    if not isinstance(found, dict) or not found:
        return False
    key, value = next(iter(found.items()))
    return (
        isinstance(key, str)
        and isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[1], tuple)
    )


_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables of a word: pyphen's hyphenation points plus one, or the vowel groups
    where those are more (pyphen leaves short words and some endings unsplit)."""
    total = 0
    for part in word.lower().replace("’", "'").split("-"):
        if not part:
            continue
        by_pyphen = len(_hyphenator().positions(part)) + 1
        groups = len(_VOWELS.findall(part))
        if part.endswith("e") and not part.endswith(("le", "ee")) and groups > 1:
            groups -= 1  # a silent final e: "force", "guidance"
        total += max(by_pyphen, groups, 1)
    return total


def flesch_reading_ease(text: str) -> float | None:
    """206.835 - 1.015 × words per sentence - 84.6 × syllables per word; None without words.

    Sentences end at a full stop, question or exclamation mark, and at each paragraph
    or list item, since a bullet is read as a sentence of its own.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    sentences = [s for line in text.split("\n") for s in split(line) if _WORD.search(s)]
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
