"""What the progress layout says: a report for the Police and Crime Panel.

Worked out once for every format (md, html, txt, docx, pdf): counts by status,
each action's decision, owner, target, status, RAG mark and latest update, and
the full history of updates for the annex. The rules are drafter.tracking's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drafter.model import ActionStatus, Draft, Finding, ProgressUpdate
from drafter.tracking import Rag, days_overdue, rag, short_reference, status_label, tracked

NOT_STARTED = "Not started"


@dataclass(frozen=True)
class ProgressRow:
    finding: Finding
    #: R3, AFI2, CoC1.
    reference: str
    decision: str
    owner: str
    target: dt.date | None
    status: str
    rag: Rag | None
    days_overdue: int | None
    latest: ProgressUpdate | None

    @property
    def rag_label(self) -> str:
        return self.rag.label if self.rag else ""

    @property
    def rag_class(self) -> str:
        return self.rag.value if self.rag else "none"


@dataclass(frozen=True)
class ProgressReport:
    as_at: dt.date
    heading: str
    #: "The response of the Police, Fire and Crime Commissioner of Northmoor and Dale,
    #: published 1 December 2026"
    published_line: str
    #: (status label, number of actions), in the order of the statuses.
    counts: list[tuple[str, int]]
    overdue: int
    rows: list[ProgressRow]

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def with_history(self) -> list[ProgressRow]:
        return [r for r in self.rows if r.finding.progress]


def default_as_at(draft: Draft) -> dt.date:
    """The latest day the draft records anything on: its newest update, else publication.

    A rendering without an explicit date is then the same every time for the same
    file; ``drafter render`` passes today (or --today).
    """
    dates = [u.date for f in draft.findings for u in f.progress]
    dates += [d for d in (draft.workflow.published, draft.report.published) if d]
    return max(dates) if dates else dt.date.today()


def long_date(date: dt.date | None) -> str:
    return f"{date.day} {date:%B %Y}" if date else ""


def build_progress(draft: Draft, as_at: dt.date | None = None) -> ProgressReport:
    as_at = as_at or default_as_at(draft)
    rows = [_row(f, as_at) for f in tracked(draft)]
    counts = [(NOT_STARTED, sum(1 for r in rows if r.finding.current_status is None))]
    counts += [
        (status.label, sum(1 for r in rows if r.finding.current_status is status))
        for status in ActionStatus
    ]
    response = draft.response
    published = draft.workflow.published
    # The s.55 response is the local policing body's, as the title line says, not the force's.
    line = f"The response of the {response.commissioner_office}"
    line += f", published {long_date(published)}" if published else ", not yet published"
    return ProgressReport(
        as_at=as_at,
        heading=f"Progress on the {draft.report.inspectorate} report: {draft.report.title}",
        published_line=line,
        counts=counts,
        overdue=sum(1 for r in rows if r.days_overdue),
        rows=rows,
    )


def _row(finding: Finding, as_at: dt.date) -> ProgressRow:
    return ProgressRow(
        finding=finding,
        reference=short_reference(finding),
        decision=finding.decision.label if finding.decision else "",
        owner=finding.owner,
        target=finding.target,
        status=status_label(finding),
        rag=rag(finding, as_at),
        days_overdue=days_overdue(finding, as_at),
        latest=finding.latest_update,
    )
