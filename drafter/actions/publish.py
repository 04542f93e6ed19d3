"""Record that a signed-off response on disk has been published."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from drafter.actions.change import Changed, change_draft
from drafter.model import Draft
from drafter.workflow import publishing


@dataclass(frozen=True)
class Published:
    saved: Changed
    date: dt.date
    #: The statutory deadline, when the report's publication date is known.
    deadline: dt.date | None
    #: Days after the deadline the response was published; None when on time (or
    #: when published again).
    days_late: int | None
    #: Set when the response was published before and changed since: the date it was
    #: first published, which stays on record (``date`` is today's publication).
    first_published: dt.date | None = None


def publish(path: Path | str, date: dt.date, *, today: dt.date | None = None) -> Published:
    """Record the draft at ``path`` as published on ``date``.

    Raises NotReady (naming ``path``) unless the draft is signed off by both, or
    when ``date`` is after ``today`` (the computer's date unless given).
    """
    today = today or dt.date.today()
    before: list[dt.date | None] = []

    def change(draft: Draft) -> Draft:
        before.append(draft.workflow.published)
        return publishing.publish(draft, date, today=today)

    saved = change_draft(path, change, purpose="drafter publish")
    draft = saved.draft
    # Published before (and changed since): the first date stays, even the same day's.
    again = before[-1]
    return Published(
        saved=saved,
        date=date,
        deadline=draft.report.deadline,
        # Published again, the statutory question was answered by the first date.
        days_late=None if again else publishing.lateness(draft, date),
        first_published=again,
    )
