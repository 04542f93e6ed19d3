"""Sign a draft on disk for the commissioner or the chief officer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from drafter.actions.change import Changed, change_draft
from drafter.model import Role, Status
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


def sign(path: Path | str, role: Role, name: str, date: dt.date) -> Signed:
    """Record ``name``'s signature for ``role`` on ``date`` in the draft at ``path``.

    Raises NotReady (naming ``path``) when the draft cannot be signed: published,
    not ready by ``drafter check``, or no name.
    """
    saved = change_draft(
        path, partial(signoff.sign, role=role, name=name, date=date), purpose="drafter sign"
    )
    draft = saved.draft
    [signature] = [s for s in draft.workflow.signoffs if s.role is role]
    return Signed(
        saved=saved,
        role=role,
        title=signoff.officer_title(draft, role),
        name=signature.name,
        signed_off=draft.workflow.status is Status.SIGNED_OFF,
    )
