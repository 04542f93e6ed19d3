"""Every open action across published responses, most overdue first, in three formats.

An action is a finding accepted in whole or in part (drafter.tracking); it is open
until its latest status is closed or superseded. Only published responses have
actions to track.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.model import ActionStatus, Draft
from drafter.safe_text import csv_text
from drafter.safe_text import table as aligned
from drafter.tracking import Rag, days_overdue, is_open, rag, short_reference, tracked

#: Characters of a report's title and of the last update's note in the table.
TITLE_WIDTH = 32
NOTE_WIDTH = 40


@dataclass(frozen=True)
class ActionRow:
    path: Path
    report: str
    #: As people write it: R3, AFI2, CoC1.
    finding: str
    #: "Recommendation 3".
    title: str
    decision: str
    owner: str
    target: dt.date | None
    #: The latest status; None when no update has been recorded and the response gave none.
    status: ActionStatus | None
    rag: Rag | None
    last_date: dt.date | None
    last_note: str
    days_overdue: int | None


def draft_actions(path: Path, draft: Draft, today: dt.date) -> list[ActionRow]:
    """The open actions of one draft; none unless the response is published."""
    if not draft.workflow.was_published:
        return []
    rows = []
    for finding in tracked(draft):
        if not is_open(finding):
            continue
        latest = finding.latest_update
        rows.append(
            ActionRow(
                path=path,
                report=draft.report.title,
                finding=short_reference(finding),
                title=finding.title,
                decision=finding.decision.label if finding.decision else "",
                owner=finding.owner,
                target=finding.target,
                status=finding.current_status,
                rag=rag(finding, today),
                last_date=latest.date if latest else None,
                last_note=latest.note if latest else "",
                days_overdue=days_overdue(finding, today),
            )
        )
    return rows


def most_overdue_first(rows: list[ActionRow]) -> list[ActionRow]:
    """Most overdue first, then by the nearest target (none last); the draft's order kept."""
    return sorted(
        rows,
        key=lambda r: (
            -(r.days_overdue or 0),
            r.target is None,
            r.target or dt.date.max,
        ),
    )


# --- formats ------------------------------------------------------------------------


def one_line(text: str, width: int | None = None) -> str:
    """A cell for the table: one line, cut to ``width`` (``aligned`` shows control
    characters as visible marks)."""
    text = " ".join(text.split())
    if width is not None and len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text


def _short_date(date: dt.date | None) -> str:
    return f"{date.day} {date:%b %Y}" if date else ""


def _status(row: ActionRow) -> str:
    return row.status.label if row.status else "Not started"


TABLE_HEADINGS = (
    "Report",
    "Finding",
    "Owner",
    "Target",
    "Status",
    "RAG",
    "Last update",
    "Updated",
    "Overdue",
)


def as_table(rows: list[ActionRow], responses: int) -> str:
    cells = [TABLE_HEADINGS]
    for r in rows:
        cells.append(
            (
                one_line(r.report, TITLE_WIDTH),
                r.finding,
                one_line(r.owner, 28),
                _short_date(r.target),
                _status(r),
                r.rag.label if r.rag else "",
                one_line(r.last_note, NOTE_WIDTH),
                _short_date(r.last_date),
                f"{r.days_overdue} days" if r.days_overdue else "",
            )
        )
    return "\n".join([*aligned(cells), "", summary(rows, responses)]) + "\n"


def summary(rows: list[ActionRow], responses: int) -> str:
    overdue = sum(1 for r in rows if r.days_overdue)
    actions = f"{len(rows)} open action{'s' if len(rows) != 1 else ''}"
    where = f"{responses} published response{'s' if responses != 1 else ''}"
    return f"{actions} in {where}" + (f", {overdue} overdue" if overdue else "")


def row_json(r: ActionRow) -> dict[str, Any]:
    return {
        "path": str(r.path),
        "report": r.report,
        "finding": r.finding,
        "title": r.title,
        "decision": r.decision,
        "owner": r.owner,
        "target": r.target.isoformat() if r.target else None,
        "status": r.status.value if r.status else None,
        "rag": r.rag.value if r.rag else None,
        "last_update_date": r.last_date.isoformat() if r.last_date else None,
        "last_update": r.last_note or None,
        "days_overdue": r.days_overdue,
    }


def as_json(rows: list[ActionRow], today: dt.date) -> str:
    data = {"today": today.isoformat(), "actions": [row_json(r) for r in rows]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = (
    "path",
    "report",
    "finding",
    "title",
    "decision",
    "owner",
    "target",
    "status",
    "rag",
    "last_update_date",
    "last_update",
    "days_overdue",
)


def as_csv(rows: list[ActionRow]) -> str:
    return csv_text(CSV_COLUMNS, ([row_json(r)[c] for c in CSV_COLUMNS] for r in rows))
