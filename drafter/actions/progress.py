"""Record a progress update on an action in a published response on disk."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from drafter.actions.change import Changed, change_draft
from drafter.errors import ProgressRefused
from drafter.model import Draft, Finding, ProgressUpdate
from drafter.tracking import find_finding
from drafter.workflow import progress as rules


@dataclass(frozen=True)
class Recorded:
    saved: Changed
    #: The finding, with its new update last.
    finding: Finding
    update: ProgressUpdate


def add_update(
    draft: Draft,
    finding: str,
    status: str,
    *,
    date: dt.date,
    today: dt.date,
    note: str = "",
    evidence: str = "",
) -> Draft:
    """``draft`` (in memory, as the editor holds it) with the update added; the same
    rules and typed errors as ``progress``, which applies this to a file."""
    return rules.record(
        draft, finding, status, date=date, today=today, note=note, evidence=evidence
    )


def progress(
    path: Path | str,
    finding: str,
    status: str,
    *,
    date: dt.date | None = None,
    today: dt.date | None = None,
    note: str = "",
    evidence: str = "",
) -> Recorded:
    """Add an update to ``finding`` (R3, AFI2, "Recommendation 3") in the draft at ``path``.

    ``date`` defaults to ``today`` (itself defaulting to the real today). Refusals
    (ProgressRefused, UnknownChoice for the status, NotReady when the response is not
    published) leave the file untouched.
    """
    today = today or dt.date.today()
    change = partial(
        add_update,
        finding=finding,
        status=status,
        date=date or today,
        today=today,
        note=note,
        evidence=evidence,
    )
    try:
        saved = change_draft(path, change, purpose="drafter progress")
    except ProgressRefused as error:
        raise error.located(path) from None
    changed = find_finding(saved.draft, finding)
    return Recorded(saved=saved, finding=changed, update=changed.progress[-1])
