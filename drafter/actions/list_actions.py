"""List the open actions of every published response among some drafts and folders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from drafter import store
from drafter.action_list import ActionRow, draft_actions, most_overdue_first
from drafter.errors import DrafterError
from drafter.portfolio import draft_paths


@dataclass(frozen=True)
class Listing:
    #: Open actions, most overdue first.
    rows: list[ActionRow]
    #: Published responses read (whether or not they have open actions).
    responses: int
    #: Files that are not valid drafts, each with its error.
    invalid: list[str] = field(default_factory=list)


def list_actions(
    paths: Iterable[Path],
    *,
    today: dt.date,
    overdue: bool = False,
    owner: str = "",
) -> Listing:
    """Open actions across ``paths``; only the overdue, or only an owner's (any part of it,
    ignoring case), when asked."""
    rows: list[ActionRow] = []
    responses = 0
    invalid = []
    wanted = " ".join(owner.casefold().split())
    for path in draft_paths(paths):
        try:
            draft = store.load(path)
        except DrafterError as error:
            invalid.append(str(error))
            continue
        if draft.workflow.was_published:
            responses += 1
        for row in draft_actions(path, draft, today):
            if overdue and not row.days_overdue:
                continue
            if wanted and wanted not in " ".join(row.owner.casefold().split()):
                continue
            rows.append(row)
    return Listing(most_overdue_first(rows), responses, invalid)
