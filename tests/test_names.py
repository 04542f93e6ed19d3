"""One place each for the names of finding kinds, their plurals, and long dates."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.dates import describe_deadline, long_date
from drafter.model import FindingKind


@pytest.mark.parametrize(
    ("kind", "one", "three"),
    [
        (FindingKind.RECOMMENDATION, "1 recommendation", "3 recommendations"),
        (FindingKind.CAUSE_OF_CONCERN, "1 cause of concern", "3 causes of concern"),
        (FindingKind.AREA_FOR_IMPROVEMENT, "1 area for improvement", "3 areas for improvement"),
    ],
)
def test_each_kind_is_counted_in_plain_english(kind: FindingKind, one: str, three: str) -> None:
    assert kind.counted(1) == one
    assert kind.counted(3) == three
    assert kind.counted(0) == "0 " + three.split(" ", 1)[1]
    assert kind.label.lower() == one.split(" ", 1)[1]


def test_a_long_date_has_no_leading_zero() -> None:
    assert long_date(dt.date(2020, 3, 9)) == "9 March 2020"


def test_a_deadline_is_described_with_the_long_date() -> None:
    deadline = dt.date(2020, 5, 3)
    assert describe_deadline(deadline, dt.date(2020, 4, 21)) == "due 3 May 2020, 12 days left"
    assert describe_deadline(deadline, deadline) == "due 3 May 2020, which is today"
    assert describe_deadline(deadline, dt.date(2020, 5, 4)) == "due 3 May 2020, overdue by 1 day"
