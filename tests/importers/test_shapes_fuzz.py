"""A list of findings, printed in any shape with any wording, comes back exactly.

Hypothesis writes recommendations from random words, with any of the addressees
and deadlines HMICFRS uses, and prints them in one of the report shapes (a
numbered list in any numbering style, a sentence introducing bullets, bullets
under a cause of concern, a register with status lines between items) as pasted
text broken at any width, a web page or a PDF. The importer must give back the
same findings: numbers, text, cause, addressee and deadline.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapes import AFI, COC, REC, Shape

from drafter.importers import import_report

SUBJECTS = [
    "the force", "chief constables", "the College of Policing", "the Home Office",
    "police and crime commissioners", "the NPCC lead for custody", "all forces",
]  # fmt: skip
LEADS = [
    ("", ""), ("By 31 March 2027, ", "31 March 2027"), ("Within six months, ", "within six months"),
    ("With immediate effect, ", "with immediate effect"), ("Within 12 months, ", "within 12 months"),
]  # fmt: skip
WORDS = [
    "review",
    "improve",
    "publish",
    "record",
    "train",
    "audit",
    "check",
    "explain",
    "agree",
    "update",
    "its",
    "their",
    "the",
    "a",
    "of",
    "and",
    "for",
    "with",
    "every",
    "each",
    "victims",
    "officers",
    "staff",
    "calls",
    "cases",
    "data",
    "records",
    "policy",
    "guidance",
    "training",
    "custody",
    "children",
    "vetting",
    "risk",
    "assessments",
    "supervisors",
    "investigations",
    "partners",
    "local",
    "national",
    "annual",
    "public",
    "reports",
    "quickly",
    "fairly",
    "consistently",
]
NUMBERING = ["{n}. ", "{n}) ", "({n}) ", "R{n} ", "Recommendation {n}: ", "{n}.", "{n}\n"]
STATUSES = ["Completed", "Superseded", "Being progressed", "Status: Open", "Date: 4 May 2022"]


@st.composite
def recommendations(draw: st.DrawFn) -> list[tuple[str, str, str]]:
    """(addressee, deadline, text) for one to six recommendations."""
    found = []
    for _ in range(draw(st.integers(1, 6))):
        who = draw(st.sampled_from(SUBJECTS))
        lead, when = draw(st.sampled_from(LEADS))
        action = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=25)))
        subject = who if lead else who[0].upper() + who[1:]
        found.append((who, when, f"{lead}{subject} should {action}."))
    return found


def numbered(items: list[tuple[str, str, str]], style: str) -> tuple[list, list]:
    body: list = [("h", "Recommendations")]
    lines = []
    for n, (_, _, text) in enumerate(items, start=1):
        mark = style.format(n=n)  # "1.By March ..." is printed tightly, as some reports do
        lines += [mark.strip(), text] if mark.endswith("\n") else [mark + text]
    body.append(("lines", lines))
    expected = [(REC, str(n), "", w, d, t) for n, (w, d, t) in enumerate(items, start=1)]
    return body, expected


def introduced(items: list[tuple[str, str, str]]) -> tuple[list, list]:
    body = [("p", "To address our findings, we recommend that:"), ("ul", [t for *_, t in items])]
    expected = [(REC, str(n), "", w, d, t) for n, (w, d, t) in enumerate(items, start=1)]
    return body, expected


def under_a_cause(items: list[tuple[str, str, str]]) -> tuple[list, list]:
    concern = "The force does not understand the demand it faces from vulnerable people."
    body = [("h", "Cause of concern"), ("p", concern), ("ul", [t for *_, t in items])]
    owners = {w for w, _, _ in items}
    expected = [(COC, "1", "", owners.pop() if len(owners) == 1 else "", "", concern)]
    expected += [(REC, str(n), "1", w, d, t) for n, (w, d, t) in enumerate(items, start=1)]
    return body, expected


def register(items: list[tuple[str, str, str]], statuses: list[str]) -> tuple[list, list]:
    body: list = [("h", "Recommendations")]
    for i, (_, _, text) in enumerate(items):
        body += [("p", text), ("p", statuses[i % len(statuses)])]
    expected = [(REC, str(n), "", w, d, t) for n, (w, d, t) in enumerate(items, start=1)]
    return body, expected


@st.composite
def printed_reports(draw: st.DrawFn) -> tuple[Shape, str]:
    items = draw(recommendations())
    shape = draw(st.sampled_from(["numbered", "introduced", "cause", "register"]))
    if shape == "numbered":
        body, expected = numbered(items, draw(st.sampled_from(NUMBERING)))
    elif shape == "introduced":
        body, expected = introduced(items)
    elif shape == "cause":
        body, expected = under_a_cause(items)
    else:
        body, expected = register(items, draw(st.lists(st.sampled_from(STATUSES), min_size=1)))
    body = [("p", "Published: 1 June 2026"), *body, ("h", "Next steps")]
    body.append(("p", "We will return to see what has changed."))
    report = Shape("fuzz", (), "An inspection of how forces keep people safe", body, expected)
    return report, draw(st.sampled_from(["text", "html", "pdf"]))


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(printed_reports(), st.integers(30, 110))
def test_findings_in_any_shape_come_back_exactly(case: tuple[Shape, str], width: int) -> None:
    report, how = case
    with tempfile.TemporaryDirectory() as folder:
        if how == "text":
            text = report.text(width)
            result = import_report(text)
        else:
            result = import_report(report.write(Path(folder), how))
    got = [
        (f.kind.value, f.number, f.cause, f.addressee, f.deadline, f.text) for f in result.findings
    ]
    assert got == report.expected
    assert AFI not in {f.kind.value for f in result.findings}
