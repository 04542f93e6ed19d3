"""Every draft in a folder, in one view: what is due when, and how far each has got.

Most urgent first: unpublished responses by days left (most overdue at the top),
then those whose report has no publication date yet, then published responses
(most recently published first), then files that are not valid drafts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter import store
from drafter.action_list import draft_actions
from drafter.errors import DrafterError
from drafter.model import Draft, FindingKind, Status
from drafter.profile import PROFILE_NAME
from drafter.safe_text import csv_text, table, visible
from drafter.workflow.signoff import SignatureState, signoff_summary

#: Characters of a report's title shown in the table (JSON and CSV have it whole).
TITLE_WIDTH = 40
#: Unpublished responses due within this many days count as "due soon" in the summary.
SOON_DAYS = 14


@dataclass(frozen=True)
class Entry:
    path: Path
    #: The reason the file is not a valid draft; "" for a valid one.
    error: str = ""
    report: str = ""
    report_published: dt.date | None = None
    deadline: dt.date | None = None
    #: Days until the deadline (negative when overdue); None once published or undated.
    days_left: int | None = None
    #: For a published response: days it was published after the deadline (0 on time).
    days_late: int | None = None
    decided: int = 0
    total: int = 0
    status: str = "invalid"
    response_published: dt.date | None = None
    signatures: list[SignatureState] = field(default_factory=list)
    #: For a published response: actions not yet closed or superseded, and how many
    #: of them are past their target (None before publication).
    open_actions: int | None = None
    overdue_actions: int | None = None

    @property
    def published(self) -> bool:
        """Published, even if changed since (then its status is in review or signed off)."""
        return self.status == Status.PUBLISHED or self.response_published is not None


def find_drafts(folder: Path) -> list[Path]:
    """Every .toml file under ``folder``, skipping hidden folders (.git, .venv) and
    drafter's own files that are not drafts: the office profile and report files."""
    found = []
    for path in folder.rglob("*.toml"):
        parts = path.relative_to(folder).parts
        if any(part.startswith(".") for part in parts):
            continue
        if path.is_file() and path.name != PROFILE_NAME and not _is_report_file(path):
            found.append(path)
    return sorted(found)


def _is_report_file(path: Path) -> bool:
    """A report file (`drafter import --report-only`): a [report] and no [response]."""
    import tomllib

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        # Not readable as TOML (RecursionError: nesting deeper than tomllib goes):
        # listed, and its trouble said, as a draft.
        return False
    return isinstance(raw.get("report"), dict) and "response" not in raw


def entry(path: Path, today: dt.date) -> Entry:
    try:
        draft = store.load(path)
    except DrafterError as error:
        return Entry(path=path, error=str(error))
    return summarise(path, draft, today)


def summarise(path: Path, draft: Draft, today: dt.date) -> Entry:
    report, workflow = draft.report, draft.workflow
    include_afis = draft.response.include_areas_for_improvement
    counted = [
        f for f in draft.findings if include_afis or f.kind is not FindingKind.AREA_FOR_IMPROVEMENT
    ]
    deadline = report.deadline
    # Changed since and in review, a published response's deadline was still met (or
    # missed) by its publication, and its actions are still tracked.
    published = workflow.was_published
    days_left = None if published or deadline is None else (deadline - today).days
    days_late = None
    if published and deadline is not None and workflow.published is not None:
        days_late = max(0, (workflow.published - deadline).days)
    actions = draft_actions(path, draft, today)
    # Hashed once for both questions: a signed draft's hash encodes it whole.
    current = store.content_hash(draft) if workflow.signoffs else None
    return Entry(
        path=path,
        report=report.title,
        report_published=report.published,
        deadline=deadline,
        days_left=days_left,
        days_late=days_late,
        decided=sum(1 for f in counted if f.decision is not None),
        total=len(counted),
        status=str(store.settled_status(draft, current)),
        response_published=workflow.published,
        signatures=signoff_summary(draft, current),
        open_actions=len(actions) if published else None,
        overdue_actions=sum(1 for a in actions if a.days_overdue) if published else None,
    )


def urgency(e: Entry) -> tuple[Any, ...]:
    if e.error:
        return (3, 0, str(e.path))
    if e.published:
        newest_first = -(e.response_published or dt.date.min).toordinal()
        return (2, newest_first, str(e.path))
    if e.days_left is None:
        return (1, 0, str(e.path))
    return (0, e.days_left, str(e.path))


def draft_paths(paths: Iterable[Path]) -> list[Path]:
    """The files among ``paths`` (as given) and under its folders, each once."""
    drafts: dict[Path, Path] = {}
    for path in paths:
        for found in find_drafts(path) if path.is_dir() else [path]:
            # Each file once, however often and however it was named.
            drafts.setdefault(found.resolve(), found)
    return list(drafts.values())


def portfolio(paths: Iterable[Path], today: dt.date) -> list[Entry]:
    """The drafts among ``paths`` (files as given, folders searched), most urgent first."""
    return sorted((entry(p, today) for p in draft_paths(paths)), key=urgency)


# --- formats ------------------------------------------------------------------------


def _short_date(date: dt.date | None) -> str:
    return f"{date.day} {date:%b %Y}" if date else ""


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def days_text(e: Entry) -> str:
    if e.error:
        return ""
    if e.published:
        if e.days_late is None:
            return "published"
        return "on time" if e.days_late == 0 else f"{e.days_late} late"
    if e.days_left is None:
        return "no date"
    if e.days_left > 0:
        return f"{e.days_left} left"
    if e.days_left == 0:
        return "due today"
    return f"{-e.days_left} overdue"


def signatures_text(e: Entry) -> str:
    present = [f"{s.role} {s.state}" for s in e.signatures if s.state != "missing"]
    return ", ".join(present) if present else ("" if e.error else "none")


def actions_text(e: Entry) -> str:
    if e.open_actions is None:
        return ""
    overdue = f", {e.overdue_actions} overdue" if e.overdue_actions else ""
    return f"{e.open_actions} open{overdue}"


def _title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_WIDTH else text[: TITLE_WIDTH - 1].rstrip() + "…"


TABLE_HEADINGS = (
    "Draft",
    "Report",
    "Published",
    "Deadline",
    "Days",
    "Decided",
    "Status",
    "Sign-offs",
    "Actions",
)


def as_table(entries: list[Entry]) -> str:
    rows = [TABLE_HEADINGS]
    for e in entries:
        rows.append(
            (
                str(e.path),
                "(not a valid draft)" if e.error else _title(e.report),
                _short_date(e.report_published),
                _short_date(e.deadline),
                days_text(e),
                "" if e.error else f"{e.decided}/{e.total}",
                e.status,
                signatures_text(e),
                actions_text(e),
            )
        )
    lines = [*table(rows), "", summary(entries)]
    invalid = [e for e in entries if e.error]
    if invalid:
        lines += ["", "Not valid drafts:", *(f"  {visible(e.error)}" for e in invalid)]
    return "\n".join(lines) + "\n"


def summary(entries: list[Entry]) -> str:
    valid = [e for e in entries if not e.error]
    waiting = [e for e in valid if not e.published and e.days_left is not None]
    parts = [
        (sum(1 for e in waiting if e.days_left is not None and e.days_left < 0), "overdue"),
        (
            sum(1 for e in waiting if e.days_left is not None and 0 <= e.days_left <= SOON_DAYS),
            f"due within {SOON_DAYS} days",
        ),
        (sum(1 for e in valid if e.status == Status.PUBLISHED), "published"),
        (
            sum(1 for e in valid if e.published and e.status != Status.PUBLISHED),
            "changed since publication",
        ),
        (len(entries) - len(valid), "not valid"),
    ]
    count = len(entries)
    head = f"{count} draft{'s' if count != 1 else ''}"
    details = ", ".join(f"{n} {what}" for n, what in parts if n)
    line = f"{head}: {details}" if details else head
    tracked = [e for e in valid if e.open_actions is not None]
    if tracked:
        opened = sum(e.open_actions or 0 for e in tracked)
        overdue = sum(e.overdue_actions or 0 for e in tracked)
        line += f"; actions: {opened} open" + (f", {overdue} overdue" if overdue else "")
    return line


def entry_json(e: Entry) -> dict[str, Any]:
    return {
        "path": str(e.path),
        "report": e.report if not e.error else None,
        "report_published": _iso(e.report_published),
        "deadline": _iso(e.deadline),
        "days_left": e.days_left,
        "decided": e.decided if not e.error else None,
        "total": e.total if not e.error else None,
        "status": e.status,
        "response_published": _iso(e.response_published),
        "days_late": e.days_late,
        "signoffs": [
            {
                "role": str(s.role),
                "name": s.signoff.name if s.signoff else None,
                "date": _iso(s.signoff.date) if s.signoff else None,
                "state": s.state,
            }
            for s in e.signatures
        ],
        "open_actions": e.open_actions,
        "overdue_actions": e.overdue_actions,
        "error": e.error or None,
    }


def as_json(entries: list[Entry], today: dt.date) -> str:
    data = {"today": today.isoformat(), "drafts": [entry_json(e) for e in entries]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = (
    "path",
    "report",
    "report_published",
    "deadline",
    "days_left",
    "decided",
    "total",
    "status",
    "response_published",
    "days_late",
    "commissioner",
    "chief",
    "open_actions",
    "overdue_actions",
    "error",
)


def as_csv(entries: list[Entry]) -> str:
    def row(entry: Entry) -> list[Any]:
        data = entry_json(entry)
        states = {s["role"]: s["state"] for s in data["signoffs"]}
        return [data[c] if c in data else states.get(c) for c in CSV_COLUMNS]

    return csv_text(CSV_COLUMNS, map(row, entries))
