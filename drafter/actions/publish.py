"""Record that a signed-off response on disk has been published."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from drafter.actions.change import Changed, change_draft
from drafter.workflow import publishing


@dataclass(frozen=True)
class Published:
    saved: Changed
    date: dt.date
    #: The statutory deadline, when the report's publication date is known.
    deadline: dt.date | None
    #: Days after the deadline the response was published; None when on time.
    days_late: int | None


def publish(path: Path | str, date: dt.date, *, today: dt.date | None = None) -> Published:
    """Record the draft at ``path`` as published on ``date``.

    Raises NotReady (naming ``path``) unless the draft is signed off by both, or
    when ``date`` is after ``today`` (the computer's date unless given).
    """
    today = today or dt.date.today()
    saved = change_draft(
        path, partial(publishing.publish, date=date, today=today), purpose="drafter publish"
    )
    draft = saved.draft
    return Published(
        saved=saved,
        date=date,
        deadline=draft.report.deadline,
        days_late=publishing.lateness(draft, date),
    )
