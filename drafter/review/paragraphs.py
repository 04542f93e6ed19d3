"""Three versions of a list of lines joined as git joins them (a three-way line merge).

Prose is stored one paragraph a line, so joining a field's paragraphs keeps what
git's own line merge already did before drafts had a merge driver: two people
editing different paragraphs of one response do not conflict. Written here rather
than taken from a library: the one on PyPI (merge3) is GPL, drafter is MIT.
"""

from __future__ import annotations

from difflib import SequenceMatcher

#: Where all three versions agree: base[0:1], ours[2:3] and theirs[4:5] are equal.
Region = tuple[int, int, int, int, int, int]


def merge_lines(base: list[str], ours: list[str], theirs: list[str]) -> list[str] | None:
    """The lines with both sides' changes, or None when they changed the same place.

    Between the stretches all three share, a stretch only one side changed takes
    that side's lines; both sides making the same change is no conflict.
    """
    out: list[str] = []
    at_base = at_ours = at_theirs = 0
    end: Region = (len(base), len(base), len(ours), len(ours), len(theirs), len(theirs))
    for region in [*_sync_regions(base, ours, theirs), end]:
        base_start, base_end, ours_start, ours_end, theirs_start, theirs_end = region
        old = base[at_base:base_start]
        mine = ours[at_ours:ours_start]
        other = theirs[at_theirs:theirs_start]
        if mine == other or other == old:
            out += mine
        elif mine == old:
            out += other
        else:
            return None
        out += base[base_start:base_end]
        at_base, at_ours, at_theirs = base_end, ours_end, theirs_end
    return out


def merge_text(base: str, ours: str, theirs: str) -> str | None:
    """A prose field's paragraphs joined; None when both sides changed one paragraph."""
    joined = merge_lines(base.split("\n"), ours.split("\n"), theirs.split("\n"))
    return None if joined is None else "\n".join(joined)


def _sync_regions(base: list[str], ours: list[str], theirs: list[str]) -> list[Region]:
    """The stretches of base that both sides kept, with where each side has them."""
    mine = SequenceMatcher(None, base, ours, autojunk=False).get_matching_blocks()
    other = SequenceMatcher(None, base, theirs, autojunk=False).get_matching_blocks()
    regions: list[Region] = []
    i = j = 0
    while i < len(mine) and j < len(other):
        a_base, a_side, a_size = mine[i]
        b_base, b_side, b_size = other[j]
        start = max(a_base, b_base)
        stop = min(a_base + a_size, b_base + b_size)
        if start < stop:
            regions.append(
                (
                    start,
                    stop,
                    a_side + start - a_base,
                    a_side + stop - a_base,
                    b_side + start - b_base,
                    b_side + stop - b_base,
                )
            )
        if a_base + a_size < b_base + b_size:
            i += 1
        else:
            j += 1
    return regions
