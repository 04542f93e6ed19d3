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


def _both_hold(draft: Draft, current: str | None = None) -> bool:
    """Both signatures present and given for this very text (hashes only when both are)."""
    signoffs = [draft.workflow.signoff(role) for role in Role]
    if None in signoffs:
        return False
    current = current or content_hash(draft)
    return all(signature_valid(draft, s, current) for s in signoffs)  # type: ignore[arg-type]


def is_signed_off(draft: Draft) -> bool:
    """True when both the commissioner and the chief officer have signed this very text."""
    # Hashing encodes the whole draft (a quarter of a second at 1,000 findings), and
    # every render asks this question: answer from the workflow alone when it can.
    return len(draft.workflow.signoffs) >= len(Role) and _both_hold(draft)


def settled_status(draft: Draft, current: str | None = None) -> Status:
    """The status the signatures allow: "signed-off" or "published" only while both
    signatures hold for the text as it is.

    An edit after both signed makes the signatures stale, and the draft is back in
    review (or a plain draft once every signature is withdrawn). A published response
    whose signed text changes is in review too: it is no longer the text that was
    published, and both sign again before it is published again; its publication
    date stays on record. Text put back exactly as signed takes its status back:
    published when the response was published after both signatures were given,
    else signed off. ``current`` is the draft's content hash, when known already.
    """
    workflow = draft.workflow
    status = workflow.status
    if len(workflow.signoffs) < len(Role):
        if status is Status.SIGNED_OFF:
            return Status.IN_REVIEW if workflow.signoffs else Status.DRAFT
        # A published response without both signatures on record (published before
        # drafter kept them) stays published until a signature it has goes stale.
        if status is Status.PUBLISHED and workflow.signoffs and _any_stale(draft, current):
            return Status.IN_REVIEW
        return status
    if _both_hold(draft, current):
        if status in SIGNED_STATUSES:
            return status
        published = workflow.published
        if published is not None and all(s.date <= published for s in workflow.signoffs):
            return Status.PUBLISHED
        return Status.SIGNED_OFF
    if status in SIGNED_STATUSES:
        return Status.IN_REVIEW
    return status


def _any_stale(draft: Draft, current: str | None = None) -> bool:
    current = current or content_hash(draft)
    return any(not signature_valid(draft, s, current) for s in draft.workflow.signoffs)


def settle(draft: Draft) -> Draft:
    """``draft`` with its settled status (the same object when it is already settled)."""
    status = settled_status(draft)
    if status is draft.workflow.status:
        return draft
    return replace(draft, workflow=replace(draft.workflow, status=status))
