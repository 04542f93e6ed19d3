"""Reports that number their recommendations from 1 again: per body a joint report
addresses, or per chapter. Every recommendation is kept, numbered on after the highest
so far, and a warning says so; none is dropped as a second copy of another.

Found as an adversary: a joint report grouped "Recommendations for the police", "...
for the Crown Prosecution Service" gave nothing from pasted text and two of five from
its PDF; a "For the Home Office" sub-heading lost its recommendation without a word;
chapters that each start at Recommendation 1 kept only the first chapter's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shapes import REC, Shape
from test_shapes import found

from drafter.importers import import_report

POLICE = (
    "By 30 September 2026, chief constables should give every victim of stalking a named officer."
)
ORDERS = "By 30 September 2026, chief constables should apply for a protection order wherever one would help."
TRAIN = "By 31 December 2026, the Crown Prosecution Service should train its prosecutors in stalking law."
SAMPLE = (
    "The Crown Prosecution Service should review a sample of dropped stalking cases every quarter."
)
FUND = "By 31 March 2027, the Home Office should fund independent stalking advocates in every area."

#: The police's two recommendations, as each report lists them first, and as found.
POLICE_LIST = ("lines", [f"1. {POLICE}", f"2. {ORDERS}"])
POLICE_FOUND = [
    (REC, "1", "", "chief constables", "30 September 2026", POLICE),
    (REC, "2", "", "chief constables", "30 September 2026", ORDERS),
]
PUBLISHED = ("p", "Published: 3 March 2026")

JOINT = Shape(
    "joint-per-body",
    (),
    "A joint inspection of how the police and prosecutors deal with stalking",
    [
        PUBLISHED,
        ("h", "Recommendations for the police"),
        POLICE_LIST,
        ("h", "Recommendations for the Crown Prosecution Service"),
        ("lines", [f"1. {TRAIN}", f"2. {SAMPLE}"]),
        ("h", "Recommendations for the Home Office"),
        ("lines", [f"1. {FUND}"]),
    ],
    [
        *POLICE_FOUND,
        (REC, "3", "", "the Crown Prosecution Service", "31 December 2026", TRAIN),
        (REC, "4", "", "the Crown Prosecution Service", "", SAMPLE),
        (REC, "5", "", "the Home Office", "31 March 2027", FUND),
    ],
    warns=["numbers its recommendations from 1 again", "numbered them 3 to 4", "numbered it 5"],
)

SUB_HEADED = Shape(
    "sub-headed-per-body",
    (),
    "An inspection of how forces support victims of stalking",
    [
        PUBLISHED,
        ("h", "Recommendations"),
        POLICE_LIST,
        ("h", "For the Home Office"),
        ("lines", [f"1. {FUND}"]),
    ],
    [*POLICE_FOUND, (REC, "3", "", "the Home Office", "31 March 2027", FUND)],
    warns=["numbers its recommendations from 1 again", "numbered it 3"],
)

NURSES = "The Department of Health and Social Care should fund a nurse in every custody suite."
DATA = "The Home Office should publish each force's custody figures every year."
CHAPTERS = Shape(
    "chapters-each-from-one",
    (),
    "An inspection of police custody",
    [
        PUBLISHED,
        ("h", "Chapter 1: Answering calls"),
        ("p", "Calls are not always answered quickly."),
        ("h", "Recommendation 1"),
        ("p", POLICE),
        ("h", "Recommendation 2"),
        ("p", ORDERS),
        ("h", "Chapter 2: Detention"),
        ("p", "Detainees do not always see a nurse."),
        ("h", "Recommendation 1"),
        ("p", NURSES),
        ("h", "Recommendation 2"),
        ("p", DATA),
    ],
    [
        *POLICE_FOUND,
        (REC, "3", "", "the Department of Health and Social Care", "", NURSES),
        (REC, "4", "", "the Home Office", "", DATA),
    ],
    warns=["numbers its recommendations from 1 again", "numbered them 3 to 4"],
)


@pytest.mark.parametrize("shape", [JOINT, SUB_HEADED, CHAPTERS], ids=lambda s: s.name)
@pytest.mark.parametrize("how", ["text", "html", "pdf"])
def test_numbering_from_one_again_keeps_every_recommendation(
    tmp_path: Path, shape: Shape, how: str
) -> None:
    result = import_report(shape.write(tmp_path, how))
    assert found(result) == shape.expected
    for words in shape.warns:
        assert any(words in warning for warning in result.warnings), (words, result.warnings)
    assert not any("appears twice" in warning for warning in result.warnings)
