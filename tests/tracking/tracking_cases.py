"""A published response made the way an office makes one: import, decide, sign, publish.

Decisions and actions are set through the store (as the editor does); everything
else goes through drafter's own commands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from drafter import store
from drafter.model import Decision

REPORT = """\
An inspection of Eastvale Police's response to burglary
Published: 2 March 2026

Cause of concern 1
Victims of burglary wait too long for an officer to attend.

Recommendation 1
By 30 June 2026, the force should set and meet a standard for attending burglaries.

Recommendation 2
By 31 December 2026, the force should give every victim a named contact.

Recommendation 3
The College of Policing should publish guidance on burglary investigation.

Area for improvement 1
The force should make better use of forensic evidence at burglaries.

Area for improvement 2
The force should tell victims how their case is progressing.
"""

#: finding (kind, number) -> decision, owner, target
DECISIONS = {
    ("cause-of-concern", "1"): (Decision.ACCEPT, "Head of Response", dt.date(2026, 9, 30)),
    ("recommendation", "1"): (Decision.ACCEPT, "Head of Response", dt.date(2026, 6, 30)),
    ("recommendation", "2"): (
        Decision.PARTIALLY_ACCEPT,
        "Victim Services Manager",
        dt.date(2026, 12, 31),
    ),
    ("recommendation", "3"): (Decision.NOTE, "", None),
    ("area-for-improvement", "1"): (Decision.ACCEPT, "Head of Forensics", dt.date(2027, 3, 31)),
    ("area-for-improvement", "2"): (Decision.NOT_ACCEPTED, "", None),
}


def published_response(folder: Path, cli: Callable[..., object], name: str = "eastvale") -> Path:
    source = folder / f"{name}.txt"
    source.write_text(REPORT, encoding="utf-8")
    draft = folder / f"{name}.toml"
    result = cli(
        "import",
        source,
        "-o",
        draft,
        "--title",
        "Burglary in Eastvale",
        "--area",
        "Eastvale",
        "--force",
        "Eastvale Police",
    )
    assert result.status == 0, result.err
    loaded = store.load(draft)
    findings = []
    for finding in loaded.findings:
        decision, owner, target = DECISIONS[(finding.kind.value, finding.number)]
        findings.append(
            replace(
                finding,
                decision=decision,
                owner=owner,
                target=target,
                response=f"Our response to {finding.title}.",
            )
        )
    loaded = replace(loaded, report=replace(loaded.report, findings=findings))
    loaded.response.commissioner.comments = "The commissioner's comments."
    loaded.response.chief.comments = "The chief constable's comments."
    store.save(loaded, draft)
    for role, who, day in (
        ("chief", "Sam Chief", "2026-04-20"),
        ("commissioner", "Alex PCC", "2026-04-21"),
    ):
        result = cli("sign", draft, "--role", role, "--name", who, "--date", day)
        assert result.status == 0, result.err
    result = cli("publish", draft, "--date", "2026-04-24")
    assert result.status == 0, result.err
    return draft
