"""The British English dictionary (Debian's hunspell-en-gb, read by spylls), loaded once.

Loading the dictionary takes about a second, so it is loaded on first use and kept
for the life of the process (the TUI checks as the officer types); each word's
answer and suggestions are remembered too.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import DrafterError

if TYPE_CHECKING:
    from spylls.hunspell import Dictionary

#: Debian's hunspell-en-gb package (apt-get install hunspell-en-gb).
DICTIONARY = Path("/usr/share/hunspell/en_GB")
SUGGESTIONS = 3


class DictionaryMissing(DrafterError):
    """The British English dictionary is not installed."""


@cache
def dictionary(base: Path = DICTIONARY) -> Dictionary:
    from spylls.hunspell import Dictionary

    aff, dic = base.with_suffix(".aff"), base.with_suffix(".dic")
    if not (aff.is_file() and dic.is_file()):
        raise DictionaryMissing(
            f"the British English dictionary is not installed ({aff} and {dic}); "
            "install it with: sudo apt-get install hunspell-en-gb"
        )
    try:
        return Dictionary.from_files(str(base))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DictionaryMissing(f"the dictionary at {dic} cannot be read: {exc}") from None


@lru_cache(maxsize=65536)
def known(word: str) -> bool:
    return bool(dictionary().lookup(word))


@cache
def _edit_suggester():  # type: ignore[no-untyped-def]
    """hunspell's suggester without its n-gram and phonetic searches.

    Those take most of a second a word; close misspellings ("recieve") are found by
    the edits alone in a few milliseconds, so the full search runs only when the
    edits find nothing.
    """
    from spylls.hunspell.algo.suggest import Suggest

    class EditSuggester(Suggest):
        def ngram_suggestions(self, word, handled):  # type: ignore[no-untyped-def]
            return iter(())

        def phonet_suggestions(self, word):  # type: ignore[no-untyped-def]
            return iter(())

    found = dictionary()
    return EditSuggester(found.aff, found.dic, found.lookuper)


@lru_cache(maxsize=4096)
def suggestions(word: str) -> tuple[str, ...]:
    """Up to three corrections, best first; the slow n-gram search only if edits find none."""
    quick = _first(_edit_suggester()(word), word)
    return quick or _first(dictionary().suggest(word), word)


def _first(candidates: Iterable[str], word: str) -> tuple[str, ...]:
    found: list[str] = []
    for candidate in candidates:
        if candidate != word and candidate not in found:
            found.append(candidate)
        if len(found) == SUGGESTIONS:
            break
    return tuple(found)
