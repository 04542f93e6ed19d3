"""Recording progress on an action: the rules an update must keep.

Updates are only ever added: a correction is a new update. Progress is recorded
once the response is published, on findings accepted in whole or in part, and
dated between the report's publication and today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from drafter.errors import NotAnAction, NotReady, ProgressDate, UnknownChoice
from drafter.model import ActionStatus, Draft, ProgressUpdate
from drafter.tracking import find_finding


def parse_status(value: str | ActionStatus) -> ActionStatus:
    try:
        return ActionStatus(value.strip().casefold().replace(" ", "-"))
    except ValueError:
        raise UnknownChoice("status", value, [s.value for s in ActionStatus]) from None


def record(
    draft: Draft,
    reference: str,
    status: str | ActionStatus,
    *,
    date: dt.date,
    today: dt.date,
    note: str = "",
    evidence: str = "",
) -> Draft:
    """``draft`` with a progress update added to the finding ``reference`` names."""
    update = ProgressUpdate(
        date=date, status=parse_status(status), note=note.strip(), evidence=evidence.strip()
    )
    finding = find_finding(draft, reference)
    if not finding.is_action:
        raise NotAnAction(finding.title, finding.decision.label if finding.decision else None)
    if not draft.workflow.was_published:
        raise NotReady(
            "the response is not published yet; progress is recorded on a published "
            "response (record publication with drafter publish)"
        )
    published = draft.report.published
    if published is not None and date < published:
        raise ProgressDate(date, published, before=True)
    if date > today:
        raise ProgressDate(date, today, before=False)
    findings = [
        replace(f, progress=[*f.progress, update]) if f is finding else f for f in draft.findings
    ]
    return replace(draft, report=replace(draft.report, findings=findings))
