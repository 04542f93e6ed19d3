"""What stands between a draft and sign-off.

Pure functions over the model: the CLI prints these problems and the TUI lists
them and jumps to each one's field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, is_dataclass, replace

from drafter.dates import describe_deadline, long_date
from drafter.model import (
    Conflict,
    Decision,
    Draft,
    Finding,
    FindingKind,
    Report,
    Role,
    names_person,
    same_addressee,
)
from drafter.safe_text import unsafe_characters
from drafter.store.signing import content_hash, signature_valid


@dataclass(frozen=True)
class Problem:
    """One thing that stands between a draft and sign-off, with where it is."""

    #: The field at fault, as in the draft file: "findings[3].response".
    field: str
    message: str
    #: Index into draft.findings when the problem belongs to a finding.
    finding: int | None = None
    #: Index into draft.conflicts when the problem is a merge conflict.
    conflict: int | None = None
    #: The role ("commissioner", "chief") that must sign again, for a stale signature;
    #: each front end says how ("drafter sign --role chief", "press Sign").
    signer: str = ""


@dataclass(frozen=True)
class Readiness:
    """Whether a draft can be signed off: its problems, its deadline and its notices."""

    problems: list[Problem]
    #: "due 3 May 2020, 12 days left", or why there is no deadline.
    deadline: str
    #: Worth a look, yet no bar to sign-off: a Cc line naming the chief officer
    #: otherwise than the draft does.
    notices: list[Problem] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.problems


def _counts(finding: Finding, draft: Draft) -> bool:
    """Whether a finding must be answered: AFIs only when the draft includes them."""
    return (
        finding.kind is not FindingKind.AREA_FOR_IMPROVEMENT
        or draft.response.include_areas_for_improvement
    )


def finding_problems(draft: Draft, index: int) -> list[Problem]:
    finding = draft.findings[index]
    at = f"findings[{index}]"
    name = finding.title
    if not _counts(finding, draft):
        return []
    if finding.decision is None:
        return [Problem(f"{at}.decision", f"{name} has no decision yet", index)]
    if finding.response.strip():
        return []
    if finding.decision is Decision.NOTE:
        group = draft.grouped_as_noted(finding)
        if group is None:
            if not finding.addressee.strip():
                why = (
                    "it has no addressee and no response of its own; add the body it is "
                    "addressed to, with a noted group for that body, or a response"
                )
            else:
                why = (
                    f'there is no noted group for "{finding.addressee}" and no response '
                    "of its own; add one or the other"
                )
            return [Problem(f"{at}.response", f"{name} is noted, but {why}", index)]
        return []
    if finding.decision is Decision.NOT_ACCEPTED:
        why = "gives no reasons (s.55(5B) requires them)"
    elif finding.decision is Decision.PARTIALLY_ACCEPT:
        why = "gives no response saying what will be done and why not the rest"
    else:
        why = "gives no response saying what will be done (s.55(5B))"
    return [
        Problem(f"{at}.response", f"{name} is {finding.decision.label.lower()} but {why}", index)
    ]


def ownership(draft: Draft, index: int) -> Problem | None:
    """An accepted finding without an owner or a target date, or None.

    The owner and target are the action plan's columns (design/draft-format.md), and
    what `actions` tracks after publication. A cause of concern answered through its
    own recommendations is owned in them.
    """
    finding = draft.findings[index]
    if finding.decision not in (Decision.ACCEPT, Decision.PARTIALLY_ACCEPT):
        return None
    if not _counts(finding, draft):
        return None
    if finding.kind is FindingKind.CAUSE_OF_CONCERN and any(
        f.cause == finding.number for f in draft.findings if f.is_recommendation
    ):
        return None
    missing = [
        words
        for words, absent in (
            ("no owner", not finding.owner.strip()),
            ("no target date", finding.target is None),
        )
        if absent
    ]
    if not missing:
        return None
    why = (
        "which the action plan shows"
        if draft.response.layout == "action-plan"
        else "so its action cannot be tracked after publication"
    )
    at = f"findings[{index}].{'owner' if not finding.owner.strip() else 'target'}"
    return Problem(
        at,
        f"{finding.title} is {finding.decision.label.lower()} but names "
        f"{' and '.join(missing)}, {why}",
        index,
    )


def check(draft: Draft, today: dt.date | None = None) -> Readiness:
    today = today or dt.date.today()
    problems: list[Problem] = conflict_problems(draft)
    response = draft.response
    if not response.commissioner.comments.strip():
        problems.append(
            Problem(
                "response.commissioner.comments",
                f"the {response.commissioner.possessive} comments are empty",
            )
        )
    if not response.chief.comments.strip():
        problems.append(
            Problem(
                "response.chief.comments", f"the {response.chief.possessive} comments are empty"
            )
        )
    if not draft.report.recommendations():
        problems.append(
            Problem(
                "findings",
                "the draft holds no recommendations; import or add the report's findings",
            )
        )
    owners = []
    for index in range(len(draft.findings)):
        problems += finding_problems(draft, index)
        unowned = ownership(draft, index)
        if unowned is not None:
            owners.append(unowned)
    # The action plan shows each owner and target; elsewhere the narrative may say them.
    notices = []
    if draft.response.layout == "action-plan":
        problems += owners
    else:
        notices = owners
    for i, group in enumerate(response.noted):
        members = draft.noted_findings(group)
        if not members:
            problems.append(
                Problem(
                    f"noted[{i}].addressee",
                    f'the noted group for "{group.addressee}" has no noted findings; '
                    "remove it or mark its findings as noted",
                )
            )
        elif not group.statement.strip():
            problems.append(
                Problem(
                    f"noted[{i}].statement",
                    f'the noted group for "{group.addressee}" has no statement',
                )
            )
    problems += signature_problems(draft)
    problems += control_character_problems(draft)
    return Readiness(
        problems=problems,
        deadline=deadline_summary(draft, today),
        notices=notices + cc_notices(draft),
    )


def cc_notices(draft: Draft) -> list[Problem]:
    """Cc lines that name the chief officer, but not as the draft does: another
    spelling of the name, or another name for the force."""
    response = draft.response
    chief = response.chief
    if not chief.name.strip():
        return []
    notices = []
    for i, line in enumerate(response.cc):
        if not names_person(line, chief.name):
            continue
        differs = [
            part for part in (chief.name, response.force) if part.strip() and part not in line
        ]
        if differs:
            expected = f"{chief.title} {chief.name}, {response.force}".strip(", ")
            notices.append(
                Problem(
                    f"response.cc[{i}]",
                    f'"{line}" names the chief officer otherwise than the draft does '
                    f"({expected}): check {' and '.join(differs)}",
                )
            )
    return notices


def control_character_problems(draft: Draft) -> list[Problem]:
    """A problem for each field holding characters a terminal would act upon (an
    escape sequence, a right-to-left override): drafter shows them as marks, but
    they have no place in a response, and other programs may obey them."""
    problems = []
    for at, text, finding in _text_fields(draft):
        found = unsafe_characters(text)
        if found:
            problems.append(
                Problem(
                    at,
                    f"holds control characters ({', '.join(found)}) that a terminal or "
                    "other program may act upon; delete them (they are often pasted in "
                    "unseen)",
                    finding,
                )
            )
    return problems


def _text_fields(draft: Draft) -> Iterator[tuple[str, str, int | None]]:
    """Every text in a draft with its field as the draft file names it."""

    def walk(value: object, at: str, finding: int | None) -> Iterator[tuple[str, str, int | None]]:
        if isinstance(value, str):
            yield at, value, finding
        elif isinstance(value, list):
            for i, item in enumerate(value):
                yield from walk(item, f"{at}[{i}]", finding)
        elif is_dataclass(value):
            for f in fields(value):
                if isinstance(value, Report) and f.name == "findings":
                    continue
                name = f.name.replace("_", "-")
                yield from walk(getattr(value, f.name), f"{at}.{name}" if at else name, finding)

    yield from walk(draft.report, "report", None)
    for i, finding in enumerate(draft.findings):
        yield from walk(finding, f"findings[{i}]", i)
    response = replace(draft.response, noted=[])
    yield from walk(response, "response", None)
    for i, group in enumerate(draft.response.noted):
        yield from walk(group, f"noted[{i}]", None)
    yield from walk(draft.workflow, "workflow", None)


def conflict_place(draft: Draft, conflict: Conflict) -> tuple[str, int | None]:
    """The conflicting field as the draft file names it now, and its finding's index."""
    key = f".{conflict.field}" if conflict.field else ""
    if conflict.table == "findings":
        index = next(
            (i for i, f in enumerate(draft.findings) if f.key == (conflict.kind, conflict.number)),
            None,
        )
        return (f"findings[{index}]{key}" if index is not None else "findings"), index
    if conflict.table == "noted":
        found = next(
            (
                i
                for i, g in enumerate(draft.response.noted)
                if same_addressee(g.addressee, conflict.addressee)
            ),
            None,
        )
        return (f"noted[{found}]{key}" if found is not None else "noted"), None
    return f"{conflict.table}{key}", None


def describe_conflict(conflict: Conflict) -> str:
    """What is in conflict and what to do, in a sentence."""
    if not conflict.field:
        removed_by = "the other side" if conflict.removed == "theirs" else "this side"
        return (
            f"merge conflict: {conflict.subject} was removed on {removed_by} and changed "
            "on the other; it is kept: remove it, or resolve the conflict to keep it"
        )
    return (
        f"merge conflict: {conflict.title} was changed differently on both sides; "
        "choose one version or combine them"
    )


def conflict_problems(draft: Draft) -> list[Problem]:
    """A problem for each field a merge left unresolved: none can be signed over."""
    problems = []
    for i, conflict in enumerate(draft.conflicts):
        field, index = conflict_place(draft, conflict)
        problems.append(Problem(field, describe_conflict(conflict), index, conflict=i))
    return problems


def signature_problems(draft: Draft) -> list[Problem]:
    """A problem for each sign-off given for a text that has changed since."""
    current = content_hash(draft)
    problems = []
    for i, signoff in enumerate(draft.workflow.signoffs):
        if signature_valid(draft, signoff, current):
            continue
        officer = (
            draft.response.commissioner
            if signoff.role is Role.COMMISSIONER
            else draft.response.chief
        )
        problems.append(
            Problem(
                f"workflow.signoffs[{i}].hash",
                f"the {officer.possessive} sign-off ({signoff.name}, "
                f"{long_date(signoff.date)}) is stale: the text has changed since it was signed; "
                "sign again",
                signer=signoff.role.value,
            )
        )
    return problems


def deadline_summary(draft: Draft, today: dt.date) -> str:
    deadline = draft.report.deadline
    if deadline is None:
        return "no statutory deadline: the report's publication date is not set"
    published = draft.workflow.published
    if published is not None:
        late = (published - deadline).days
        when = long_date(published)
        if late > 0:
            return f"published {when}, {late} day{'s' if late != 1 else ''} after the statutory deadline"
        return f"published {when}, within the statutory deadline of {long_date(deadline)}"
    return describe_deadline(deadline, today)
