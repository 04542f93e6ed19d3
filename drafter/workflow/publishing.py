"""Recording a signed-off response as published, and how late it was."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from drafter.dates import long_date
from drafter.errors import DateBeforeSignature, NotReady, NotSignedOff
from drafter.model import Draft, Status
from drafter.store.signing import is_signed_off, settled_status
from drafter.workflow.signoff import refuse_date_outside, unsigned


def publish(draft: Draft, date: dt.date, *, today: dt.date | None = None) -> Draft:
    """``draft`` recorded as published on ``date``; refused unless it is signed off,
    and (with ``today``) when ``date`` is after it.

    A response changed after its publication and signed again is published again:
    the date it was first published stays on record, as the one the statutory
    deadline is measured by (the draft keeps one publication date).
    """
    workflow = draft.workflow
    if settled_status(draft) is Status.PUBLISHED:
        when = long_date(workflow.published) if workflow.published else "an unrecorded date"
        raise NotReady(f"the response is already recorded as published on {when}")
    if not is_signed_off(draft):
        raise NotSignedOff(unsigned(draft))
    refuse_date_outside(draft, date, "publication", today)
    last = max(workflow.signoffs, key=lambda s: s.date)
    if date < last.date:
        raise DateBeforeSignature(
            f"the publication date {long_date(date)} is before the response was signed "
            f"({last.name}, {long_date(last.date)})",
            field="date",
        )
    first = workflow.published
    if first is not None and date < first:
        raise DateBeforeSignature(
            f"the publication date {long_date(date)} is before the response was first "
            f"published ({long_date(first)})",
            field="date",
        )
    return replace(
        draft, workflow=replace(workflow, status=Status.PUBLISHED, published=first or date)
    )


def lateness(draft: Draft, published: dt.date) -> int | None:
    """Days after the statutory deadline that ``published`` falls; None when on time."""
    deadline = draft.report.deadline
    if deadline is None or published <= deadline:
        return None
    return (published - deadline).days
