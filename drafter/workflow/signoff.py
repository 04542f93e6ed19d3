"""Signing a draft off: the sign-off rules in one place.

Status moves draft -> in-review (the first signature) -> signed-off (both
signatures present and valid for the current text) -> published. A signature is
valid only while the text it was given for is unchanged (its content hash); an
edit after signing makes it stale, and signing again makes it valid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Literal

from drafter.check import check
from drafter.dates import long_date
from drafter.errors import NotReady
from drafter.model import Draft, Officer, Role, SignOff, Status
from drafter.store.signing import content_hash, signature_valid

State = Literal["valid", "stale", "missing"]


@dataclass(frozen=True)
class SignatureState:
    """One signatory's position, for `drafter status` and the sign-off screen."""

    role: Role
    #: The office's title as the draft gives it: "Police and Crime Commissioner".
    title: str
    signoff: SignOff | None
    state: State


def signoff_summary(draft: Draft) -> list[SignatureState]:
    """Both signatories, commissioner first, each valid, stale or missing."""
    current = content_hash(draft)
    out = []
    for role in Role:
        signoff = draft.workflow.signoff(role)
        if signoff is None:
            state: State = "missing"
        elif signature_valid(draft, signoff, current):
            state = "valid"
        else:
            state = "stale"
        out.append(SignatureState(role, officer_title(draft, role), signoff, state))
    return out


def officer(draft: Draft, role: Role) -> Officer:
    return draft.response.commissioner if role is Role.COMMISSIONER else draft.response.chief


def officer_title(draft: Draft, role: Role) -> str:
    return officer(draft, role).title


def _is_signature_problem(field: str) -> bool:
    return field.startswith("workflow.signoffs")


def sign(draft: Draft, role: Role, name: str, date: dt.date) -> Draft:
    """``draft`` signed by ``name`` for ``role`` on ``date``, its status moved on.

    Refuses a published draft (its text is final) and a draft that `drafter check`
    finds unready: a signature vouches for a complete response.
    """
    if draft.workflow.status is Status.PUBLISHED:
        when = f" on {long_date(draft.workflow.published)}" if draft.workflow.published else ""
        raise NotReady(
            f"the response was published{when}; a published response is not signed again"
        )
    if not name.strip():
        raise NotReady("the name of the person signing is empty; give it with --name")
    problems = [p for p in check(draft).problems if not _is_signature_problem(p.field)]
    if problems:
        listed = "".join(f"\n  {p.field}: {p.message}" for p in problems)
        count = len(problems)
        raise NotReady(
            f"not ready for sign-off, {count} problem{'s' if count != 1 else ''} "
            f"(see `drafter check`):{listed}"
        )
    signature = SignOff(
        role=role, name=" ".join(name.split()), date=date, content_hash=content_hash(draft)
    )
    signoffs = list(draft.workflow.signoffs)
    index = next((i for i, s in enumerate(signoffs) if s.role is role), None)
    if index is None:
        signoffs.append(signature)
    else:
        signoffs[index] = signature
    signed = replace(draft, workflow=replace(draft.workflow, signoffs=signoffs))
    both_valid = all(s.state == "valid" for s in signoff_summary(signed))
    status = Status.SIGNED_OFF if both_valid else Status.IN_REVIEW
    return replace(signed, workflow=replace(signed.workflow, status=status))


def unsigned_reason(draft: Draft) -> str:
    """Why a draft is not signed off, naming each signature that is missing or stale."""
    reasons = []
    for state in signoff_summary(draft):
        if state.state == "missing":
            reasons.append(f"the {state.title} has not signed (`drafter sign --role {state.role}`)")
        elif state.state == "stale":
            assert state.signoff is not None
            reasons.append(
                f"the {officer(draft, state.role).possessive} signature ({state.signoff.name}, "
                f"{long_date(state.signoff.date)}) is stale: the text has changed since; "
                "sign again"
            )
    if not reasons:
        return (
            f"both have signed, but the status is {draft.workflow.status}; run `drafter sign` again"
        )
    return "; ".join(reasons)
