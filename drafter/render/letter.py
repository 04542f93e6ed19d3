"""What the letter layout says beyond the response itself, worked out once for every format.

The letterhead, reference, salutation and close come from the office profile's
``[letter]`` table (drafter.profile_letter); the date and the sign-offs under each
signature from the draft's workflow. Nothing here is today's date: the same draft and
profile always give the same letter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter import dates
from drafter.model import Draft, Role
from drafter.profile_letter import SALUTATION, Letter, default_close, reference_line
from drafter.render import prose
from drafter.store.signing import content_hash, signature_valid


@dataclass(frozen=True)
class Signatory:
    """One signature block: room to sign, then the name (when known) over the office."""

    name: str
    office: str
    #: "Signed off by Angus Macpherson on 27 April 2020" when that sign-off holds; else "".
    signed: str = ""


@dataclass(frozen=True)
class LetterParts:
    #: The office profile's letter details as given: its office, address and contact
    #: details head the letter (``profile.has_letterhead``, ``profile.letterhead_lines``).
    profile: Letter = field(default_factory=Letter)
    #: The reference, without its "Our ref:" label; "" for no reference line.
    reference: str = ""
    #: "27 April 2020", or "" for an undated draft.
    date: str = ""
    salutation: str = SALUTATION
    close: str = "Yours sincerely,"
    signatories: list[Signatory] = field(default_factory=list)


def letter_parts(draft: Draft, letter: Letter, *, signed_off: bool) -> LetterParts:
    """The letter's parts for ``draft``; ``signed_off`` when both sign-offs hold."""
    report, response = draft.report, draft.response
    salutation = letter.salutation or SALUTATION
    values = {
        "year": str(report.published.year) if report.published else "",
        "date": report.published.isoformat() if report.published else "",
        "title": prose.one_line(report.title),
        "force": prose.one_line(response.force_short),
    }
    return LetterParts(
        profile=letter,
        reference=reference_line(letter.reference, values) if letter.reference else "",
        date=_date(draft, signed_off=signed_off),
        salutation=salutation,
        close=letter.close or default_close(salutation),
        signatories=_signatories(draft),
    )


def _date(draft: Draft, *, signed_off: bool) -> str:
    """The day the letter was signed (the later sign-off), else the day the response was
    published, else none: a draft is marked DRAFT instead, never dated today."""
    workflow = draft.workflow
    if signed_off and workflow.signoffs:
        return dates.long_date(max(s.date for s in workflow.signoffs))
    return dates.long_date(workflow.published) if workflow.published else ""


def _signatories(draft: Draft) -> list[Signatory]:
    response = draft.response
    current = content_hash(draft) if draft.workflow.signoffs else ""
    offices = {
        Role.COMMISSIONER: (response.commissioner.name, response.commissioner_office),
        Role.CHIEF: (response.chief.name, response.chief_office),
    }
    signatories = []
    for role, (name, office) in offices.items():
        signoff = draft.workflow.signoff(role)
        signed = ""
        # A sign-off the text has changed since no longer holds: not shown as if it did.
        if signoff is not None and signature_valid(draft, signoff, current):
            signed = (
                f"Signed off by {prose.one_line(signoff.name)} on {dates.long_date(signoff.date)}"
            )
        signatories.append(Signatory(prose.one_line(name), prose.one_line(office), signed))
    return signatories
