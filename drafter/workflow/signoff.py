"""Signing a draft off: the sign-off rules in one place.

Status moves draft -> in-review (the first signature) -> signed-off (both
signatures present and valid for the current text) -> published. A signature is
valid only while the text it was given for is unchanged (its content hash); an
edit after signing makes it stale, and signing again makes it valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from drafter.check import Readiness, check
from drafter.dates import long_date
from drafter.errors import (
    DateBeforeReport,
    DateInFuture,
    NoSigner,
    NotReady,
    NotReadyToSign,
    Unsigned,
)
from drafter.model import Draft, Officer, Role, SignOff, Status, Withdrawal
from drafter.store.signing import content_hash, settled_status, signature_valid

State = Literal["valid", "stale", "missing"]


@dataclass(frozen=True)
class SignatureState:
    """One signatory's position, for `drafter status` and the sign-off screen."""

    role: Role
    #: The office's title as the draft gives it: "Police and Crime Commissioner".
    title: str
    signoff: SignOff | None
    state: State


def signoff_summary(draft: Draft, current: str | None = None) -> list[SignatureState]:
    """Both signatories, commissioner first, each valid, stale or missing;
    ``current`` is the draft's content hash, when known already."""
    # Hashing encodes the whole draft (the editor asks this at every start): a draft
    # nobody has signed yet has no hash to compare with.
    if current is None:
        current = content_hash(draft) if draft.workflow.signoffs else ""
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


def sign(
    draft: Draft, role: Role, name: str, date: dt.date, *, today: dt.date | None = None
) -> Draft:
    """``draft`` signed by ``name`` for ``role`` on ``date``, its status moved on.

    Refuses a published draft (its text is final, unless it has changed since: then
    it is in review, and both sign again) and a draft that `drafter check` finds
    unready: a signature vouches for a complete response. With ``today``, a date
    after it is refused too.
    """
    if settled_status(draft) is Status.PUBLISHED:
        when = f" on {long_date(draft.workflow.published)}" if draft.workflow.published else ""
        raise NotReady(
            f"the response was published{when}; a published response is not signed again"
        )
    if not name.strip():
        raise NoSigner()
    problems = [p for p in check(draft).problems if not _is_signature_problem(p.field)]
    if problems:
        raise NotReadyToSign([(p.field, p.message) for p in problems])
    refuse_date_outside(draft, date, "signing", today)
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


def refuse_date_outside(draft: Draft, date: dt.date, what: str, today: dt.date | None) -> None:
    """Refuse a signing or publication ``date`` before the report itself was published,
    or after ``today`` (a late response recorded as if it were already out would hide
    its lateness, and `drafter status` would count from a day yet to come)."""
    if today is not None and date > today:
        raise DateInFuture(
            f"the {what} date {long_date(date)} is after today ({long_date(today)}); "
            f"record it on the day it happens",
            field="date",
        )
    report_date = draft.report.published
    if report_date is not None and date < report_date:
        raise DateBeforeReport(
            f"the {what} date {long_date(date)} is before the report itself was "
            f"published ({long_date(report_date)})",
            field="date",
        )


def unsigned(draft: Draft) -> list[Unsigned]:
    """Each signature missing or stale, commissioner first: what stands before sign-off."""
    found = []
    for state in signoff_summary(draft):
        if state.state == "missing":
            found.append(Unsigned(state.role.value, True, f"the {state.title} has not signed"))
        elif state.state == "stale":
            assert state.signoff is not None
            found.append(
                Unsigned(
                    state.role.value,
                    False,
                    f"the {officer(draft, state.role).possessive} signature "
                    f"({state.signoff.name}, {long_date(state.signoff.date)}) is stale: "
                    "the text has changed since; sign again",
                )
            )
    return found


def unsigned_reason(draft: Draft, hint: Callable[[str], str] | None = None) -> str:
    """Why a draft is not signed off, naming each signature that is missing or stale.

    ``hint(role)`` says how to sign for a role that has not signed, in the front
    end's own words ("`drafter sign --role chief`"); it follows in brackets.
    """
    return reasons_text(unsigned(draft), hint) or (
        f"both have signed, but the status is {draft.workflow.status}; sign again"
    )


def reasons_text(found: list[Unsigned], hint: Callable[[str], str] | None = None) -> str:
    """``found`` as one line, each missing signature followed by ``hint(role)``."""
    return "; ".join(
        f"{u.text} ({hint(u.role)})" if hint is not None and u.missing else u.text for u in found
    )


DoubtKind = Literal["not-the-holder", "no-holder-named", "signs-both-roles"]


@dataclass(frozen=True)
class Doubt:
    """A reason to ask before recording a signature: it may be the wrong person."""

    kind: DoubtKind
    #: The name about to be recorded, spaces tidied.
    name: str
    #: The office being signed for: "Chief Constable".
    title: str
    #: The office-holder's name in the draft ("not-the-holder"), or the other office
    #: this name has already signed for ("signs-both-roles").
    other: str = ""

    @property
    def message(self) -> str:
        if self.kind == "not-the-holder":
            return (
                f"The draft names {self.other} as the {self.title}, "
                f"but the signature is for {self.name}."
            )
        if self.kind == "no-holder-named":
            return f"The draft names no {self.title}; is {self.name} the {self.title}?"
        return f"{self.name} has already signed as the {self.other}; one person signs both roles."


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def doubts(draft: Draft, role: Role, name: str) -> list[Doubt]:
    """Why a signature by ``name`` for ``role`` may be recorded against the wrong person.

    The office-holder's name in the draft is who is expected to sign; a different
    name, no holder named, or one name signing for both roles is worth a question
    before it is recorded (it is not refused: a deputy may sign in someone's place).
    """
    tidy = " ".join(name.split())
    title = officer_title(draft, role)
    holder = officer(draft, role).name
    found = []
    if not holder.strip():
        found.append(Doubt("no-holder-named", tidy, title))
    elif not _same_name(holder, tidy):
        found.append(Doubt("not-the-holder", tidy, title, " ".join(holder.split())))
    for other in Role:
        signed = draft.workflow.signoff(other)
        if other is not role and signed is not None and _same_name(signed.name, tidy):
            found.append(Doubt("signs-both-roles", tidy, title, officer_title(draft, other)))
    return found


def withdraw(draft: Draft, role: Role, date: dt.date) -> Draft:
    """``draft`` with ``role``'s sign-off withdrawn on ``date``, and kept in the history.

    The status goes back to in review (or draft, once no signature is left). A
    published response keeps its signatures: publication vouches for them (once its
    text has changed since, it is in review, and a stale signature may go).
    """
    workflow = draft.workflow
    title = officer_title(draft, role)
    if settled_status(draft) is Status.PUBLISHED:
        raise NotReady(
            "the response is published; its signatures are part of the record and "
            "cannot be withdrawn"
        )
    signed = workflow.signoff(role)
    if signed is None:
        raise NotReady(f"the {title} has not signed; there is no signature to withdraw")
    if date < signed.date:
        raise NotReady(
            f"the {title} signed on {long_date(signed.date)}; a signature cannot be "
            f"withdrawn before it was given ({long_date(date)})"
        )
    left = [s for s in workflow.signoffs if s is not signed]
    status = Status.IN_REVIEW if left else Status.DRAFT
    return replace(
        draft,
        workflow=replace(
            workflow,
            status=status,
            signoffs=left,
            withdrawn=[*workflow.withdrawn, Withdrawal(signed, date)],
        ),
    )


def signed_by(states: list[SignatureState]) -> str:
    """Who has signed this very text: "signed by both", "signed by the Chief Constable
    only", "no signature holds for this text" (each is stale), "not signed"."""
    valid = [s.title for s in states if s.state == "valid"]
    if len(valid) == len(states):
        return "signed by both"
    if valid:
        return f"signed by the {valid[0]} only"
    if any(s.state == "stale" for s in states):
        return "no signature holds for this text"
    return "not signed"


def standing(draft: Draft, readiness: Readiness, *, deadline: bool = True) -> str:
    """Where a draft stands, in the words `drafter check` and the editor's check open with.

    "Ready for sign-off" would invite a signature on a response already signed or
    published: past sign-off, what is true of it is said instead. With ``deadline``
    the statutory deadline's summary follows (for a published draft, how it was met).
    """
    count = len(readiness.problems)
    problems = f"{count} problem{'s' if count != 1 else ''}"
    signed = signed_by(signoff_summary(draft)) if draft.workflow.signoffs else "not signed"
    published = draft.workflow.published
    if published is not None:
        # The deadline's summary of a published draft opens "published 12 June 2025".
        if deadline and draft.report.deadline is not None:
            when = readiness.deadline
        else:
            when = f"published {long_date(published)}"
        status = settled_status(draft)
        if status is Status.SIGNED_OFF:
            signed = "changed since and signed by both again, to be published again"
        elif status is not Status.PUBLISHED:
            signed = f"changed since: in review, {signed}"
        return f"{when}; {signed}" + (f"; {problems}" if count else "")
    if signed == "signed by both" and not count:
        head = "signed off by both, not yet published"
    elif not count:
        head = "ready for sign-off"
    else:
        head = f"not ready for sign-off, {problems}"
    return f"{head}; {readiness.deadline}" if deadline else head
