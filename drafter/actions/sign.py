"""Sign a draft on disk for the commissioner or the chief officer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from drafter.actions.change import Changed, change_draft
from drafter.model import Draft, Role, SignOff, Status
from drafter.workflow import signoff


@dataclass(frozen=True)
class Signed:
    saved: Changed
    role: Role
    #: The office signing, as the draft gives it ("Police and Crime Commissioner").
    title: str
    #: The name as recorded (spaces tidied).
    name: str
    #: Both signatures are present and valid for the current text.
    signed_off: bool
    #: Why this may be the wrong person (a name other than the office-holder's, one
    #: name for both roles); recorded all the same, for the caller to mention.
    doubts: tuple[signoff.Doubt, ...] = ()


def sign(
    path: Path | str, role: Role, name: str, date: dt.date, *, today: dt.date | None = None
) -> Signed:
    """Record ``name``'s signature for ``role`` on ``date`` in the draft at ``path``.

    Raises NotReady (naming ``path``) when the draft cannot be signed: published,
    not ready by ``drafter check``, no name, or ``date`` after ``today`` (the
    computer's date unless given).
    """
    today = today or dt.date.today()
    found: list[signoff.Doubt] = []

    def change(draft: Draft) -> Draft:
        found.extend(signoff.doubts(draft, role, name))
        return signoff.sign(draft, role=role, name=name, date=date, today=today)

    saved = change_draft(path, change, purpose="drafter sign")
    draft = saved.draft
    [signature] = [s for s in draft.workflow.signoffs if s.role is role]
    return Signed(
        saved=saved,
        role=role,
        title=signoff.officer_title(draft, role),
        name=signature.name,
        signed_off=draft.workflow.status is Status.SIGNED_OFF,
        doubts=tuple(found),
    )


@dataclass(frozen=True)
class Withdrawn:
    saved: Changed
    role: Role
    title: str
    #: The signature withdrawn, now in the workflow's history.
    signoff: SignOff


def revoke(path: Path | str, role: Role, date: dt.date) -> Withdrawn:
    """Withdraw ``role``'s signature from the draft at ``path`` on ``date``.

    The signature is kept in the draft's history of withdrawn sign-offs. Raises
    NotReady (naming ``path``) when that role has not signed or the response is
    published.
    """
    saved = change_draft(
        path, partial(signoff.withdraw, role=role, date=date), purpose="drafter sign --revoke"
    )
    draft = saved.draft
    return Withdrawn(
        saved=saved,
        role=role,
        title=signoff.officer_title(draft, role),
        signoff=draft.workflow.withdrawn[-1].signoff,
    )
