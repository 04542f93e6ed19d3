"""A property of the merge: two edit sequences join as if both were applied, losing nothing.

Each side edits fields of one draft at random (report and response details, the
officers' comments, findings' fields, a noted statement) and may add findings.
Where the sides touch different fields the merge equals applying both; where they
changed one field differently the field keeps ours and the conflict keeps theirs;
the merged draft always saves and loads back as the same draft.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from conftest import NORTHMOOR
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import store
from drafter.model import Draft, Finding, FindingKind
from drafter.review.merge import attribute, merge_drafts
from drafter.review.paragraphs import merge_text

BASE = store.load(NORTHMOOR)
Address = tuple[str, tuple[Any, ...], str]

ADDRESSES: list[Address] = [
    ("report", (), "title"),
    ("report", (), "url"),
    ("response", (), "area"),
    ("response", (), "force-short"),
    ("response.commissioner", (), "comments"),
    ("response.chief", (), "name"),
    ("response.chief", (), "comments"),
    ("noted", (BASE.response.noted[0].addressee,), "statement"),
    *[
        ("findings", f.key, field)
        for f in BASE.findings[:4]
        for field in ("text", "owner", "deadline", "response")
    ],
]


def record(draft: Draft, table: str, ident: tuple[Any, ...]) -> Any:
    if table == "report":
        return draft.report
    if table == "response":
        return draft.response
    if table.startswith("response."):
        return getattr(draft.response, table.removeprefix("response."))
    if table == "noted":
        return next(g for g in draft.response.noted if g.addressee == ident[0])
    return next(f for f in draft.findings if f.key == ident)


def get(draft: Draft, address: Address) -> Any:
    table, ident, field = address
    return getattr(record(draft, table, ident), attribute(table, field))


def put(draft: Draft, address: Address, value: Any) -> None:
    table, ident, field = address
    setattr(record(draft, table, ident), attribute(table, field), value)


words = st.text(alphabet="abcdef ", min_size=1, max_size=8).map(lambda s: s.strip() or "x")
edits = st.lists(st.tuples(st.sampled_from(ADDRESSES), words), max_size=6)
additions = st.lists(st.tuples(st.integers(100, 103), words), max_size=2)


def edited(edit_list: list[tuple[Address, str]], added: list[tuple[int, str]]) -> Draft:
    draft = deepcopy(BASE)
    for address, value in edit_list:
        put(draft, address, value)
    for number, text in added:
        if all(f.number != str(number) for f in draft.findings):
            draft.findings.append(Finding(FindingKind.RECOMMENDATION, str(number), text))
    return draft


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits, additions, edits, additions)
def test_merge_applies_both_sides_and_loses_nothing(
    ours_edits: list[tuple[Address, str]],
    ours_added: list[tuple[int, str]],
    theirs_edits: list[tuple[Address, str]],
    theirs_added: list[tuple[int, str]],
) -> None:
    ours, theirs = edited(ours_edits, ours_added), edited(theirs_edits, theirs_added)
    merged = merge_drafts(deepcopy(BASE), deepcopy(ours), deepcopy(theirs)).draft
    conflicts = {
        ("findings", (c.kind, c.number), c.field)
        if c.table == "findings"
        else (c.table, (c.addressee,) if c.table == "noted" else (), c.field): c
        for c in merged.conflicts
    }
    for address in ADDRESSES:
        old, mine, other, result = (get(d, address) for d in (BASE, ours, theirs, merged))
        if mine == other or other == old:
            assert result == mine, address
        elif mine == old:
            assert result == other, address
        elif address in conflicts:
            assert result == mine, address
            assert conflicts[address].theirs == other, address
        else:
            # Both changed it, and the paragraphs joined: nothing either side wrote is lost.
            assert result == merge_text(old, mine, other), address
    # Every finding either side added is there, each once.
    added = {f.key for d in (ours, theirs) for f in d.findings} - {f.key for f in BASE.findings}
    keys = [f.key for f in merged.findings]
    assert added <= set(keys)
    assert len(keys) == len(set(keys))
    # The merged draft is a draft: it saves and loads back as itself.
    assert store.loads(store.dumps(merged)) == merged


#: Paragraphs: the base's are b0, b1...; each side's new ones are its own, so that
#: what a side added can be looked for in the result.
@settings(max_examples=150, deadline=None)
@given(st.integers(0, 6), st.data())
def test_paragraph_merge_keeps_every_paragraph_either_side_added(size: int, data) -> None:  # type: ignore[no-untyped-def]
    base = [f"b{i}" for i in range(size)]

    def edited(prefix: str) -> list[str]:
        lines = list(base)
        for step in range(data.draw(st.integers(0, 4))):
            if lines and data.draw(st.booleans()):
                del lines[data.draw(st.integers(0, len(lines) - 1))]
            else:
                lines.insert(data.draw(st.integers(0, len(lines))), f"{prefix}{step}")
        return lines

    ours, theirs = edited("o"), edited("t")
    joined = merge_text("\n".join(base), "\n".join(ours), "\n".join(theirs))
    if joined is None:
        return  # both changed one place: a conflict, which keeps both whole
    result = joined.split("\n")
    for side in (ours, theirs):
        assert [line for line in side if line not in base] == [
            line for line in result if line in side and line not in base
        ]
    for line in base:
        if line not in ours or line not in theirs:
            assert line not in result  # removed on one side, untouched or removed on the other
        else:
            assert line in result
