"""Synthetic drafts for the bench: any number of findings, in the shape of a real report.

The text is made from a fixed vocabulary with a seeded random generator, so the same
size always gives the same draft (and the same bytes on disk) from run to run.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from drafter import store
from drafter.model import (
    Decision,
    Draft,
    Finding,
    FindingKind,
    NotedGroup,
    Officer,
    Report,
    ReportKind,
    Response,
)

WORDS = (  # noqa: SIM905 (prose reads better than a list of words)
    "the force should make sure that its officers and staff understand how to identify "
    "vulnerable people and record crime accurately within the national standards while "
    "supervisors review investigations regularly and victims receive updates about their "
    "cases in line with the code of practice for victims of crime the chief constable will "
    "report progress to the commissioner every quarter through the accountability board "
    "and publish the results on the force website together with a plan for training call "
    "handlers neighbourhood teams and investigators by the end of the financial year"
).split()

#: Bodies other than the force that findings are sometimes addressed to.
OTHER_BODIES = ("College of Policing", "National Police Chiefs' Council", "Home Office")

FORCE = "Northmoor Constabulary"


def sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def paragraph(rng: random.Random, words: int) -> str:
    sentences = []
    while words > 0:
        length = min(words, rng.randint(12, 24))
        sentences.append(sentence(rng, length))
        words -= length
    return " ".join(sentences)


def prose(rng: random.Random, words: int, paragraph_words: int = 80) -> str:
    """About ``words`` words of text, one paragraph per line."""
    paragraphs = []
    while words > 0:
        length = min(words, paragraph_words)
        paragraphs.append(paragraph(rng, length))
        words -= length
    return "\n".join(paragraphs)


def findings(rng: random.Random, count: int) -> list[Finding]:
    """``count`` findings: per block of 20, a cause of concern with two recommendations,
    twelve more recommendations (some to other bodies, noted), and five areas for improvement."""
    made: list[Finding] = []
    numbers = {kind: 0 for kind in FindingKind}

    def add(kind: FindingKind, **extra: object) -> Finding:
        numbers[kind] += 1
        finding = Finding(
            kind=kind,
            number=str(numbers[kind]),
            text=prose(rng, rng.randint(40, 90)),
            addressee=FORCE,
            **extra,  # type: ignore[arg-type]
        )
        made.append(finding)
        return finding

    while len(made) < count:
        position = len(made) % 20
        if position == 0:
            add(FindingKind.CAUSE_OF_CONCERN, decision=Decision.ACCEPT, response=prose(rng, 60))
        elif position in (1, 2):
            add(
                FindingKind.RECOMMENDATION,
                cause=str(numbers[FindingKind.CAUSE_OF_CONCERN]),
                deadline="31 March 2027",
                decision=Decision.ACCEPT,
                response=prose(rng, 120),
                owner="Chief Superintendent, Contact Management",
                target=dt.date(2027, 3, 31),
            )
        elif position in (3, 4):
            finding = add(FindingKind.RECOMMENDATION, decision=Decision.NOTE)
            finding.addressee = OTHER_BODIES[position - 3]
        elif position < 15:
            add(
                FindingKind.RECOMMENDATION,
                decision=rng.choice([Decision.ACCEPT, Decision.PARTIALLY_ACCEPT, None]),
                response=prose(rng, rng.randint(60, 160)),
            )
        else:
            add(FindingKind.AREA_FOR_IMPROVEMENT, response=prose(rng, 50))
    return made


def draft(count: int, *, seed: int = 8) -> Draft:
    rng = random.Random(seed)
    found = findings(rng, count)
    bodies = sorted({f.addressee for f in found if f.decision is Decision.NOTE})
    return Draft(
        report=Report(
            title=f"PEEL 2025–27: An inspection of {FORCE} ({count} findings, synthetic)",
            published=dt.date(2026, 10, 16),
            kind=ReportKind.PEEL,
            findings=found,
        ),
        response=Response(
            area="Northmoor and Dale",
            force=FORCE,
            force_short="Northmoor",
            commissioner=Officer(
                "Police, Fire and Crime Commissioner", "Alex Morgan", prose(rng, 250)
            ),
            chief=Officer("Chief Constable", "Sam Okafor", prose(rng, 150)),
            cc=["HM Inspector of Constabulary"],
            noted=[NotedGroup(body, paragraph(rng, 40)) for body in bodies],
        ),
    )


def long_response_draft(words: int = 5000, findings_count: int = 20) -> Draft:
    """A draft whose first recommendation has a response of about ``words`` words."""
    made = draft(findings_count)
    first = next(f for f in made.findings if f.kind is FindingKind.RECOMMENDATION)
    first.response = prose(random.Random(5000), words)
    return made


def write(made: Draft, path: Path) -> Path:
    store.save(made, path)
    return path
