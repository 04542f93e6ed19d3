"""Correct what an import got wrong: a finding's number, kind, addressee, deadline and
text; add or remove a finding; move a finding between noted groups; rename or merge
noted groups.

These change the Draft they are given, in place, as the editor's views do (the
editor keeps its draft open and saves it itself); each checks the result first
and raises CorrectionRefused, changing nothing, when the draft would not load
again. A finding's response (decision, response, owner, target, progress) is
never touched by a correction, only the report's side of it and where it is counted.

Undo is the caller's: ``snapshot`` before a correction and ``restore`` after it
put the report's side of every finding, the list of findings and the noted groups
back as they were, keeping any response typed in the meantime.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, replace

from drafter.errors import CorrectionRefused
from drafter.model import Decision, Draft, Finding, FindingKind, NotedGroup, same_addressee
from drafter.store.fields import FieldError
from drafter.store.schema import check_findings

#: The fields of a finding that come from the report, which a correction may change.
REPORT_FIELDS = ("kind", "number", "cause", "addressee", "deadline", "text")


@dataclass(frozen=True)
class FindingFields:
    """The report's side of a finding, as the correction form edits it."""

    kind: FindingKind
    number: str
    text: str
    addressee: str = ""
    deadline: str = ""
    cause: str = ""

    @classmethod
    def of(cls, finding: Finding) -> FindingFields:
        return cls(**{name: getattr(finding, name) for name in REPORT_FIELDS})


@dataclass(frozen=True)
class Corrected:
    """What a correction did, for the caller to show and to go to."""

    #: "Recommendation 3 corrected", in plain words.
    summary: str
    #: The finding to show afterwards (its index now), or None.
    finding: int | None = None
    #: The noted group to show afterwards (its index now), or None.
    group: int | None = None


def _tidy(value: str) -> str:
    return " ".join(value.split())


def _checked(findings: list[Finding]) -> None:
    try:
        check_findings(findings)
    except FieldError as error:
        raise CorrectionRefused(error.parts[-1] if error.parts else "", error.message) from None


def _prepared(values: FindingFields) -> FindingFields:
    number = _tidy(values.number)
    text = "\n".join(line.strip() for line in values.text.split("\n") if line.strip())
    if not number:
        raise CorrectionRefused("number", "a finding needs HMICFRS's number")
    if not text:
        raise CorrectionRefused("text", "a finding needs its text, as the report gives it")
    cause = _tidy(values.cause)
    if cause and values.kind is not FindingKind.RECOMMENDATION:
        raise CorrectionRefused("cause", "only a recommendation can belong to a cause of concern")
    return FindingFields(
        kind=values.kind,
        number=number,
        text=text,
        addressee=_tidy(values.addressee),
        deadline=_tidy(values.deadline),
        cause=cause,
    )


def edit_finding(draft: Draft, index: int, values: FindingFields) -> Corrected:
    """Give finding ``index`` these report fields; its recommendations follow a renumbered cause."""
    finding = draft.findings[index]
    values = _prepared(values)
    before = FindingFields.of(finding)
    renumbered_cause = before.kind is FindingKind.CAUSE_OF_CONCERN and (
        values.kind is not FindingKind.CAUSE_OF_CONCERN or values.number != before.number
    )
    members = [f for f in draft.findings if renumbered_cause and f.cause == before.number]
    if members and values.kind is not FindingKind.CAUSE_OF_CONCERN:
        names = ", ".join(f.title for f in members)
        raise CorrectionRefused(
            "kind",
            f"{finding.title} has recommendations ({names}); move them to another cause "
            "of concern first, or keep it a cause of concern",
        )
    trial = [copy.copy(f) for f in draft.findings]
    for name in REPORT_FIELDS:
        setattr(trial[index], name, getattr(values, name))
    for i, f in enumerate(draft.findings):
        if f in members:
            trial[i].cause = values.number
    _checked(trial)
    for name in REPORT_FIELDS:
        setattr(finding, name, getattr(values, name))
    for member in members:
        member.cause = values.number
    return Corrected(f"{finding.title} corrected", finding=index)


def add_finding(draft: Draft, values: FindingFields) -> Corrected:
    """Add a finding the import missed, after the last of its kind (HMICFRS's order)."""
    values = _prepared(values)
    finding = Finding(**{name: getattr(values, name) for name in REPORT_FIELDS})
    same_kind = [i for i, f in enumerate(draft.findings) if f.kind is values.kind]
    at = same_kind[-1] + 1 if same_kind else len(draft.findings)
    trial = [*draft.findings[:at], finding, *draft.findings[at:]]
    _checked(trial)
    draft.findings.insert(at, finding)
    return Corrected(f"{finding.title} added", finding=at)


def remove_finding(draft: Draft, index: int) -> Corrected:
    """Remove a finding the import made up (a heading read as a finding, a duplicate)."""
    finding = draft.findings[index]
    if finding.kind is FindingKind.CAUSE_OF_CONCERN:
        members = [f.title for f in draft.findings if f.cause == finding.number]
        if members:
            raise CorrectionRefused(
                "cause",
                f"{finding.title} has recommendations ({', '.join(members)}); remove them "
                "or move them to another cause of concern first",
            )
    del draft.findings[index]
    following = index if index < len(draft.findings) else index - 1
    return Corrected(f"{finding.title} removed", finding=following if following >= 0 else None)


def move_to_group(draft: Draft, index: int, group: int) -> Corrected:
    """Count finding ``index`` in noted group ``group``: it is noted, to that body."""
    finding = draft.findings[index]
    target = draft.response.noted[group]
    finding.addressee = target.addressee
    finding.decision = Decision.NOTE
    return Corrected(f"{finding.title} noted with the group to {target.addressee}", finding=index)


def _group_index(draft: Draft, addressee: str, *, besides: int) -> int | None:
    return next(
        (
            i
            for i, g in enumerate(draft.response.noted)
            if i != besides and same_addressee(g.addressee, addressee)
        ),
        None,
    )


def rename_group(draft: Draft, group: int, addressee: str) -> Corrected:
    """Name noted group ``group`` for another body; the findings it counts follow it."""
    name = _tidy(addressee)
    if not name:
        raise CorrectionRefused("addressee", "a noted group needs the body it is addressed to")
    clash = _group_index(draft, name, besides=group)
    if clash is not None:
        raise CorrectionRefused(
            "addressee",
            f"there is already a noted group to {draft.response.noted[clash].addressee}; "
            "merge the two groups instead",
        )
    target = draft.response.noted[group]
    for finding in draft.noted_findings(target):
        finding.addressee = name
    old = target.addressee
    target.addressee = name
    return Corrected(f"The group to {old} is now the group to {name}", group=group)


def merge_groups(draft: Draft, source: int, target: int) -> Corrected:
    """Count the findings of group ``source`` in group ``target``; the statements join."""
    if source == target:
        raise CorrectionRefused("addressee", "a group cannot be merged into itself")
    into = draft.response.noted[target]
    merged = draft.response.noted[source]
    for finding in draft.noted_findings(merged):
        finding.addressee = into.addressee
    statements = [s for s in (into.statement.strip(), merged.statement.strip()) if s]
    into.statement = "\n".join(statements)
    del draft.response.noted[source]
    now = target - 1 if source < target else target
    return Corrected(
        f"The group to {merged.addressee} merged into the group to {into.addressee}", group=now
    )


@dataclass(frozen=True)
class Snapshot:
    """The report's side of a draft before a correction, to put back on undo."""

    summary: str
    findings: list[Finding]
    report_fields: list[FindingFields]
    decisions: list[Decision | None]
    noted: list[NotedGroup] = field(default_factory=list)


def snapshot(draft: Draft, summary: str) -> Snapshot:
    """Keep what a correction may change; the Finding objects themselves are kept too,
    so that a response typed after the correction survives its undo."""
    return Snapshot(
        summary=summary,
        findings=list(draft.findings),
        report_fields=[FindingFields.of(f) for f in draft.findings],
        decisions=[f.decision for f in draft.findings],
        noted=[replace(g) for g in draft.response.noted],
    )


def restore(draft: Draft, kept: Snapshot) -> None:
    """Put back what ``snapshot`` kept: the findings, their report fields and the groups.

    Moving a finding into a noted group notes it: a "note" is put back to the
    decision it had; any other decision taken since the correction is kept.
    """
    draft.findings[:] = kept.findings
    for finding, values, decision in zip(
        kept.findings, kept.report_fields, kept.decisions, strict=True
    ):
        for item in fields(values):
            setattr(finding, item.name, getattr(values, item.name))
        if finding.decision is Decision.NOTE:
            finding.decision = decision
    draft.response.noted[:] = [replace(g) for g in kept.noted]
