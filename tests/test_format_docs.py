"""docs/draft-format.md stays in step with the code: its example loads, in canonical order."""

from __future__ import annotations

import re

import pytest
from conftest import REPO

from drafter import store
from drafter.model import Decision, Draft, Finding, FindingKind
from drafter.render.document import noted_line
from drafter.store.schema import FORMAT_VERSION

DOC = REPO / "docs" / "draft-format.md"


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def example(doc: str) -> str:
    return re.search(r"```toml\n(.*?)```", doc, re.S).group(1)  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def example_draft(example: str) -> Draft:
    return store.loads(example, "docs/draft-format.md")


def skeleton(text: str) -> list[str]:
    """Table headers and keys, in file order, skipping the insides of multi-line strings."""
    out = []
    inside = False
    for line in text.split("\n"):
        if inside:
            inside = line.count('"""') % 2 == 0
            continue
        code = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if code.startswith("["):
            out.append(code)
        elif "=" in code:
            out.append(code.split("=", 1)[0].strip())
            inside = code.count('"""') % 2 == 1
    return out


def test_example_is_a_valid_draft(example_draft: Draft) -> None:
    kinds = [f.kind for f in example_draft.findings]
    assert kinds == [
        FindingKind.CAUSE_OF_CONCERN,
        FindingKind.RECOMMENDATION,
        FindingKind.RECOMMENDATION,
    ]
    assert example_draft.findings[1].cause == "1"
    assert example_draft.response.commissioner.comments.split("\n")[2] == (
        '- a bulleted item starts with "- " (or "• ")'
    )


def test_example_shows_every_key_in_canonical_order(example: str, example_draft: Draft) -> None:
    """Saving the example gives the same tables and keys, in the same order."""
    assert skeleton(store.dumps(example_draft)) == skeleton(example)


def test_every_key_in_the_table_is_in_the_example(doc: str, example: str) -> None:
    keys = set(skeleton(example))
    rows = re.findall(r"^\|[^|]*\| (`[^|]+`) \|", doc, re.M)
    documented = {k for cell in rows for k in re.findall(r"`([a-z-]+)`", cell)}
    assert documented == {k for k in keys if not k.startswith("[")}


def test_doc_names_the_current_version(doc: str) -> None:
    assert f"# The draft file format (version {FORMAT_VERSION})" in doc
    assert f"version **{FORMAT_VERSION}**" in doc


def test_documented_noted_line(example_draft: Draft) -> None:
    group = example_draft.response.noted[0]
    own = [f for f in example_draft.report.recommendations() if f.decision is not Decision.NOTE]
    count = len(example_draft.noted_findings(group))
    line = noted_line(example_draft.response.force, count, group.addressee, others=bool(own))
    assert (
        line == "Northmoor Constabulary notes the other recommendation to the College of Policing."
    )


@pytest.mark.parametrize(
    ("count", "others", "line"),
    [
        (1, False, "Kent Police notes the recommendation to the Home Office."),
        (1, True, "Kent Police notes the other recommendation to the Home Office."),
        (7, True, "Kent Police notes the other 7 recommendations to the Home Office."),
        (2, False, "Kent Police notes the 2 recommendations to the Home Office."),
    ],
)
def test_noted_line_wording(count: int, others: bool, line: str) -> None:
    assert noted_line("Kent Police", count, "Home Office", others=others) == line
    assert noted_line("Kent Police", count, "the Home Office", others=others) == line


def test_example_findings_are_keyed_by_kind_and_number(example_draft: Draft) -> None:
    assert [f.key for f in example_draft.findings] == [
        (FindingKind.CAUSE_OF_CONCERN, "1"),
        (FindingKind.RECOMMENDATION, "1"),
        (FindingKind.RECOMMENDATION, "5"),
    ]
    assert isinstance(example_draft.findings[0], Finding)
