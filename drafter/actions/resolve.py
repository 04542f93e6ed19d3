"""Resolve a conflict a merge left in a draft: one side's version, or a combined one.

The editor holds its draft as mutable objects that its views show, so these
change the draft in place rather than return a new one.
"""

from __future__ import annotations

from typing import Any

from drafter.model import Conflict, Draft


def resolve(draft: Draft, conflict: Conflict, value: Any) -> None:
    """Put ``value`` in the field ``conflict`` is about and drop the conflict.

    ``value`` is usually ``conflict.ours`` or ``conflict.theirs``, or text made from
    both. A conflict over a whole finding or group (one side removed it) is
    resolved with ``keep(...)`` instead.
    """
    if not conflict.field:
        raise ValueError(f"{conflict.title}: no field to set; use keep()")
    record = draft.record_of(conflict)
    if record is not None:
        setattr(record, conflict.attribute, value)
    _drop(draft, conflict)


def keep(draft: Draft, conflict: Conflict, *, kept: bool) -> None:
    """For a finding or group one side removed and the other changed: keep it, or remove it."""
    record = draft.record_of(conflict)
    if not kept and record is not None:
        if conflict.table == "findings":
            draft.findings.remove(record)  # type: ignore[arg-type]
        else:
            draft.response.noted.remove(record)  # type: ignore[arg-type]
        # Its other conflicts go with it: there is nothing left to choose for.
        for other in [c for c in draft.conflicts if c is not conflict]:
            if draft.record_of(other) is None and other.table == conflict.table:
                _drop(draft, other)
    _drop(draft, conflict)


def current(draft: Draft, conflict: Conflict) -> Any:
    """What the field holds now (our version, unless someone edited it since)."""
    record = draft.record_of(conflict)
    return getattr(record, conflict.attribute) if record is not None and conflict.field else None


def _drop(draft: Draft, conflict: Conflict) -> None:
    draft.conflicts = [c for c in draft.conflicts if c is not conflict]
