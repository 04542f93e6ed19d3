"""The response to an HMICFRS report, as plain data.

No I/O and no framework here: every other layer (store, render, importers, cli,
tui) builds on these classes, so they stay small and dependency-free.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

#: Police Act 1996, s.55(5A): 56 days *beginning with* the publication day, so the
#: publication day is day 1 and the last permitted day is published + 55 days.
STATUTORY_DAYS = 56


#: The dates drafter takes. HMICFRS began inspecting in this form in the 1990s, and a
#: date far in the future (a typo for 2026, or year 9999) would overflow the deadline
#: arithmetic; every way a date comes in (typed, imported, hand-edited) is held to it.
EARLIEST = dt.date(1990, 1, 1)
LATEST = dt.date(2100, 12, 31)
RANGE_HINT = f"drafter takes dates from {EARLIEST.year} to {LATEST.year}"


def out_of_range(date: dt.date) -> str | None:
    """Why ``date`` is refused, or None when it is within range."""
    if EARLIEST <= date <= LATEST:
        return None
    return f"{date.isoformat()} is out of range; {RANGE_HINT}"


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
    """Where the action on an accepted finding stands.

    ``complete`` is the force's word that it is done; ``closed`` is the
    commissioner's (or HMICFRS's) acceptance that it is. Whether an action is
    overdue is worked out from its target date, never stored.
    """

    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    COMPLETE = "complete"
    CLOSED = "closed"
    SUPERSEDED = "superseded"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()

    @property
    def is_open(self) -> bool:
        """Still owed: not yet closed or superseded (a complete action awaits closure)."""
        return self not in (ActionStatus.CLOSED, ActionStatus.SUPERSEDED)

    @property
    def is_done(self) -> bool:
        """Done as far as the force is concerned: no longer able to run late."""
        return self in (ActionStatus.COMPLETE, ActionStatus.CLOSED, ActionStatus.SUPERSEDED)


@dataclass(frozen=True)
class ProgressUpdate:
    """One dated report of where an action stands; updates are added, never rewritten."""

    date: dt.date
    status: ActionStatus
    note: str = ""
    #: A link or a document's name that shows the progress.
    evidence: str = ""


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
    #: For action plans: where the action stands as the response states it (signed).
    action_status: ActionStatus | None = None
    #: Progress after publication, in the order recorded (not signed).
    progress: list[ProgressUpdate] = field(default_factory=list)

    @property
    def key(self) -> tuple[FindingKind, str]:
        return (self.kind, self.number)

    @property
    def title(self) -> str:
        return f"{self.kind.label} {self.number}"

    @property
    def is_recommendation(self) -> bool:
        return self.kind is FindingKind.RECOMMENDATION

    @property
    def is_action(self) -> bool:
        """Accepted in whole or in part: something was promised, so progress is tracked."""
        return self.decision in (Decision.ACCEPT, Decision.PARTIALLY_ACCEPT)

    @property
    def latest_update(self) -> ProgressUpdate | None:
        """The update with the latest date; of two on one day, the one recorded last."""
        if not self.progress:
            return None
        return max(enumerate(self.progress), key=lambda pair: (pair[1].date, pair[0]))[1]

    @property
    def current_status(self) -> ActionStatus | None:
        """The latest update's status, else the status the response gave, else none yet."""
        latest = self.latest_update
        return latest.status if latest else self.action_status


@dataclass
class Report:
    """The inspection report as published: its title, date, kind and findings."""

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


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def names_person(line: str, name: str) -> bool:
    """Whether ``line`` names the person ``name``, perhaps misspelt ("Prichard")."""
    import difflib  # on first use: most commands never compare names

    surname = (_NAME_WORD.findall(name) or [""])[-1].casefold()
    if not surname:
        return False
    words = [w.casefold() for w in _NAME_WORD.findall(line)]
    return any(difflib.SequenceMatcher(None, w, surname).ratio() >= 0.8 for w in words)


@dataclass
class NotedGroup:
    """Findings noted because they are addressed to another body, with one statement."""

    addressee: str
    statement: str = ""


@dataclass
class Response:
    """Who responds and to whom: the area, the force, the two officers, the Cc list,
    the layout and the noted groups."""

    area: str
    force: str
    force_short: str
    commissioner: Officer
    chief: Officer
    cc: list[str] = field(default_factory=list)
    layout: str = "standard"
    include_areas_for_improvement: bool = True
    noted: list[NotedGroup] = field(default_factory=list)

    @property
    def commissioner_office(self) -> str:
        """ "Police and Crime Commissioner of Wiltshire and Swindon": the local policing
        body as the title line, the letter's s.55 paragraph and signature, and the
        document's author name it."""
        return f"{self.commissioner.title} of {self.area}"

    @property
    def chief_office(self) -> str:
        """ "Chief Constable, Wiltshire Police": the chief officer under a signature."""
        return f"{self.chief.title}, {self.force}"


@dataclass
class SignOff:
    """One officer's signature on the response: who, when, and the content signed."""

    role: Role
    name: str
    date: dt.date
    #: The content hash (see drafter.store.content_hash) of what was signed.
    content_hash: str


@dataclass
class Withdrawal:
    """A sign-off withdrawn: the signature as it was recorded, and the day it was withdrawn.

    Kept in the workflow's history so that a withdrawn signature is never silently gone.
    """

    signoff: SignOff
    withdrawn: dt.date


@dataclass
class Workflow:
    """Where the response stands: its status, publication, and the sign-offs."""

    status: Status = Status.DRAFT
    published: dt.date | None = None
    signoffs: list[SignOff] = field(default_factory=list)
    #: Sign-offs withdrawn, oldest first.
    withdrawn: list[Withdrawal] = field(default_factory=list)

    def signoff(self, role: Role) -> SignOff | None:
        return next((s for s in self.signoffs if s.role is role), None)

    @property
    def was_published(self) -> bool:
        """The response has been published, even if its text has changed since (and is
        in review until signed and published again): its actions are public."""
        return self.published is not None or self.status is Status.PUBLISHED


#: The tables a conflict can name, and how a reader calls them.
CONFLICT_TABLES = {
    "report": "Report details",
    "response": "Response details",
    "response.commissioner": "Commissioner",
    "response.chief": "Chief officer",
    "findings": "Finding",
    "noted": "Noted group",
}


@dataclass
class Conflict:
    """A field that two merged versions changed differently (``drafter merge``).

    The draft keeps our version in the field itself; the conflict keeps both, and
    the base they started from, until someone chooses. Findings are named by kind
    and number, noted groups by addressee, never by position.
    """

    #: The table as the draft file names it: one of CONFLICT_TABLES.
    table: str
    #: The key within it ("response", "force-short"); "" when one side removed the
    #: whole finding or noted group and the other changed it.
    field: str
    kind: FindingKind | None = None
    number: str = ""
    addressee: str = ""
    ours: Any = None
    theirs: Any = None
    base: Any = None
    #: For a whole finding or group: which side removed it ("ours" or "theirs").
    removed: str = ""

    @property
    def attribute(self) -> str:
        """The model's attribute for the field: "force-short" -> force_short."""
        if self.table == "findings" and self.field == "status":
            return "action_status"
        return self.field.replace("-", "_")

    @property
    def subject(self) -> str:
        """'Recommendation 3', 'Noted group for College of Policing', 'Report details'."""
        if self.table == "findings" and self.kind is not None:
            return f"{self.kind.label} {self.number}"
        if self.table == "noted":
            return f"Noted group for {self.addressee}"
        return CONFLICT_TABLES.get(self.table, self.table)

    @property
    def title(self) -> str:
        """'Recommendation 3, response': what to show in a list of conflicts."""
        return f"{self.subject}, {self.field}" if self.field else self.subject

    @property
    def identity(self) -> tuple[object, ...]:
        """What the conflict is about, whatever versions it holds: one per field."""
        return (self.table, self.kind, self.number, addressee_key(self.addressee), self.field)


@dataclass
class Draft:
    """A statutory response in the making: the report, the response to it, and its workflow."""

    report: Report
    response: Response
    workflow: Workflow = field(default_factory=Workflow)
    #: Words the spelling check accepts in this draft alone ("ignore in this draft").
    #: Not part of what is signed: accepting a word changes no text.
    spelling_words: list[str] = field(default_factory=list)
    #: Fields a merge could not join: each must be resolved before sign-off.
    conflicts: list[Conflict] = field(default_factory=list)

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

    def record_of(
        self, conflict: Conflict
    ) -> Report | Response | Officer | Finding | NotedGroup | None:
        """The finding, group, officer or table a conflict is about (None if it is gone)."""
        if conflict.table == "findings":
            key = (conflict.kind, conflict.number)
            return next((f for f in self.findings if f.key == key), None)
        if conflict.table == "noted":
            return next(
                (g for g in self.response.noted if same_addressee(g.addressee, conflict.addressee)),
                None,
            )
        if conflict.table.startswith("response."):
            return getattr(self.response, conflict.table.removeprefix("response."))
        return self.report if conflict.table == "report" else self.response

    def grouped_as_noted(self, finding: Finding) -> NotedGroup | None:
        if finding.decision is not Decision.NOTE:
            return None
        return next(
            (g for g in self.response.noted if same_addressee(g.addressee, finding.addressee)),
            None,
        )


def same_addressee(a: str, b: str) -> bool:
    """Whether two addressees name the same body asked to act (see acting_body)."""
    return addressee_key(a) == addressee_key(b)


def addressee_key(addressee: str) -> str:
    """The key two addressees share when they name the same body asked to act."""
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


#: Addressees that mean the force itself, whatever its name.
FORCE_ADDRESSEES = {
    "the force",
    "force",
    "forces",
    "all forces",
    "chief constable",
    "chief constables",
    "the chief constable",
    "all chief constables",
    "chief officers",
    "all chief officers",
}


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def is_other_body(addressee: str, response: Response) -> bool:
    """Whether a finding is addressed to someone other than the force."""
    name = _norm(acting_body(addressee))
    if not name:
        return False
    own = {_norm(response.force), _norm(response.force_short)} | FORCE_ADDRESSEES
    return name not in own
