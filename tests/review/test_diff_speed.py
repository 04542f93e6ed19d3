"""`drafter diff` stays near-linear on a rewritten response (issue 14, item 12).

Before: 5,000 changed words took about 7 s and 10,000 about 40 s (a word-level
SequenceMatcher over the whole text). The bench (bench/run.py --only diff) has the
20,000-word figure; this test holds a generous bound so that a slow machine passes
but a return to quadratic time cannot.
"""

from __future__ import annotations

import random
import time

from drafter.review.words import Segment, word_diff

COMMON = [
    "the",
    "and",
    "of",
    "to",
    "a",
    "in",
    "that",
    "is",
    "for",
    "on",
    "with",
    "as",
    "be",
    "by",
    "will",
]


def _prose(words: int, seed: int) -> str:
    rng = random.Random(seed)
    out = []
    for i in range(words):
        word = rng.choice(COMMON) if rng.random() < 0.4 else f"w{rng.randrange(4000)}"
        out.append(word + ("." if i % 15 == 14 else ""))
        if i % 150 == 149:
            out.append("\n")
    return " ".join(out).replace(" \n ", "\n")


def _timed(old: str, new: str) -> tuple[float, list[Segment]]:
    start = time.perf_counter()
    segments = word_diff(old, new)
    return time.perf_counter() - start, segments


def _rebuilt(segments: list[Segment]) -> tuple[str, str]:
    old = "".join(s.text for s in segments if s.op != "+")
    new = "".join(s.text for s in segments if s.op != "-")
    return old, new


def test_a_10000_word_rewrite_takes_well_under_a_second_or_two() -> None:
    old, new = _prose(10_000, 1), _prose(10_000, 2)
    seconds, segments = _timed(old, new)
    assert _rebuilt(segments) == (old, new)
    assert seconds < 3, f"{seconds:.1f} s for a 10,000-word rewrite"


def test_an_edit_in_every_sentence_still_shows_each_word() -> None:
    old = _prose(10_000, 3)
    words = old.split(" ")
    for i in range(7, len(words), 40):
        words[i] = "CHANGED"
    new = " ".join(words)
    seconds, segments = _timed(old, new)
    assert _rebuilt(segments) == (old, new)
    assert seconds < 3, f"{seconds:.1f} s"
    added = [s.text for s in segments if s.op == "+"]
    # Each change is shown as the word (with at most a stray neighbour folded in),
    # never as a whole sentence or paragraph.
    assert len(added) >= len(range(7, len(words), 40)) * 0.9
    assert all(len(text.split()) <= 5 for text in added), max(added, key=len)


def test_text_without_full_stops_is_as_fast() -> None:
    # Found trying to break the first fix: one paragraph of 5,000 words with no
    # sentence end, a word changed every 50, took four minutes.
    old = _prose(10_000, 4).replace(".", "").replace("\n", " ")
    words = old.split(" ")
    for i in range(0, len(words), 50):
        words[i] = "CHANGED"
    new = " ".join(words)
    seconds, segments = _timed(old, new)
    assert _rebuilt(segments) == (old, new)
    assert seconds < 3, f"{seconds:.1f} s"
    added = [s.text for s in segments if s.op == "+"]
    assert len(added) >= len(range(0, len(words), 50)) * 0.9
    # Where an edit moves a cut, a few changes are shown with a phrase around them;
    # never a whole paragraph.
    wide = [text for text in added if len(text.split()) > 5]
    assert len(wide) <= len(added) * 0.05, wide
    assert all(len(text.split()) <= 40 for text in added), max(added, key=len)
