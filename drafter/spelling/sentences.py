"""One sentence splitter, for textconv (one sentence a line) and for readability.

Hand-written rather than pysbd: on the bundled examples both split every
paragraph the same way, but pysbd took about 3 ms a paragraph and 50 ms to import,
against a few microseconds here, and git runs textconv for every version of every
draft it shows (bench/RESULTS.md, "Library or hand-written").
"""

from __future__ import annotations

import re

#: A sentence ends at . ! ? or … (perhaps followed by closing quotes or brackets),
#: before white space and something that can start a sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?…])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")
#: Abbreviations after which a full stop does not end the sentence.
ABBREVIATIONS = frozenset(
    {
        "e.g", "i.e", "cf", "vs", "no", "nos", "para", "paras", "mr", "mrs", "ms", "dr",
        "st", "sgt", "insp", "supt", "ch", "rt", "hon", "approx", "dept", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip


def sentences(paragraph: str) -> list[str]:
    """Split one paragraph into its sentences, keeping every character but the spaces between."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        candidate = paragraph[start : match.end(1)]
        last_word = candidate.rsplit(None, 1)[-1] if candidate.strip() else ""
        stem = last_word.rstrip(".\"'”’)]").lstrip("(\"'“‘[").casefold()
        # "e.g.", "No. 4", "Mr." and initials ("J. Smith") do not end a sentence.
        if stem in ABBREVIATIONS or (len(stem) == 1 and stem.isalpha()):
            continue
        out.append(candidate)
        start = match.end()
    rest = paragraph[start:]
    if rest or not out:
        out.append(rest)
    return [s.strip() for s in out if s.strip()] or [paragraph.strip()]
