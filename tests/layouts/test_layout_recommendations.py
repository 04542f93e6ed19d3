"""s.55(5B): every layout accounts for every recommendation of every example.

A recommendation is accounted for either by its own text (every paragraph and list
item of it) followed by its response, or, when it is noted as addressed to another
body and counted in a noted group, by that group's line counting it and the group's
statement. The layouts that number the group (all but the standard one, which
copies the reference's wording) must also name each recommendation it counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_cases import EXAMPLES, FORMATS, LAYOUT_NAMES, example, paragraphs_of, rendered, words

from drafter.render.document import noted_line

NUMBERED_GROUPS = {"letter": False, "narrative": True, "action-plan": True, "standard": False}


def test_every_shipped_layout_is_checked() -> None:
    assert set(NUMBERED_GROUPS) == set(LAYOUT_NAMES)


def test_examples_exercise_both_ways_of_answering() -> None:
    grouped = [f for p in EXAMPLES for f in example(p).findings if example(p).grouped_as_noted(f)]
    own = [
        f
        for p in EXAMPLES
        for f in example(p).report.recommendations()
        if not example(p).grouped_as_noted(f)
    ]
    assert len(grouped) == 8 and len(own) == 10


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_recommendation_is_accounted_for(path: Path, layout: str, fmt: str) -> None:
    draft = example(path)
    said = words(rendered(path, layout, fmt), fmt)
    own = [f for f in draft.report.recommendations() if draft.grouped_as_noted(f) is None]
    position = 0
    for finding in own:
        for part in paragraphs_of(finding.text) + paragraphs_of(finding.response):
            found = said.find(part, position)
            assert found != -1, f"{finding.title}: {part[:60]!r} missing or out of order"
            position = found + len(part)
    for group in draft.response.noted:
        counted = [f for f in draft.noted_findings(group) if f.is_recommendation]
        if not counted:
            continue
        line = noted_line(draft.response.force, len(counted), group.addressee, others=bool(own))
        assert line in said
        for part in paragraphs_of(group.statement):
            assert part in said
        if NUMBERED_GROUPS[layout]:
            # "2, 3 and 8" as a heading, "2, 3, 8" in an action plan's number column
            numbers = [f.number for f in counted]
            if len(numbers) == 1:
                # one recommendation: its number heads the group's line, as a finding's
                # would ("Recommendation 3", or the number column), a few words before it
                before = said[: said.index(line)].split()[-4:]
                assert numbers[0] in before, before
            else:
                head = ", ".join(numbers[:-1])
                assert f"{head} and {numbers[-1]}" in said or f"{head}, {numbers[-1]}" in said


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_areas_for_improvement_and_causes_of_concern_appear(layout: str, fmt: str) -> None:
    path = next(p for p in EXAMPLES if "northmoor" in p.name)
    draft = example(path)
    said = words(rendered(path, layout, fmt), fmt)
    others = [f for f in draft.findings if not f.is_recommendation]
    assert len(others) == 5
    for finding in others:
        assert finding.title in said
        for part in paragraphs_of(finding.text) + paragraphs_of(finding.response):
            assert part in said
