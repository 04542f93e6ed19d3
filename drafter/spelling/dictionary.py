"""The British English dictionary (Debian's hunspell-en-gb, read by spylls), loaded once.

Loading the dictionary takes about a second, so it is loaded on first use and kept
for the life of the process (the TUI checks as the officer types); each word's
answer and suggestions are remembered too.
"""

from __future__ import annotations

import itertools
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


@lru_cache(maxsize=4096)
def suggestions(word: str) -> tuple[str, ...]:
    """Up to three corrections, best first; hunspell's slow n-gram search only if needed."""
    found = []
    for candidate in dictionary().suggest(word):
        if candidate != word and candidate not in found:
            found.append(candidate)
        if len(found) == SUGGESTIONS:
            break
    return tuple(itertools.islice(found, SUGGESTIONS))
