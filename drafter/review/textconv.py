"""A draft as plain text, one sentence a line, for ``git diff`` to compare.

git runs ``drafter textconv FILE`` for every version of a draft it shows and
diffs the output line by line. One sentence a line makes a changed word show as
one changed sentence, not a changed paragraph; headings name each finding, so a
changed decision shows next to the finding it belongs to. A version that is not a
valid draft (a half-finished edit, or any other TOML file) is shown as it is.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter import store
from drafter.dates import long_date
from drafter.errors import DrafterError
from drafter.model import Draft, Finding, Officer
from drafter.review.diff import describe_update
from drafter.safe_text import visible
from drafter.spelling.sentences import sentences
from drafter.store.signing import content_hash, signature_valid

_LIST_ITEM = re.compile(r"^(\s*[-•*–·▪◦]\s+)")


def prose_lines(text: str) -> list[str]:
    """Narrative as one sentence a line; list items keep their bullet, blank lines go."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        bullet = _LIST_ITEM.match(line)
        prefix = "- " if bullet else ""
        body = line[bullet.end() :] if bullet else line
        for i, sentence in enumerate(sentences(body)):
            out.append((prefix if i == 0 else "  " if bullet else "") + sentence)
    return out


def heading(text: str) -> str:
    return f"== {text} =="


def draft_text(draft: Draft) -> str:
    """Everything a reviewer signs or checks, one fact or sentence a line."""
    report, response = draft.report, draft.response
    out = [heading("Report")]
    out += _facts(
        ("Title", report.title),
        ("Inspectorate", report.inspectorate),
        ("Kind", str(report.kind or "")),
        ("Published", long_date(report.published) if report.published else ""),
        ("Statutory deadline", long_date(report.deadline) if report.deadline else ""),
        ("Web address", report.url),
    )
    out += ["", heading("Response")]
    out += _facts(
        ("Area", response.area),
        ("Force", response.force),
        ("Force short name", response.force_short),
        ("Layout", response.layout),
        (
            "Areas for improvement",
            "included" if response.include_areas_for_improvement else "left out",
        ),
    )
    out += [f"Cc: {name}" for name in response.cc]
    for officer in (response.commissioner, response.chief):
        out += ["", *_officer(officer)]
    for finding in draft.findings:
        out += ["", *_finding(finding)]
    for group in response.noted:
        out += ["", heading(f"Noted: {group.addressee}"), *prose_lines(group.statement)]
    out += ["", *_workflow(draft)]
    if draft.conflicts:
        out += ["", *_conflicts(draft)]
    return "\n".join(out) + "\n"


def _facts(*pairs: tuple[str, str]) -> list[str]:
    return [f"{label}: {' '.join(value.split())}" for label, value in pairs if value]


def _officer(officer: Officer) -> list[str]:
    name = f" ({officer.name})" if officer.name else ""
    return [heading(f"{officer.possessive} comments{name}"), *prose_lines(officer.comments)]


def _finding(finding: Finding) -> list[str]:
    out = [heading(finding.title)]
    out += _facts(
        ("Cause of concern", finding.cause),
        ("Addressee", finding.addressee),
        ("Deadline", finding.deadline),
    )
    out += prose_lines(finding.text)
    out.append(f"Decision: {finding.decision.label if finding.decision else 'undecided'}")
    out += _facts(
        ("Owner", finding.owner),
        ("Target", long_date(finding.target) if finding.target else ""),
        ("Action status", str(finding.action_status or "")),
    )
    if finding.response.strip():
        out += ["Response:", *prose_lines(finding.response)]
    if finding.progress:
        out += ["Progress:", *(f"- {describe_update(u)}" for u in finding.progress)]
    return out


def _workflow(draft: Draft) -> list[str]:
    workflow = draft.workflow
    out = [heading("Workflow"), f"Status: {workflow.status}"]
    if workflow.published:
        out.append(f"Response published: {long_date(workflow.published)}")
    current = content_hash(draft)
    for s in workflow.signoffs:
        state = "valid" if signature_valid(draft, s, current) else "stale: the text changed since"
        out.append(f"Signed by the {s.role}: {s.name}, {long_date(s.date)} ({state})")
    return out


def _conflicts(draft: Draft) -> list[str]:
    """Each field a merge left unresolved, with the version the field does not hold."""
    out = [heading("Merge conflicts")]
    for conflict in draft.conflicts:
        if not conflict.field:
            out.append(f"{conflict.title}: removed on one side, changed on the other")
            continue
        out.append(f"{conflict.title}:")
        for side in ("ours", "theirs"):
            value = getattr(conflict, side)
            if isinstance(value, dt.date):
                text = long_date(value)
            elif isinstance(value, list):
                text = "; ".join(value)
            else:
                text = str(getattr(value, "label", value) if value is not None else "")
            lines = prose_lines(text) or ["(empty)"]
            out += [f"  {side.capitalize()}: {lines[0]}", *(f"    {line}" for line in lines[1:])]
    return out


def textconv(data: bytes) -> bytes:
    """What git shows for one version of a file: the draft as text, else the bytes unchanged."""
    try:
        draft = store.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, DrafterError):
        return data
    try:
        # git prints this to the terminal: control characters in the draft are shown.
        return visible(draft_text(draft)).encode("utf-8")
    except Exception:  # git shows the file as it is rather than stop with a fatal error
        return data
