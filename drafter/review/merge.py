"""Three versions of a draft joined field by field, as git joins lines of code.

``base`` is the version both sides started from, ``ours`` and ``theirs`` the two
edited versions. A field only one side changed takes that side's value; a field
both changed alike takes it once; a field both changed differently is a conflict:
the merged draft keeps our value in the field and records both versions (and the
base) in ``draft.conflicts`` until someone chooses. Prose fields are joined by
paragraph first, so edits to different paragraphs of one field still merge.

Findings are matched by kind and number, noted groups by addressee, sign-offs by
role, never by position: inserting a finding on one side moves nothing on the
other. No I/O here; ``drafter merge`` and the editor's Merge read and write.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from drafter.model import (
    Conflict,
    Draft,
    Finding,
    NotedGroup,
    Officer,
    ProgressUpdate,
    Report,
    Response,
    Role,
    SignOff,
    Status,
    Workflow,
    addressee_key,
)
from drafter.review.diff import PROSE_FIELDS
from drafter.review.paragraphs import merge_lines, merge_text
from drafter.store.conflicts import FIELDS
from drafter.store.signing import content_hash, settled_status, signature_valid

R = TypeVar("R")

OFFICERS = {"response.commissioner": "commissioner", "response.chief": "chief"}

#: How far along the workflow each status is, for two sides that moved it differently.
_PROGRESS = {Status.DRAFT: 0, Status.IN_REVIEW: 1, Status.SIGNED_OFF: 2, Status.PUBLISHED: 3}


@dataclass(frozen=True)
class Merged:
    draft: Draft
    #: The conflicts this merge found (the draft also keeps any left from before).
    conflicts: list[Conflict]

    @property
    def clean(self) -> bool:
        return not self.draft.conflicts


def attribute(table: str, field: str) -> str:
    """The model's attribute for a field the file names: "force-short" -> force_short."""
    if table == "findings" and field == "status":
        return "action_status"
    return field.replace("-", "_")


def empty_draft() -> Draft:
    """A base with nothing in it, for two versions that share no history."""
    return Draft(
        report=Report(title=""),
        response=Response(
            area="", force="", force_short="", commissioner=Officer(""), chief=Officer("")
        ),
    )


def merge_drafts(base: Draft | None, ours: Draft, theirs: Draft) -> Merged:
    """``ours`` with ``theirs``'s changes since ``base`` joined in, field by field."""
    merger = _Merger()
    base = base or empty_draft()
    report = merger.record("report", {}, FIELDS["report"], base.report, ours.report, theirs.report)
    report.findings = merger.records(
        "findings",
        base.findings,
        ours.findings,
        theirs.findings,
        key=lambda f: f.key,
        fields=FIELDS["findings"],
        where=lambda f: {"kind": f.kind, "number": f.number},
        empty=lambda f: Finding(kind=f.kind, number=f.number, text=""),
    )
    _join_progress(report.findings, base.findings, ours.findings, theirs.findings)
    response = merger.record(
        "response", {}, FIELDS["response"], base.response, ours.response, theirs.response
    )
    for table, name in OFFICERS.items():
        officer = merger.record(
            table,
            {},
            FIELDS[table],
            getattr(base.response, name),
            getattr(ours.response, name),
            getattr(theirs.response, name),
        )
        setattr(response, name, officer)
    response.noted = merger.records(
        "noted",
        base.response.noted,
        ours.response.noted,
        theirs.response.noted,
        key=lambda g: addressee_key(g.addressee),
        fields=FIELDS["noted"],
        where=lambda g: {"addressee": g.addressee},
        empty=lambda g: NotedGroup(addressee=g.addressee),
    )
    draft = Draft(report=report, response=response)
    # Conflicts first: they are part of what a signature covers.
    draft.conflicts = _earlier_conflicts(base, ours, theirs, merger.conflicts)
    draft.workflow = _workflow(base.workflow, ours.workflow, theirs.workflow, draft)
    return Merged(draft, merger.conflicts)


class _Merger:
    """Joins records field by field, collecting the conflicts on the way."""

    def __init__(self) -> None:
        self.conflicts: list[Conflict] = []

    def value(
        self, table: str, where: dict[str, Any], field: str, base: Any, ours: Any, theirs: Any
    ) -> Any:
        if ours == theirs or theirs == base:
            return ours
        if ours == base:
            return theirs
        joined = _join(field, base, ours, theirs)
        if joined is not None:
            return joined
        self.conflicts.append(
            Conflict(table=table, field=field, ours=ours, theirs=theirs, base=base, **where)
        )
        return ours

    def record(
        self,
        table: str,
        where: dict[str, Any],
        fields: Sequence[str],
        base: R,
        ours: R,
        theirs: R,
    ) -> R:
        changes = {}
        for field in fields:
            name = attribute(table, field)
            values = (getattr(base, name), getattr(ours, name), getattr(theirs, name))
            changes[name] = self.value(table, where, field, *values)
        return replace(ours, **changes)  # type: ignore[type-var]

    def records(
        self,
        table: str,
        base: list[R],
        ours: list[R],
        theirs: list[R],
        *,
        key: Callable[[R], Hashable],
        fields: Sequence[str],
        where: Callable[[R], dict[str, Any]],
        empty: Callable[[R], R],
    ) -> list[R]:
        """A list of records matched by ``key``, in our order with their additions placed."""
        before = {key(r): r for r in base}
        mine = {key(r): r for r in ours}
        other = {key(r): r for r in theirs}
        out: list[R] = []
        for k in _order([key(r) for r in ours], [key(r) for r in theirs]):
            old, a, b = before.get(k), mine.get(k), other.get(k)
            if a is not None and b is not None:
                out.append(self.record(table, where(a), fields, old or empty(a), a, b))
            elif old is None:
                out.append(a or b)  # type: ignore[arg-type]
            else:
                kept = a or b
                assert kept is not None
                if kept == old:
                    continue  # removed on one side, untouched on the other
                # Removed on one side, changed on the other: keep the changes, and ask.
                self.conflicts.append(
                    Conflict(
                        table=table,
                        field="",
                        removed="theirs" if b is None else "ours",
                        **where(kept),
                    )
                )
                out.append(kept)
        return out


def _order(ours: list[Hashable], theirs: list[Hashable]) -> list[Hashable]:
    """Our keys in our order, each key only they have placed after its predecessor there."""
    out = list(ours)
    present = set(ours)
    previous: Hashable | None = None
    for k in theirs:
        if k not in present:
            index = 0 if previous is None else out.index(previous) + 1
            out.insert(index, k)
            present.add(k)
        previous = k
    return out


def _join(field: str, base: Any, ours: Any, theirs: Any) -> Any:
    """Both sides' changes to one field, where its paragraphs or names allow; else None."""
    if field in PROSE_FIELDS and all(isinstance(v, str) for v in (base, ours, theirs)):
        return merge_text(base, ours, theirs)
    if field == "cc":
        return merge_lines(base, ours, theirs)
    return None


def _join_progress(
    merged: list[Finding], base: list[Finding], ours: list[Finding], theirs: list[Finding]
) -> None:
    """Each finding's progress updates: both sides' additions, never a conflict.

    Updates are added, never rewritten, so two sides' lists are joined as sets: ours,
    then theirs that ours lacks, in date order (an update one side removed by hand
    and the other left alone stays removed).
    """

    def updates(findings: list[Finding]) -> dict[Hashable, list[ProgressUpdate]]:
        return {f.key: f.progress for f in findings}

    before, mine, other = updates(base), updates(ours), updates(theirs)
    for finding in merged:
        old, a, b = before.get(finding.key, []), mine.get(finding.key), other.get(finding.key)
        if a is None or b is None:
            continue  # on one side only: its own updates came with it
        finding.progress = union(old, a, b, order=lambda u: u.date)


def union(base: list[R], ours: list[R], theirs: list[R], *, order: Callable[[R], Any]) -> list[R]:
    """An append-only list joined: ours, then what only theirs added, sorted by ``order``.

    An entry one side removed (by hand: drafter never does) and the other kept
    stays removed, as git would have it.
    """
    kept = [entry for entry in ours if entry in theirs or entry not in base]
    added = [entry for entry in theirs if entry not in ours and entry not in base]
    return sorted(kept + added, key=order) if added else kept


def _workflow(base: Workflow, ours: Workflow, theirs: Workflow, draft: Draft) -> Workflow:
    """Sign-offs joined by role, and a status that follows them.

    A signature is no text anyone wrote, so it never asks the user to choose: when
    both sides signed for one role the later signature stays, and a signature
    withdrawn on one side stays withdrawn (both sides' withdrawals are kept). Whether each still holds is decided by its
    hash against the merged text, as after any edit.
    """
    signoffs = [
        s
        for role in Role
        if (s := _signoff(base.signoff(role), ours.signoff(role), theirs.signoff(role)))
    ]
    if ours.published == theirs.published or theirs.published == base.published:
        published = ours.published
    elif ours.published == base.published:
        published = theirs.published
    else:
        published = max(d for d in (ours.published, theirs.published) if d is not None)
    if ours.status == theirs.status or theirs.status == base.status:
        status = ours.status
    elif ours.status == base.status:
        status = theirs.status
    else:
        status = max(ours.status, theirs.status, key=_PROGRESS.__getitem__)
    withdrawn = union(base.withdrawn, ours.withdrawn, theirs.withdrawn, order=lambda w: w.withdrawn)
    workflow = Workflow(status=status, published=published, signoffs=signoffs, withdrawn=withdrawn)
    if status is Status.IN_REVIEW and len(signoffs) == len(Role):
        # Both signed (one on each side) the very same text: as `drafter sign` would.
        current = content_hash(replace(draft, workflow=workflow))
        if all(signature_valid(draft, s, current) for s in signoffs):
            workflow.status = Status.SIGNED_OFF
    # And never signed off beside a stale signature, as after any edit.
    workflow.status = settled_status(replace(draft, workflow=workflow))
    return workflow


def _signoff(base: SignOff | None, ours: SignOff | None, theirs: SignOff | None) -> SignOff | None:
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    if ours is None or theirs is None:
        return None  # withdrawn on one side and signed again on the other: withdrawn
    return theirs if theirs.date > ours.date else ours


def _earlier_conflicts(
    base: Draft, ours: Draft, theirs: Draft, found: list[Conflict]
) -> list[Conflict]:
    """This merge's conflicts, then those either side still had unresolved.

    A conflict resolved on one side (in the base, gone from that side) stays
    resolved; one this merge found again is listed once, with its new versions.
    """
    out = list(found)
    seen = {c.identity for c in found}
    resolved = {c.identity for c in base.conflicts} - (
        {c.identity for c in ours.conflicts} & {c.identity for c in theirs.conflicts}
    )
    for conflict in [*ours.conflicts, *theirs.conflicts]:
        identity = conflict.identity
        if identity in seen or identity in resolved:
            continue
        seen.add(identity)
        out.append(conflict)
    return out
