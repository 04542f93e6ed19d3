"""The [[conflicts]] tables of a draft: what a merge could not join, kept until chosen.

Each conflict names a field as the draft file does (its table, the finding's kind
and number or the group's addressee, and the key) and holds the versions: ours
(also in the field itself), theirs and the base. The values are read with the
field's own type, so a conflicting date stays a date and a decision a decision.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from drafter.model import (
    ActionStatus,
    Conflict,
    Decision,
    Draft,
    FindingKind,
    ReportKind,
    addressee_key,
)
from drafter.store.fields import FieldError, Table, quote

Reader = Callable[[Table, str], Any]


def _text(t: Table, key: str) -> Any:
    return t.text(key)


def _date(t: Table, key: str) -> Any:
    return t.date(key)


def _texts(t: Table, key: str) -> Any:
    return t.texts(key)


def _boolean(t: Table, key: str) -> Any:
    return t.boolean(key, True)


def _choice(enum: Any) -> Reader:
    return lambda t, key: t.choice(key, enum)


_OFFICER: dict[str, Reader] = {"title": _text, "name": _text, "comments": _text}

#: The fields a merge joins one by one, table by table, each with its reader, in
#: the order of the file. drafter.review.merge merges exactly these.
FIELDS: dict[str, dict[str, Reader]] = {
    "report": {
        "title": _text,
        "published": _date,
        "inspectorate": _text,
        "kind": _choice(ReportKind),
        "url": _text,
    },
    "response": {
        "area": _text,
        "force": _text,
        "force-short": _text,
        "layout": _text,
        "include-areas-for-improvement": _boolean,
        "cc": _texts,
    },
    "response.commissioner": _OFFICER,
    "response.chief": _OFFICER,
    "findings": {
        "cause": _text,
        "addressee": _text,
        "deadline": _text,
        "text": _text,
        "decision": _choice(Decision),
        "owner": _text,
        "target": _date,
        "status": _choice(ActionStatus),
        "response": _text,
    },
    "noted": {"statement": _text},
}

#: Fields written as prose, one paragraph a line (as in their own tables).
PROSE = frozenset({"text", "response", "comments", "statement"})

SIDES = ("ours", "theirs", "base")


def conflict_entries(conflict: Conflict) -> list[tuple[str, Any, bool]]:
    """A [[conflicts]] block's keys in canonical order."""
    prose = conflict.field in PROSE
    entries: list[tuple[str, Any, bool]] = [
        ("table", conflict.table, False),
        ("kind", conflict.kind, False),
        ("number", conflict.number, False),
        ("addressee", conflict.addressee, False),
        ("field", conflict.field, False),
        ("removed", conflict.removed, False),
    ]
    if conflict.field:
        entries += [(side, getattr(conflict, side), prose) for side in SIDES]
    return entries


def decode_conflicts(root: Table) -> list[Conflict]:
    """The [[conflicts]] tables (format 2)."""
    return [_conflict(t) for t in root.tables("conflicts")]


def _conflict(t: Table) -> Conflict:
    table = t.text("table", required=True)
    if table not in FIELDS:
        known = ", ".join(quote(name) for name in FIELDS)
        raise FieldError(t.at("table"), f"{quote(table)} is not one of {known}")
    field = t.text("field")
    removed = t.text("removed")
    conflict = Conflict(table=table, field=field, removed=removed)
    if table == "findings":
        conflict.kind = t.choice("kind", FindingKind, required=True)
        conflict.number = t.text("number", required=True).strip()
    elif table == "noted":
        conflict.addressee = t.text("addressee", required=True)
    if field:
        reader = FIELDS[table].get(field)
        if reader is None:
            known = ", ".join(FIELDS[table])
            raise FieldError(
                t.at("field"), f"{quote(field)} is not a field of {table}; use one of {known}"
            )
        if removed:
            raise FieldError(
                t.at("removed"), "a conflict over one field has no removed key; delete it"
            )
        for side in SIDES:
            setattr(conflict, side, reader(t, side))
    elif table not in ("findings", "noted"):
        raise FieldError(t.at("field"), "is missing; name the field in conflict")
    elif removed not in ("ours", "theirs"):
        raise FieldError(
            t.at("removed"),
            'must be "ours" or "theirs" (the side that removed it) when no field is named',
        )
    t.finish()
    return conflict


def check_conflicts(draft: Draft) -> None:
    """Each conflict names a finding or noted group the draft has, once."""
    findings = {f.key for f in draft.findings}
    groups = {addressee_key(g.addressee) for g in draft.response.noted}
    seen: set[tuple[Any, ...]] = set()
    for i, c in enumerate(draft.conflicts):
        if c.table == "findings" and (c.kind, c.number) not in findings:
            raise FieldError(
                ("conflicts", i, "number"),
                f"there is no {c.subject} in this draft; "
                "remove this conflict, or give the kind and number of a finding",
            )
        if c.table == "noted" and addressee_key(c.addressee) not in groups:
            raise FieldError(
                ("conflicts", i, "addressee"),
                f"there is no noted group for {quote(c.addressee)} in this draft; "
                "remove this conflict, or give the addressee of a group",
            )
        if c.identity in seen:
            raise FieldError(
                ("conflicts", i, "field"),
                f"{c.title} is in conflict twice; keep one of the two [[conflicts]] tables",
            )
        seen.add(c.identity)
