"""Dates as officers type them (2020-03-09, 9 March 2020, 9 Mar 2020, 09/03/2020), as
drafter writes them (9 March 2020), and days to a deadline."""

from __future__ import annotations

import datetime as dt
import re

from drafter.model import EARLIEST, LATEST, RANGE_HINT, out_of_range

__all__ = [
    "EARLIEST",
    "LATEST",
    "MONTHS",
    "RANGE_HINT",
    "long_date",
    "out_of_range",
    "parse_date",
]

#: The months by name, as a regular expression's alternatives: what the importers
#: look for in "by 31 March 2024". Written out, since %B follows the locale.
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%d.%m.%Y", "%B %d, %Y")

#: 2020-03-09 exactly: read without strptime, whose first call costs milliseconds
#: (it builds its patterns from the locale), at the start of every command given one.
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _parsed(cleaned: str, fmt: str) -> dt.date:
    if fmt == _FORMATS[0] and _ISO.fullmatch(cleaned):
        return dt.date.fromisoformat(cleaned)
    return dt.datetime.strptime(cleaned, fmt).date()


def parse_date(text: str) -> dt.date:
    """Parse a typed date; raise ValueError with a message fit to show the user."""
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", " ".join(text.split()), flags=re.I)
    cleaned = cleaned.replace("Sept ", "Sep ")
    for fmt in _FORMATS:
        try:
            date = _parsed(cleaned, fmt)
        except ValueError:
            continue
        problem = out_of_range(date)
        if problem:
            raise ValueError(f"{text!r}: {problem} (check the year)")
        return date
    raise ValueError(
        f"{text!r} is not a date; write it as 2024-03-31 or 31 March 2024 "
        "(day before month, as in the UK)"
    )


def long_date(date: dt.date) -> str:
    """ "9 March 2020": the one way drafter writes a date in its messages and views."""
    return f"{date.day} {date:%B %Y}"


def days_left(deadline: dt.date, today: dt.date) -> int:
    """Days left until the deadline, counting the deadline itself; negative when overdue."""
    return (deadline - today).days


def describe_deadline(deadline: dt.date, today: dt.date) -> str:
    """'due 3 May 2020, 12 days left', 'due today' or 'overdue by 4 days'."""
    left = days_left(deadline, today)
    when = long_date(deadline)
    if left > 0:
        return f"due {when}, {left} day{'s' if left != 1 else ''} left"
    if left == 0:
        return f"due {when}, which is today"
    late = -left
    return f"due {when}, overdue by {late} day{'s' if late != 1 else ''}"
