"""Large drafts for the reliability tests, built from the fictional example.

Imported by the tests and by the helper processes they spawn (save_worker.py), so it
depends on nothing but drafter itself.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from drafter import store
from drafter.model import Decision, Draft, Finding, FindingKind, NotedGroup

HERE = Path(__file__).resolve().parent
NORTHMOOR = HERE.parent.parent / "drafts" / "northmoor-peel-2026-fictional.toml"

#: Prose with everything a draft must keep: quotes, backslashes, tabs, `"""`,
#: Welsh diacritics, emoji, dashes and markup-like text.
PARAGRAPH = (
    'The force said "we will act" and the board\'s minutes (C:\\reports\\2026) agree; '
    "Gwasanaeth Heddlu ŵyl ŷd – naïve café, 5 < 6 & 7 > 2, <b>not bold</b>, "
    'a tab\there, three quotes """ and an emoji 🚓. '
)

NOTED_ADDRESSEE = "NPCC National Lead"


def large_draft(findings: int, narrative_bytes: int, *, variant: str = "A") -> Draft:
    """A valid draft with ``findings`` findings and about ``narrative_bytes`` of prose.

    Every tenth finding is noted (addressed to the NPCC lead) so that the noted group
    is exercised; ``variant`` changes the text of every response, so two variants of
    the same size differ throughout, not only at one end.
    """
    draft = store.load(NORTHMOOR)
    answered = findings - findings // 10
    per_finding = max(1, narrative_bytes // max(1, answered))
    paragraph = f"[{variant}] {PARAGRAPH}"
    repeats = max(1, per_finding // (len(paragraph.encode("utf-8")) + 1))
    response = "\n".join(paragraph + ("" if i % 5 else " " * (i % 7)) for i in range(repeats))
    draft.report.findings = []
    for i in range(1, findings + 1):
        noted = i % 10 == 0
        draft.report.findings.append(
            Finding(
                kind=FindingKind.RECOMMENDATION,
                number=str(i),
                addressee=NOTED_ADDRESSEE if noted else "Northmoor Constabulary",
                text=f"Recommendation {i}: by 31 March 2027 the force should:\n- act;\n- report.",
                decision=Decision.NOTE if noted else Decision.ACCEPT,
                response="" if noted else response,
            )
        )
    draft.response.noted = [
        NotedGroup(addressee=NOTED_ADDRESSEE, statement=f"[{variant}] We note these.")
    ]
    return draft


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under ``root`` (names relative to it) with a hash of its bytes and mode."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            out[str(path.relative_to(root))] = "folder" if path.is_dir() else "other"
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out[str(path.relative_to(root))] = f"{digest} {path.stat().st_mode:o}"
    return out
