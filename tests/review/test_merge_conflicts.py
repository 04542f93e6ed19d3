"""A draft with conflicts: it saves and loads, check names each one, render marks them."""

from __future__ import annotations

import datetime as dt
import re
from copy import deepcopy

import pytest
from conftest import NORTHMOOR, REPO

from drafter import store
from drafter.check import check
from drafter.errors import DraftError
from drafter.model import Decision, Draft, FindingKind
from drafter.render.document import UNRESOLVED, build
from drafter.review.merge import merge_drafts
from drafter.store.schema import FORMAT_VERSION


@pytest.fixture(scope="module")
def base() -> Draft:
    return store.load(NORTHMOOR)


def finding(draft: Draft, number: str):
    return next(f for f in draft.findings if f.key == (FindingKind.RECOMMENDATION, number))


@pytest.fixture(scope="module")
def conflicted(base: Draft) -> Draft:
    """Both sides changed Recommendation 1's response, target and decision, and the chief's name."""
    ours, theirs = deepcopy(base), deepcopy(base)
    finding(ours, "1").response = "Ours, first paragraph.\nOurs, second."
    finding(theirs, "1").response = "Theirs."
    finding(ours, "1").target = dt.date(2027, 4, 30)
    finding(theirs, "1").target = dt.date(2027, 6, 30)
    finding(ours, "1").decision = Decision.NOT_ACCEPTED
    finding(theirs, "1").decision = Decision.PARTIALLY_ACCEPT
    ours.response.chief.name = "Ours Name"
    theirs.response.chief.name = "Theirs Name"
    theirs.findings.remove(finding(theirs, "2"))
    finding(ours, "2").owner = "Kept by ours"
    return merge_drafts(base, ours, theirs).draft


def test_conflicts_save_and_load_with_their_types(conflicted: Draft) -> None:
    text = store.dumps(conflicted)
    assert text.count("[[conflicts]]") == 5
    loaded = store.loads(text)
    assert loaded == conflicted
    target = next(c for c in loaded.conflicts if c.field == "target")
    assert (target.ours, target.theirs) == (dt.date(2027, 4, 30), dt.date(2027, 6, 30))
    assert target.base == dt.date(2027, 3, 31)
    decision = next(c for c in loaded.conflicts if c.field == "decision")
    assert (decision.ours, decision.theirs, decision.base) == (
        Decision.NOT_ACCEPTED,
        Decision.PARTIALLY_ACCEPT,
        Decision.ACCEPT,
    )


def test_conflicts_are_written_last_in_canonical_order(conflicted: Draft) -> None:
    text = store.dumps(conflicted)
    assert text.index("[[conflicts]]") > text.index("[[noted]]")
    block = text[text.index("[[conflicts]]") :].split("\n\n")[0]
    keys = [line.split(" =")[0] for line in block.split("\n")[1:] if " = " in line]
    assert keys[:4] == ["table", "kind", "number", "field"]


def test_check_lists_each_conflict_at_its_field(conflicted: Draft) -> None:
    problems = check(conflicted).problems
    listed = [p for p in problems if p.message.startswith("merge conflict")]
    index = conflicted.findings.index(finding(conflicted, "1"))
    second = conflicted.findings.index(finding(conflicted, "2"))
    assert sorted(p.field for p in listed) == sorted(
        [
            "response.chief.name",
            f"findings[{index}].target",
            f"findings[{index}].decision",
            f"findings[{index}].response",
            f"findings[{second}]",
        ]
    )
    assert all(p.finding == index for p in listed if p.field.startswith(f"findings[{index}]"))
    assert "Recommendation 1, response was changed differently on both sides" in (
        " ".join(p.message for p in listed)
    )
    assert "Recommendation 2 was removed on the other side" in " ".join(p.message for p in listed)


def test_render_marks_each_text_in_conflict(conflicted: Draft) -> None:
    document = build(conflicted)
    assert document.marking.endswith("5 unresolved merge conflicts")
    assert finding(document.draft, "1").response.startswith(UNRESOLVED)
    assert document.draft.response.chief.name.startswith(UNRESOLVED)
    # the draft itself is untouched
    assert not finding(conflicted, "1").response.startswith(UNRESOLVED)


def with_conflict(block: str) -> str:
    text = NORTHMOOR.read_text(encoding="utf-8")
    text = re.sub(r"^format = \d+", f"format = {FORMAT_VERSION}", text)
    return text + "\n" + block


@pytest.mark.parametrize(
    ("block", "field", "words"),
    [
        (
            '[[conflicts]]\ntable = "findings"\nkind = "recommendation"\nnumber = "77"\n'
            'field = "owner"\nours = "a"\ntheirs = "b"\n',
            "conflicts[0].number",
            "there is no Recommendation 77 in this draft",
        ),
        (
            '[[conflicts]]\ntable = "findings"\nkind = "recommendation"\nnumber = "1"\n'
            'field = "ownr"\nours = "a"\n',
            "conflicts[0].field",
            '"ownr" is not a field of findings',
        ),
        (
            '[[conflicts]]\ntable = "report"\nfield = "published"\nours = "2020-01-01"\n',
            "conflicts[0].ours",
            "must be a date",
        ),
        (
            '[[conflicts]]\ntable = "workflow"\nfield = "status"\n',
            "conflicts[0].table",
            '"workflow" is not one of',
        ),
        (
            '[[conflicts]]\ntable = "noted"\naddressee = "Nobody"\nfield = "statement"\n',
            "conflicts[0].addressee",
            'no noted group for "Nobody"',
        ),
        (
            '[[conflicts]]\ntable = "findings"\nkind = "recommendation"\nnumber = "1"\n',
            "conflicts[0].removed",
            'must be "ours" or "theirs"',
        ),
        (
            '[[conflicts]]\ntable = "report"\nfield = "url"\n\n'
            '[[conflicts]]\ntable = "report"\nfield = "url"\n',
            "conflicts[1].field",
            "in conflict twice",
        ),
    ],
)
def test_bad_conflicts_are_named(block: str, field: str, words: str) -> None:
    with pytest.raises(DraftError) as caught:
        store.loads(with_conflict(block), "d.toml")
    assert caught.value.field == field
    assert words in str(caught.value)
    assert caught.value.line is not None


def test_documented_conflicts_load() -> None:
    doc = (REPO / "docs" / "draft-format.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Conflicts left by a merge") :]
    example = re.search(r"```toml\n(.*?)```", section, re.S).group(1)  # type: ignore[union-attr]
    draft = store.loads(with_conflict(example))
    assert [c.title for c in draft.conflicts] == [
        "Recommendation 1, response",
        "Noted group for College of Policing, statement",
    ]
    assert draft.conflicts[0].theirs == "The force will do this by June."


def test_textconv_shows_each_conflict(conflicted: Draft) -> None:
    from drafter.review.textconv import draft_text

    text = draft_text(conflicted)
    section = text[text.index("== Merge conflicts ==") :]
    assert (
        "Recommendation 1, response:\n  Ours: Ours, first paragraph.\n    Ours, second." in section
    )
    assert "  Theirs: Theirs." in section
    assert "  Theirs: 30 June 2027" in section
    assert "Recommendation 2: removed on one side, changed on the other" in section


def test_a_conflict_blocks_sign_off(base: Draft) -> None:
    from test_merge_model import ready as answered

    from drafter.errors import NotReady
    from drafter.model import Role
    from drafter.workflow.signoff import sign

    ready = answered(base)
    sign(ready, Role.CHIEF, "A Signatory", dt.date(2026, 11, 1))  # ready as it is
    ours, theirs = deepcopy(ready), deepcopy(ready)
    finding(ours, "1").owner, finding(theirs, "1").owner = "Ours", "Theirs"
    conflicted = merge_drafts(ready, ours, theirs).draft
    with pytest.raises(NotReady, match="merge conflict: Recommendation 1, owner"):
        sign(conflicted, Role.CHIEF, "A Signatory", dt.date(2026, 11, 1))


@pytest.mark.parametrize("layout", ["standard", "action-plan", "narrative", "letter"])
def test_a_decision_in_conflict_renders_in_every_layout(conflicted: Draft, layout: str) -> None:
    """A decision is a StrEnum: marking it as text would make it a plain str in the document."""
    from drafter.render.text_formats import render_text

    document = build(conflicted)
    assert finding(document.draft, "1").decision is Decision.NOT_ACCEPTED
    marked = deepcopy(conflicted)
    marked.response.layout = layout
    assert "UNRESOLVED MERGE CONFLICT" in render_text(marked, "md")
