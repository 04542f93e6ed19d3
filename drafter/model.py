"""The response to an HMICFRS report, as plain data.

No I/O and no framework here: every other layer (store, render, importers, cli,
tui) builds on these classes, so they stay small and dependency-free.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

#: Police Act 1996, s.55(5A): 56 days *beginning with* the publication day, so the
#: publication day is day 1 and the last permitted day is published + 55 days.
STATUTORY_DAYS = 56


class FindingKind(StrEnum):
    RECOMMENDATION = "recommendation"
    CAUSE_OF_CONCERN = "cause-of-concern"
    AREA_FOR_IMPROVEMENT = "area-for-improvement"

    @property
    def label(self) -> str:
        """ "Cause of concern": a heading's name for one."""
        return _KIND_NAMES[self][0]

    @property
    def plural(self) -> str:
        """ "causes of concern": the name for more than one, in running text."""
        return _KIND_NAMES[self][1]

    def counted(self, count: int) -> str:
        """ "1 cause of concern", "3 causes of concern", "0 causes of concern"."""
        return f"{count} {self.label.lower() if count == 1 else self.plural}"


#: The one place each kind's names are written: singular (as a heading), plural.
_KIND_NAMES = {
    FindingKind.RECOMMENDATION: ("Recommendation", "recommendations"),
    FindingKind.CAUSE_OF_CONCERN: ("Cause of concern", "causes of concern"),
    FindingKind.AREA_FOR_IMPROVEMENT: ("Area for improvement", "areas for improvement"),
}


class Decision(StrEnum):
    ACCEPT = "accept"
    PARTIALLY_ACCEPT = "partially-accept"
    NOT_ACCEPTED = "not-accepted"
    NOTE = "note"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    Decision.ACCEPT: "Accepted",
    Decision.PARTIALLY_ACCEPT: "Partially accepted",
    Decision.NOT_ACCEPTED: "Not accepted",
    Decision.NOTE: "Noted",
}


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in-review"
    SIGNED_OFF = "signed-off"
    PUBLISHED = "published"


class ActionStatus(StrEnum):
    """Where the action on an accepted finding stands, once the response is published."""

    OPEN = "open"
    IN_PROGRESS = "in-progress"
    IMPLEMENTED = "implemented"
    VERIFIED = "verified"
    CLOSED = "closed"
    OVERDUE = "overdue"
    SUPERSEDED = "superseded"


class Role(StrEnum):
    COMMISSIONER = "commissioner"
    CHIEF = "chief"


class ReportKind(StrEnum):
    PEEL = "peel"
    THEMATIC = "thematic"
    JOINT = "joint"
    HOME_SECRETARY_COMMISSION = "home-secretary-commission"
    PCC_COMMISSIONED = "pcc-commissioned"
    ACCELERATED_CAUSE_OF_CONCERN = "accelerated-cause-of-concern"


@dataclass
class Finding:
    """One finding of the report, keyed by its kind and HMICFRS's own number."""

    kind: FindingKind
    number: str
    text: str
    addressee: str = ""
    #: The deadline as the text names it ("31 March 2024", "with immediate effect").
    deadline: str = ""
    #: For a recommendation that belongs to a cause of concern: that cause's number.
    cause: str = ""
    decision: Decision | None = None
    response: str = ""
    owner: str = ""
    target: dt.date | None = None
    #: For action plans: where the action stands (absent until tracking starts).
    action_status: ActionStatus | None = None

    @property
    def key(self) -> tuple[FindingKind, str]:
        return (self.kind, self.number)

    @property
    def title(self) -> str:
        return f"{self.kind.label} {self.number}"

    @property
    def is_recommendation(self) -> bool:
        return self.kind is FindingKind.RECOMMENDATION


@dataclass
class Report:
    title: str
    published: dt.date | None = None
    inspectorate: str = "HMICFRS"
    kind: ReportKind | None = None
    url: str = ""
    findings: list[Finding] = field(default_factory=list)

    @property
    def deadline(self) -> dt.date | None:
        """The last day on which the response may lawfully be published."""
        if self.published is None:
            return None
        return self.published + dt.timedelta(days=STATUTORY_DAYS - 1)

    def recommendations(self) -> list[Finding]:
        return [f for f in self.findings if f.is_recommendation]


@dataclass
class Officer:
    """The holder of an office: the local policing body or the chief officer."""

    title: str
    name: str = ""
    comments: str = ""

    @property
    def possessive(self) -> str:
        """'Police and Crime Commissioner's', as the layout's headings need."""
        return f"{self.title}'" if self.title.endswith("s") else f"{self.title}'s"


@dataclass
class NotedGroup:
    """Findings noted because they are addressed to another body, with one statement."""

    addressee: str
    statement: str = ""


@dataclass
class Response:
    area: str
    force: str
    force_short: str
    commissioner: Officer
    chief: Officer
    cc: list[str] = field(default_factory=list)
    layout: str = "standard"
    include_areas_for_improvement: bool = True
    noted: list[NotedGroup] = field(default_factory=list)


@dataclass
class SignOff:
    role: Role
    name: str
    date: dt.date
    #: The content hash (see drafter.store.content_hash) of what was signed.
    content_hash: str


@dataclass
class Workflow:
    status: Status = Status.DRAFT
    published: dt.date | None = None
    signoffs: list[SignOff] = field(default_factory=list)

    def signoff(self, role: Role) -> SignOff | None:
        return next((s for s in self.signoffs if s.role is role), None)


@dataclass
class Draft:
    report: Report
    response: Response
    workflow: Workflow = field(default_factory=Workflow)

    @property
    def findings(self) -> list[Finding]:
        return self.report.findings

    def noted_findings(self, group: NotedGroup) -> list[Finding]:
        """The findings counted in a noted group, in HMICFRS's order."""
        return [
            f
            for f in self.findings
            if f.decision is Decision.NOTE and same_addressee(f.addressee, group.addressee)
        ]

    def grouped_as_noted(self, finding: Finding) -> NotedGroup | None:
        if finding.decision is not Decision.NOTE:
            return None
        return next(
            (g for g in self.response.noted if same_addressee(g.addressee, finding.addressee)),
            None,
        )


def same_addressee(a: str, b: str) -> bool:
    """Whether two addressees name the same body asked to act (see acting_body)."""
    return _addressee_key(a) == _addressee_key(b)


def _addressee_key(addressee: str) -> str:
    words = acting_body(addressee).casefold().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


#: Words that open a clause naming the partners of the body asked to act: "the Home
#: Office, working with the NPCC" asks the Home Office to act, with the others' help.
_PARTNER_CLAUSES = (
    "working with",
    "working together with",
    "working alongside",
    "working in partnership with",
    "in partnership with",
    "in consultation with",
    "in conjunction with",
    "in collaboration with",
    "in liaison with",
    "together with",
    "supported by",
    "with the support of",
    "with the help of",
    "assisted by",
    "alongside",
    "with",
)


def acting_body(addressee: str) -> str:
    """The body a finding asks to act, without the partners it is to work with.

    "the Home Office, working with the NPCC and the Forensic Science Regulator" ->
    "the Home Office". Noted groups are formed on this body (one group per body
    asked to act), and the importer gives it as a finding's addressee; the partners
    stay in the finding's text. Bodies named jointly ("the NPCC and the College of
    Policing") are one addressee and stay whole; so does an addressee with no
    partner clause. Spaces are tidied; the words are kept as written.
    """
    text = " ".join(addressee.split())
    lowered = text.casefold()
    cut = len(text)
    for clause in _PARTNER_CLAUSES:
        # A clause after a comma or opening a bracket, or (for the longer, unambiguous
        # openings) straight after the body's name: "the Home Office working with ...".
        for lead in (", ", " (") + ((" ",) if clause != "with" else ()):
            at = lowered.find(lead + clause + " ")
            if 0 < at < cut:
                cut = at
    return text[:cut].strip(" ,(") or text
