"""Spelling and house style of a draft's prose, with word counts and readability.

British English spelling comes from Debian's hunspell-en-gb dictionary, read by
Hunspell through Enchant (dictionary.py); the project's word list (words.txt:
policing names and abbreviations) and the office profile's ``words`` are accepted
besides it; the house style (style.py)
flags words the dictionary allows but a British public body should not write.

Only the office's own prose is checked: the commissioner's and the chief officer's
comments, each finding's response and each noted group's statement. The findings'
text is HMICFRS's, quoted exactly as published, and is left alone.

``check_spelling`` returns problems located by field path (as in the draft file)
and line within the field, so the CLI can print them and the TUI can jump to them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from drafter.model import Draft
from drafter.spelling import dictionary, style
from drafter.spelling.readability import flesch_reading_ease
from drafter.spelling.words import Accepted, count_words, project_words, tokens

SPELLING = "spelling"
STYLE = "style"


@dataclass(frozen=True)
class ProseField:
    """A piece of the office's own prose: where it is in the draft and what it says."""

    #: The field as in the draft file: "findings[3].response".
    field: str
    #: What a reader calls it: "Chief Constable's comments", "Recommendation 4".
    label: str
    text: str
    #: Index into draft.findings when the field belongs to a finding.
    finding: int | None = None


@dataclass(frozen=True)
class SpellingProblem:
    """A word the dictionary or the house style questions, with its place."""

    field: str
    #: Line within the field's text and column on that line, both from 1.
    line: int
    column: int
    word: str
    #: SPELLING (not in the dictionary) or STYLE (against the house style).
    kind: str
    suggestions: tuple[str, ...]
    message: str
    finding: int | None = None


@dataclass(frozen=True)
class WordCount:
    """The words in one piece of the office's prose."""

    field: str
    label: str
    words: int


@dataclass(frozen=True)
class ProseSummary:
    """Word counts of the office's prose, and how easily it reads."""

    counts: list[WordCount]
    total: int
    #: Flesch reading ease of all the prose together; None when there is none.
    reading_ease: float | None


def prose_fields(draft: Draft) -> list[ProseField]:
    """The office's own prose, in the order the response reads."""
    response = draft.response
    fields = [
        ProseField(
            "response.commissioner.comments",
            f"{response.commissioner.possessive} comments",
            response.commissioner.comments,
        ),
        ProseField(
            "response.chief.comments",
            f"{response.chief.possessive} comments",
            response.chief.comments,
        ),
    ]
    for i, finding in enumerate(draft.findings):
        fields.append(ProseField(f"findings[{i}].response", finding.title, finding.response, i))
    for i, group in enumerate(response.noted):
        fields.append(
            ProseField(f"noted[{i}].statement", f"Statement on {group.addressee}", group.statement)
        )
    return [f for f in fields if f.text.strip()]


def check_spelling(draft: Draft, extra_words: Iterable[str] = ()) -> list[SpellingProblem]:
    """Spelling and house-style problems in the draft's prose, in reading order.

    ``extra_words`` are accepted besides the dictionary and the project's word list:
    pass the office profile's ``words``.
    """
    accepted = Accepted((*project_words(), *extra_words, *draft_words(draft)))
    problems: list[SpellingProblem] = []
    for field in prose_fields(draft):
        problems += check_text(field.text, field.field, accepted, finding=field.finding)
    return problems


def draft_words(draft: Draft) -> list[str]:
    """Words the draft itself knows: its own names, and the words accepted in it.

    The area, the force, the people (the commissioner, the chief officer, whoever
    signed, owners, the Cc list) and the bodies findings are addressed to are spelt
    as the draft spells them; a name written there is not a spelling mistake in the
    prose. Then the words the writer chose to accept in this draft alone.
    """
    response = draft.response
    names = [
        response.area,
        response.force,
        response.force_short,
        response.commissioner.name,
        response.chief.name,
        *response.cc,
        *(s.name for s in draft.workflow.signoffs),
        *(f.addressee for f in draft.findings),
        *(f.owner for f in draft.findings),
        *(g.addressee for g in response.noted),
    ]
    words = [t.text for name in names for t in tokens(name) if t.text[:1].isupper()]
    return [*words, *draft.spelling_words]


def check_text(
    text: str, field: str, accepted: Accepted, *, finding: int | None = None
) -> Iterator[SpellingProblem]:
    for token in tokens(text):
        word = token.text
        if word in accepted:
            continue
        if not _correct(word, accepted):
            found = tuple(s for s in dictionary.suggestions(word) if s not in (word,))
            hint = f"; did you mean {', '.join(found)}?" if found else ""
            yield SpellingProblem(
                field, token.line, token.column, word, SPELLING, found,
                f"{word!r} is not in {dictionary.described()}{hint}",
                finding,
            )  # fmt: skip
            continue
        advice = style.advice(word, dictionary.known)
        if advice is not None:
            yield SpellingProblem(
                field, token.line, token.column, word, STYLE, (advice.instead,),
                f"house style: write {advice.instead!r}, not {word!r} ({advice.reason})",
                finding,
            )  # fmt: skip


def _correct(word: str, accepted: Accepted) -> bool:
    word = unicodedata.normalize("NFC", word)
    if word in accepted or dictionary.known(word):
        return True
    # "multi-agency" is in the dictionary whole; "force-wide" only as its parts
    parts = word.split("-")
    return len(parts) > 1 and all(p and _correct(p, accepted) for p in parts)


def summarise(draft: Draft) -> ProseSummary:
    """Words in each piece of the office's prose and in all, and how easily it reads."""
    fields = prose_fields(draft)
    counts = [WordCount(f.field, f.label, count_words(f.text)) for f in fields]
    return ProseSummary(
        counts=counts,
        total=sum(c.words for c in counts),
        reading_ease=flesch_reading_ease("\n".join(f.text for f in fields)),
    )
