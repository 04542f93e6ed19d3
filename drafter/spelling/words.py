"""The words a draft's prose is made of, and the extra words the check accepts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORD_LIST = Path(__file__).resolve().parent / "words.txt"

# Web and e-mail addresses are not words; blank them out, keeping columns in place.
_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\S+")
#: A word's letters: \w, and the combining accents (U+0300 to U+036F) a decomposed "ŵ"
#: or "ŷ" (w or y, then a combining circumflex) is typed or pasted with, which \w
#: does not match: without them "Dŵr" would read as "Dw" and "r".
_LETTERS = "\\w\u0300-\u036f'’"
_TOKEN = re.compile(f"[{_LETTERS}]+(?:-[{_LETTERS}]+)*")


@dataclass(frozen=True)
class Token:
    """A word of a field's text, with its place."""

    text: str
    #: Line within the field's text and column on that line, both from 1.
    line: int
    column: int


def tokens(text: str) -> Iterator[Token]:
    """Each word of ``text`` with its place; numbers and words with digits are left out."""
    for number, line in enumerate(text.split("\n"), start=1):
        line = _ADDRESS.sub(lambda m: " " * len(m.group()), line)
        for match in _TOKEN.finditer(line):
            raw = match.group()
            word = raw.strip("'’")
            if not word or any(c.isdigit() or c == "_" for c in word):
                continue
            column = match.start() + raw.index(word) + 1
            yield Token(word, number, column)


def count_words(text: str) -> int:
    """Words as a reader counts them: numbers count, punctuation does not."""
    return sum(1 for _ in re.finditer(f"[{_LETTERS}]+(?:[-.,][{_LETTERS}]+)*", text))


class Accepted:
    """Words accepted beyond the dictionary, with hunspell's rules for capitals.

    An entry in lower case also matches capitalised and in capitals; an entry with
    capitals (NPCC, Okafor) matches as written and in capitals only.
    """

    def __init__(self, entries: Iterable[str]) -> None:
        self.forms: set[str] = set()
        for entry in entries:
            entry = unicodedata.normalize("NFC", entry.strip()).replace("’", "'")
            if not entry:
                continue
            self.forms |= {entry, entry.upper()}
            if entry.islower():
                self.forms.add(entry[:1].upper() + entry[1:])

    def __contains__(self, word: str) -> bool:
        word = unicodedata.normalize("NFC", word).replace("’", "'")
        if word in self.forms:
            return True
        for ending in ("'s", "s'", "'"):
            if word.endswith(ending) and word[: -len(ending)] in self.forms:
                return True
        # plural abbreviations: "YOTs", "NILOs"
        return (
            len(word) > 2 and word.endswith("s") and word[:-1].isupper() and word[:-1] in self.forms
        )


@cache
def project_words() -> tuple[str, ...]:
    lines = WORD_LIST.read_text(encoding="utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#"))
