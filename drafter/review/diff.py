"""What changed between two versions of a draft, keyed as the report keys it.

Findings are matched by (kind, HMICFRS number), never by position, so inserting a
finding does not make every later one look changed; noted groups by addressee;
sign-offs by role. Prose fields carry a word-level diff.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from drafter.model import (
    Draft,
    Finding,
    NotedGroup,
    Officer,
    ProgressUpdate,
    SignOff,
    same_addressee,
)
from drafter.review.words import Segment, word_diff
from drafter.store.encode import finding_entries

Action = Literal["changed", "added", "removed"]

#: Fields written as prose (one paragraph a line), which get a word-level diff.
PROSE_FIELDS = frozenset({"text", "response", "comments", "statement"})


@dataclass(frozen=True)
class Change:
    #: What part of the draft: report, response, commissioner, chief, finding, noted,
    #: workflow or signoff.
    scope: str
    #: Who or what within the scope: {"kind": ..., "number": ...} for a finding,
    #: {"addressee": ...} for a noted group, {"role": ...} for a sign-off, else {}.
    key: dict[str, str]
    #: How a reader names it: "Recommendation 4", "Chief Constable", "Report".
    subject: str
    action: Action
    #: The field as the draft file names it ("decision", "force-short"); None when a
    #: whole finding, group or sign-off was added or removed.
    field: str | None = None
    old: Any = None
    new: Any = None
    words: tuple[Segment, ...] = ()


def diff_drafts(old: Draft, new: Draft) -> list[Change]:
    """Every difference between ``old`` and ``new``, in the order of the draft file."""
    changes: list[Change] = []
    changes += _fields(
        "report",
        {},
        "Report",
        _report_values(old),
        _report_values(new),
    )
    changes += _fields("response", {}, "Response", _response_values(old), _response_values(new))
    for role in ("commissioner", "chief"):
        a: Officer = getattr(old.response, role)
        b: Officer = getattr(new.response, role)
        changes += _fields(role, {}, b.title or a.title, _officer_values(a), _officer_values(b))
    changes += _findings(old.findings, new.findings)
    changes += _noted(old.response.noted, new.response.noted)
    changes += _fields(
        "workflow",
        {},
        "Workflow",
        {"status": old.workflow.status, "published": old.workflow.published},
        {"status": new.workflow.status, "published": new.workflow.published},
    )
    changes += _signoffs(old.workflow.signoffs, new.workflow.signoffs)
    return changes


def _fields(
    scope: str,
    key: dict[str, str],
    subject: str,
    old: dict[str, Any],
    new: dict[str, Any],
) -> list[Change]:
    out = []
    for name, before in old.items():
        after = new[name]
        if before == after:
            continue
        words = tuple(word_diff(before or "", after or "")) if name in PROSE_FIELDS else ()
        out.append(Change(scope, key, subject, "changed", name, before, after, words))
    return out


def _report_values(draft: Draft) -> dict[str, Any]:
    r = draft.report
    return {
        "title": r.title,
        "published": r.published,
        "inspectorate": r.inspectorate,
        "kind": r.kind,
        "url": r.url,
    }


def _response_values(draft: Draft) -> dict[str, Any]:
    r = draft.response
    return {
        "area": r.area,
        "force": r.force,
        "force-short": r.force_short,
        "layout": r.layout,
        "include-areas-for-improvement": r.include_areas_for_improvement,
        "cc": list(r.cc),
    }


def _officer_values(officer: Officer) -> dict[str, Any]:
    return {"title": officer.title, "name": officer.name, "comments": officer.comments}


def finding_values(finding: Finding) -> dict[str, Any]:
    """A finding's fields under the names the draft file uses, in the file's order."""
    return {key: value for key, value, _ in finding_entries(finding)}


def _finding_key(finding: Finding) -> dict[str, str]:
    return {"kind": str(finding.kind), "number": finding.number}


def _findings(old: list[Finding], new: list[Finding]) -> list[Change]:
    before = {f.key: f for f in old}
    after = {f.key: f for f in new}
    out: list[Change] = []
    for finding in _merged(old, new):
        key, subject = _finding_key(finding), finding.title
        if finding.key not in before:
            out.append(Change("finding", key, subject, "added", new=finding_values(finding)))
        elif finding.key not in after:
            out.append(Change("finding", key, subject, "removed", old=finding_values(finding)))
        else:
            a, b = finding_values(before[finding.key]), finding_values(after[finding.key])
            out += _fields("finding", key, subject, a, b)
            out += _progress(key, subject, before[finding.key], after[finding.key])
    kept_old = [f.key for f in old if f.key in after]
    kept_new = [f.key for f in new if f.key in before]
    if kept_old != kept_new:
        titles = {f.key: f.title for f in new}
        out.append(
            Change(
                "report",
                {},
                "Findings",
                "changed",
                "order",
                [titles[k] for k in kept_old],
                [titles[k] for k in kept_new],
            )
        )
    return out


def describe_update(update: ProgressUpdate) -> str:
    """One progress update on one line: "2026-05-01, In progress: note (evidence: ...)"."""
    text = f"{update.date.isoformat()}, {update.status.label}"
    if update.note:
        text += ": " + " ".join(update.note.split())
    if update.evidence:
        text += f" (evidence: {update.evidence})"
    return text


def _progress(key: dict[str, str], subject: str, old: Finding, new: Finding) -> list[Change]:
    """Updates added (the usual case: they are only ever appended) or removed by hand."""
    remaining = list(old.progress)
    added = []
    for update in new.progress:
        if update in remaining:
            remaining.remove(update)
        else:
            added.append(update)
    out = [
        Change("finding", key, subject, "removed", "progress", old=describe_update(u))
        for u in remaining
    ]
    out += [
        Change("finding", key, subject, "added", "progress", new=describe_update(u)) for u in added
    ]
    return out


def _merged(old: list[Finding], new: list[Finding]) -> list[Finding]:
    """The new findings in order, each removed one placed after its old predecessor."""
    present = {f.key for f in new}
    out = list(new)
    previous = None
    for finding in old:
        if finding.key in present:
            previous = finding.key
            continue
        if previous is None:
            index = 0
        else:
            index = next(i for i, f in enumerate(out) if f.key == previous) + 1
        out.insert(index, finding)
        previous = finding.key
    return out


def _noted(old: list[NotedGroup], new: list[NotedGroup]) -> list[Change]:
    out: list[Change] = []
    for group in new:
        key = {"addressee": group.addressee}
        subject = f"Noted group for {group.addressee}"
        match = next((g for g in old if same_addressee(g.addressee, group.addressee)), None)
        if match is None:
            out.append(Change("noted", key, subject, "added", new=_group_values(group)))
        else:
            out += _fields("noted", key, subject, _group_values(match), _group_values(group))
    for group in old:
        if not any(same_addressee(g.addressee, group.addressee) for g in new):
            out.append(
                Change(
                    "noted",
                    {"addressee": group.addressee},
                    f"Noted group for {group.addressee}",
                    "removed",
                    old=_group_values(group),
                )
            )
    return out


def _group_values(group: NotedGroup) -> dict[str, Any]:
    return {"addressee": group.addressee, "statement": group.statement}


def _signoff_values(signoff: SignOff) -> dict[str, Any]:
    return {"name": signoff.name, "date": signoff.date, "hash": signoff.content_hash}


def _signoffs(old: list[SignOff], new: list[SignOff]) -> list[Change]:
    out: list[Change] = []
    before = {s.role: s for s in old}
    after = {s.role: s for s in new}
    for role in dict.fromkeys([*before, *after]):
        key = {"role": str(role)}
        subject = f"Sign-off by the {role}"
        if role not in before:
            out.append(Change("signoff", key, subject, "added", new=_signoff_values(after[role])))
        elif role not in after:
            out.append(
                Change("signoff", key, subject, "removed", old=_signoff_values(before[role]))
            )
        else:
            a, b = _signoff_values(before[role]), _signoff_values(after[role])
            out += _fields("signoff", key, subject, a, b)
    return out


# --- JSON -------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A value as JSON holds it: enums as their text, dates as YYYY-MM-DD."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if v not in (None, "", [])}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def change_json(change: Change) -> dict[str, Any]:
    out: dict[str, Any] = {
        "scope": change.scope,
        "key": change.key,
        "subject": change.subject,
        "action": change.action,
        "field": change.field,
        "old": plain(change.old),
        "new": plain(change.new),
    }
    if change.field in PROSE_FIELDS:
        out["words"] = [[s.op, s.text] for s in change.words]
    return out


def diff_json(old_label: str, new_label: str, changes: list[Change]) -> dict[str, Any]:
    return {
        "old": old_label,
        "new": new_label,
        "same": not changes,
        "changes": [change_json(c) for c in changes],
    }
