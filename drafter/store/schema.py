"""The draft format, read: TOML tables to the model, validated field by field.

The layout of the file is documented in docs/draft-format.md; keep the two in step.
Decoding validates everything and raises FieldError naming the field. Writing is
drafter.store.encode, which holds the same order of keys.
"""

from __future__ import annotations

from typing import Any

from drafter.model import (
    ActionStatus,
    Decision,
    Draft,
    Finding,
    FindingKind,
    NotedGroup,
    Officer,
    ProgressUpdate,
    Report,
    ReportKind,
    Response,
    Role,
    SignOff,
    Status,
    Withdrawal,
    Workflow,
)
from drafter.store.conflicts import check_conflicts, decode_conflicts
from drafter.store.fields import FieldError, Table, quote

#: The version this drafter writes. Bump it, and add a migration below, whenever
#: the meaning or shape of a draft changes.
FORMAT_VERSION = 2

DEFAULT_INSPECTORATE = "HMICFRS"
DEFAULT_LAYOUT = "standard"

#: The keys of a [[findings]] block that hold the response rather than the report.
RESPONSE_KEYS = ("decision", "owner", "target", "status", "response")


# --- decoding ---------------------------------------------------------------------


def read_version(root: Table, newest: int, what: str) -> int:
    """The file's format version; refuses a missing, impossible or newer one.

    ``what`` names the kind of file ("draft", "report file") in the messages.
    """
    version = root.integer("format")
    if version is None:
        raise FieldError(
            ("format",),
            f"is missing; a {what} starts with the line: format = {newest}",
        )
    if version > newest:
        raise FieldError(
            ("format",),
            f"this {what} is in format {version}, written by a newer version of drafter; "
            f"this version reads formats up to {newest}: upgrade drafter to open it",
        )
    if version < 1:
        raise FieldError(
            ("format",), f"{version} is not a {what} format version; the first version is 1"
        )
    return version


def decode(raw: dict[str, Any]) -> Draft:
    """A draft in the current format; drafter.store.migrations brings older ones up to it."""
    root = Table(raw, ())
    version = read_version(root, FORMAT_VERSION, "draft")
    if version != FORMAT_VERSION:
        raise FieldError(("format",), f"format {version} must be migrated before it is decoded")

    report = decode_report(root.table("report", required=True))  # type: ignore[arg-type]
    report.findings = decode_findings(root)
    response = _response(root.table("response", required=True))  # type: ignore[arg-type]
    response.noted = [_noted(t) for t in root.tables("noted")]
    workflow_table = root.table("workflow")
    workflow = _workflow(workflow_table) if workflow_table else Workflow()
    spelling = root.table("spelling")
    spelling_words = list(spelling.texts("words")) if spelling else []
    if spelling:
        spelling.finish()
    conflicts = decode_conflicts(root)
    root.finish()
    draft = Draft(
        report=report,
        response=response,
        workflow=workflow,
        conflicts=conflicts,
        spelling_words=spelling_words,
    )
    _check_consistency(draft)
    return draft


def decode_report(t: Table) -> Report:
    report = Report(
        title=t.text("title", required=True),
        published=t.date("published"),
        inspectorate=t.text("inspectorate") or DEFAULT_INSPECTORATE,
        kind=t.choice("kind", ReportKind),
        url=t.text("url"),
    )
    t.finish()
    return report


def decode_findings(root: Table) -> list[Finding]:
    findings = []
    for t in root.tables("findings"):
        number = t.text("number", required=True)
        finding = Finding(
            kind=t.choice("kind", FindingKind, required=True),  # type: ignore[arg-type]
            number=number.strip(),
            cause=t.text("cause").strip(),
            addressee=t.text("addressee"),
            deadline=t.text("deadline"),
            text=t.text("text", required=True),
            decision=t.choice("decision", Decision),
            owner=t.text("owner"),
            target=t.date("target"),
            action_status=t.choice("status", ActionStatus),
            response=t.text("response"),
            progress=[_progress(p) for p in t.tables("progress")],
        )
        t.finish()
        findings.append(finding)
    return findings


def _progress(t: Table) -> ProgressUpdate:
    update = ProgressUpdate(
        date=t.date("date", required=True),  # type: ignore[arg-type]
        status=t.choice("status", ActionStatus, required=True),  # type: ignore[arg-type]
        note=t.text("note"),
        evidence=t.text("evidence"),
    )
    t.finish()
    return update


def _officer(t: Table) -> Officer:
    officer = Officer(
        title=t.text("title", required=True),
        name=t.text("name"),
        comments=t.text("comments"),
    )
    t.finish()
    return officer


def _response(t: Table) -> Response:
    response = Response(
        area=t.text("area", required=True),
        force=t.text("force", required=True),
        force_short=t.text("force-short", required=True),
        layout=t.text("layout") or DEFAULT_LAYOUT,
        include_areas_for_improvement=t.boolean("include-areas-for-improvement", True),
        cc=t.texts("cc"),
        commissioner=_officer(t.table("commissioner", required=True)),  # type: ignore[arg-type]
        chief=_officer(t.table("chief", required=True)),  # type: ignore[arg-type]
    )
    t.finish()
    return response


def _noted(t: Table) -> NotedGroup:
    group = NotedGroup(addressee=t.text("addressee", required=True), statement=t.text("statement"))
    t.finish()
    return group


def _workflow(t: Table) -> Workflow:
    workflow = Workflow(
        status=t.choice("status", Status) or Status.DRAFT,
        published=t.date("published"),
    )
    for s in t.tables("signoffs"):
        workflow.signoffs.append(_signoff(s))
        s.finish()
    for w in t.tables("withdrawn"):
        workflow.withdrawn.append(
            Withdrawal(
                signoff=_signoff(w),
                withdrawn=w.date("withdrawn", required=True),  # type: ignore[arg-type]
            )
        )
        w.finish()
    t.finish()
    return workflow


def _signoff(s: Table) -> SignOff:
    return SignOff(
        role=s.choice("role", Role, required=True),  # type: ignore[arg-type]
        name=s.text("name", required=True),
        date=s.date("date", required=True),  # type: ignore[arg-type]
        content_hash=s.text("hash", required=True),
    )


def check_findings(findings: list[Finding]) -> None:
    """Rules across findings: each number once per kind, causes that exist."""
    seen: dict[tuple[FindingKind, str], int] = {}
    causes = {f.number for f in findings if f.kind is FindingKind.CAUSE_OF_CONCERN}
    for i, finding in enumerate(findings):
        if finding.key in seen:
            raise FieldError(
                ("findings", i, "number"),
                f"{finding.title} appears twice (first as findings[{seen[finding.key]}]); "
                "give each finding HMICFRS's own number once",
            )
        seen[finding.key] = i
        if finding.cause:
            if finding.kind is not FindingKind.RECOMMENDATION:
                raise FieldError(
                    ("findings", i, "cause"),
                    "only a recommendation can belong to a cause of concern",
                )
            if finding.cause not in causes:
                raise FieldError(
                    ("findings", i, "cause"),
                    f"there is no cause of concern numbered {quote(finding.cause)} in this draft; "
                    "give the number of one of its causes of concern, or remove the cause key",
                )


def _check_consistency(draft: Draft) -> None:
    """Rules across fields that no single field's type can express."""
    check_findings(draft.findings)
    addressees: dict[str, int] = {}
    for i, group in enumerate(draft.response.noted):
        key = " ".join(group.addressee.casefold().split())
        if key in addressees:
            raise FieldError(
                ("noted", i, "addressee"),
                f"a noted group for {quote(group.addressee)} already exists "
                f"(noted[{addressees[key]}]); merge the two statements into one group",
            )
        addressees[key] = i
    roles: set[Role] = set()
    for i, signoff in enumerate(draft.workflow.signoffs):
        if signoff.role in roles:
            raise FieldError(
                ("workflow", "signoffs", i, "role"),
                f"there are two sign-offs for the {quote(signoff.role.value)} role; "
                "keep only the latest one",
            )
        roles.add(signoff.role)
    check_conflicts(draft)
