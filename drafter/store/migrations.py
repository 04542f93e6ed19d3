"""Older draft formats, brought up to the current one as a draft is read.

A draft is migrated in memory; its file changes only when drafter next saves it,
and is then written in the current format. docs/draft-format.md describes each step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import drafter.store.schema as schema
from drafter.model import Draft
from drafter.store.encode import encode
from drafter.store.fields import Table
from drafter.store.signing import content_hash, hash_text

Raw = dict[str, Any]

#: Format 1's action statuses, as format 2 names them. "overdue" is worked out from the
#: target date since format 2, never stored; an action marked overdue was not done.
FORMAT_1_STATUSES = {
    "open": "planned",
    "in-progress": "in-progress",
    "implemented": "complete",
    "verified": "closed",
    "closed": "closed",
    "overdue": "in-progress",
    "superseded": "superseded",
}


def decode(raw: Raw) -> Draft:
    """A draft of any format this drafter reads, as the current model."""
    version = schema.read_version(Table(raw, ()), schema.FORMAT_VERSION, "draft")
    for step in range(version, schema.FORMAT_VERSION):
        raw = MIGRATIONS[step](raw)
    return schema.decode(raw)


def _format_1_to_2(raw: Raw) -> Raw:
    """Action statuses renamed; progress updates are new and need nothing.

    A format 1 sign-off's hash covered the "format = 1" line and the old status
    names. Each sign-off that still matched its draft under format 1's rule is
    carried over to format 2's hash, so upgrading never unsigns a response, and a
    stale one stays stale.
    """
    upgraded = {**raw, "format": 2}
    old_statuses: list[Any] = []
    findings = raw.get("findings")
    if isinstance(findings, list):
        upgraded["findings"] = []
        for finding in findings:
            old = finding.get("status") if isinstance(finding, dict) else None
            old_statuses.append(old)
            if isinstance(old, str) and old in FORMAT_1_STATUSES:
                finding = {**finding, "status": FORMAT_1_STATUSES[old]}
            upgraded["findings"].append(finding)
    return _carry_signatures(upgraded, old_statuses)


def _carry_signatures(upgraded: Raw, old_statuses: list[Any]) -> Raw:
    workflow = upgraded.get("workflow")
    signoffs = workflow.get("signoffs") if isinstance(workflow, dict) else None
    if not isinstance(workflow, dict) or not isinstance(signoffs, list) or not signoffs:
        return upgraded
    draft = schema.decode({key: value for key, value in upgraded.items() if key != "workflow"})
    # Format 1 wrote the same canonical text, with its own version line and status names.
    as_written = [
        replace(f, action_status=old) for f, old in zip(draft.findings, old_statuses, strict=True)
    ]
    format_1 = replace(draft, report=replace(draft.report, findings=as_written))
    format_1_hash = hash_text(encode(format_1, version=1))
    current = content_hash(draft)
    upgraded["workflow"] = {
        **workflow,
        "signoffs": [
            {**s, "hash": current} if isinstance(s, dict) and s.get("hash") == format_1_hash else s
            for s in signoffs
        ],
    }
    return upgraded


MIGRATIONS: dict[int, Callable[[Raw], Raw]] = {1: _format_1_to_2}
