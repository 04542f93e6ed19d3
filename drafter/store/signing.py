"""What a signature covers, and whether the signatures on a draft still hold.

A sign-off records a hash of the response as signed: the draft's canonical text
without its ``format`` line, its workflow table or any finding's progress updates.
Any later change to what was signed makes the hash differ, so a signature can be
seen to be stale without trusting anyone's word for it; recording progress after
publication, or a new format version, leaves it standing.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from drafter.model import Draft, Role, SignOff, Status, Workflow
from drafter.store.encode import encode

SIGNED_STATUSES = (Status.SIGNED_OFF, Status.PUBLISHED)


def hash_text(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def signed_text(draft: Draft) -> str:
    """The text a signatory signs: the canonical draft without format line, workflow,
    progress or the words the spelling check accepts in it."""
    findings = [replace(f, progress=[]) if f.progress else f for f in draft.findings]
    unsigned = replace(
        draft,
        report=replace(draft.report, findings=findings),
        workflow=Workflow(),
        spelling_words=[],
    )
    text = encode(unsigned)
    # The first line is "format = N": a new format version must not unsign a response.
    return text[text.index("\n") + 1 :]


def content_hash(draft: Draft) -> str:
    """A hash of everything a signatory signs (see ``signed_text``)."""
    return hash_text(signed_text(draft))


def signature_valid(draft: Draft, signoff: SignOff, current_hash: str | None = None) -> bool:
    return signoff.content_hash == (current_hash or content_hash(draft))


def is_signed_off(draft: Draft) -> bool:
    """True when both the commissioner and the chief officer have signed this very text."""
    signoffs = [draft.workflow.signoff(role) for role in Role]
    # Hashing encodes the whole draft (a quarter of a second at 1,000 findings), and
    # every render asks this question: answer from the workflow alone when it can.
    if draft.workflow.status not in SIGNED_STATUSES or None in signoffs:
        return False
    current = content_hash(draft)
    return all(signature_valid(draft, s, current) for s in signoffs)  # type: ignore[arg-type]


def settled_status(draft: Draft) -> Status:
    """The status the signatures allow: "signed-off" only while both signatures hold.

    An edit after both signed makes the signatures stale, and the draft is back in
    review (or a plain draft once every signature is withdrawn). A published
    response keeps its status: publication is a fact, whatever is edited later.
    """
    workflow = draft.workflow
    if workflow.status is not Status.SIGNED_OFF or is_signed_off(draft):
        return workflow.status
    return Status.IN_REVIEW if workflow.signoffs else Status.DRAFT


def settle(draft: Draft) -> Draft:
    """``draft`` with its settled status (the same object when it is already settled)."""
    status = settled_status(draft)
    if status is draft.workflow.status:
        return draft
    return replace(draft, workflow=replace(draft.workflow, status=status))
