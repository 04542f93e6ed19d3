"""Note the findings addressed to other bodies, and group them by the body asked to act.

A response answers the force's own findings; those addressed to the Home Office,
the College of Policing or another body are noted, in a group per body with one
statement. This marks each undecided one as noted and adds a group for any body
without one. Decisions already taken are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.model import Decision, Draft, Finding, NotedGroup, acting_body, is_other_body


@dataclass(frozen=True)
class Noted:
    #: The findings marked as noted now.
    marked: list[Finding]
    #: Findings to other bodies already given another decision, left as they are.
    kept: list[Finding]
    #: Indexes in draft.response.noted of the groups added.
    added: list[int]


def note_others(draft: Draft) -> Noted:
    """Mark ``draft``'s undecided findings to other bodies as noted and group them.

    Changes ``draft`` in place (the editor's open draft); saving is the caller's part.
    """
    response = draft.response
    marked, kept = [], []
    for finding in draft.findings:
        if not is_other_body(finding.addressee, response):
            continue
        if finding.decision is None:
            finding.decision = Decision.NOTE
            marked.append(finding)
        elif finding.decision is not Decision.NOTE:
            kept.append(finding)
    added: list[int] = []
    for finding in marked:
        if draft.grouped_as_noted(finding) is None:
            response.noted.append(NotedGroup(addressee=acting_body(finding.addressee)))
            added.append(len(response.noted) - 1)
    return Noted(marked, kept, added)
