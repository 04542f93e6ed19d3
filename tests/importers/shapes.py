"""Reports of every era and shape HMICFRS has published, each printed three ways.

Each ``Shape`` is a small report written for drafter in its own words (every
body, force and figure is fictional) that keeps the structure of a kind of real
report: the order of headings, sentences and lists, how findings are introduced
and numbered, what sits between them. ``text``, ``html`` and ``pdf`` print it as
pasted text, a saved web page and a PDF; ``expected`` holds the findings a writer
should see after import, as (kind, number, cause, addressee, deadline, text).
Negative controls expect nothing.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from report_printing import Report

REC, COC, AFI = "recommendation", "cause-of-concern", "area-for-improvement"

#: An element of a report: ("h", heading), ("p", paragraph), ("ul", [items]),
#: ("lines", [one paragraph a line, as printed, numbers and all]), ("table", [[cells]]),
#: ("ol", [items]): a list numbered from 1, an ``<ol>`` on a web page.
Element = tuple[str, object]
Expected = tuple[str, str, str, str, str, str]


@dataclass
class Shape:
    name: str
    #: Which of the issue's ten shapes it shows, by number.
    shows: tuple[int, ...]
    title: str
    body: list[Element]
    expected: list[Expected]
    #: Words that must appear in the import's warnings.
    warns: list[str] = field(default_factory=list)

    # --- printing ---------------------------------------------------------------

    def text(self, width: int = 78) -> str:
        """As pasted: a blank line between paragraphs, each broken at ``width``."""
        out = [self.title, ""]
        for kind, value in self.printed():
            if kind == "h":
                out += [str(value), ""]
            elif kind == "p":
                out += [*textwrap.wrap(str(value), width, break_on_hyphens=False), ""]
            elif kind == "ul":
                for item in value:  # type: ignore[attr-defined]
                    out += textwrap.wrap("• " + item, width, break_on_hyphens=False)
                out.append("")
            elif kind == "table":  # pasted from a web page's table: a cell a line
                for row in value:  # type: ignore[attr-defined]
                    for cell in row:
                        out += [*textwrap.wrap(cell, width, break_on_hyphens=False), ""]
            else:
                for line in value:  # type: ignore[attr-defined]
                    out += [*textwrap.wrap(line, width, break_on_hyphens=False), ""]
        return "\n".join(out)

    def html(self) -> str:
        parts = [
            "<!doctype html><html lang='en-GB'><head><meta charset='utf-8'>",
            f"<title>{html.escape(self.title)} - His Majesty's Inspectorate of Constabulary "
            "and Fire &amp; Rescue Services</title></head><body>",
            "<nav><ul><li>Home</li><li>Our reports</li></ul></nav><main>",
            f"<h1>{html.escape(self.title)}</h1>",
        ]
        for kind, value in self.body:
            if kind == "h":
                parts.append(f"<h2>{html.escape(str(value))}</h2>")
            elif kind == "p":
                parts.append(f"<p>{html.escape(str(value))}</p>")
            elif kind in ("ul", "ol"):
                items = "".join(f"<li>{html.escape(i)}</li>" for i in value)  # type: ignore[attr-defined]
                parts.append(f"<{kind}>{items}</{kind}>")
            elif kind == "table":
                rows = "".join(
                    "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                    for row in value  # type: ignore[attr-defined]
                )
                parts.append(f"<table>{rows}</table>")
            else:
                parts += [f"<p>{html.escape(line)}</p>" for line in value]  # type: ignore[attr-defined]
        parts.append("</main><footer><p>The force should follow us.</p></footer></body></html>")
        return "\n".join(parts)

    def pdf(self, folder: Path) -> Path:
        r = Report(self.title[:60], "Page {n}")
        r.cover(self.title[:70])
        for kind, value in self.printed():
            if r.get_y() > 250:
                r.add_page()
            if kind == "h":
                r.heading(str(value))
            elif kind == "p":
                r.para(*_wrap(str(value)))
            elif kind == "ul":
                r.bullets(*(tuple(_wrap(i, 80)) for i in value))  # type: ignore[attr-defined]
            else:
                cells = [c for row in value for c in row] if kind == "table" else value
                for line in cells:  # type: ignore[attr-defined]
                    if r.get_y() > 262:
                        r.add_page()
                    r.para(*_wrap(line))
        path = folder / f"{self.name}.pdf"
        r.output(str(path))
        return path

    def printed(self) -> list[Element]:
        """The body as printed on paper or pasted: a numbered list's numbers are its text."""
        return [
            ("lines", [f"{i}. {item}" for i, item in enumerate(value, 1)])  # type: ignore[arg-type]
            if kind == "ol"
            else (kind, value)
            for kind, value in self.body
        ]

    def markdown(self) -> str:
        """As a Markdown file: headings marked with "#", lists as Markdown lists."""
        out = [f"# {self.title}", ""]
        for kind, value in self.body:
            if kind == "h":
                out += [f"## {value}", ""]
            elif kind == "p":
                out += [str(value), ""]
            elif kind in ("ul", "ol"):
                for i, item in enumerate(value, 1):  # type: ignore[arg-type]
                    out.append(f"{'-' if kind == 'ul' else f'{i}.'} {item}")
                out.append("")
            elif kind == "table":
                out += [" | ".join(row) for row in value]  # type: ignore[attr-defined]
                out.append("")
            else:
                for line in value:  # type: ignore[attr-defined]
                    out += [line, ""]
        return "\n".join(out)

    def write(self, folder: Path, how: str) -> Path:
        if how == "pdf":
            return self.pdf(folder)
        path = folder / f"{self.name}.{'html' if how == 'html' else 'txt'}"
        path.write_text(self.html() if how == "html" else self.text(), encoding="utf-8")
        return path


def _wrap(text: str, width: int = 86) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False) or [text]


FORMATS = ("text", "html", "pdf")

# --- 1. Recommendations introduced in a sentence (an older force inspection) -------

INTRODUCED = Shape(
    "introduced-in-a-sentence",
    (1, 7, 8),
    "Crime recording in Marshfield Police: a follow-up inspection",
    [
        ("p", "Published: 14 October 2014"),
        ("h", "Summary"),
        ("p", "Since our last visit the force has improved how it records crime, but too "
              "many reports of violence made by telephone are still not recorded."),
        ("p", "HMICFRS recommends that, within six months, the force should:"),
        ("lines", [
            "1. review how its control room records reports of violence made by telephone;",
            "2. make sure that every officer who takes a report knows the recording rules; and",
            "3. check a sample of its decisions to cancel a recorded crime each month.",
        ]),
        ("p", "We recommend that, by 31 March, all forces should publish the results of "
              "their own audits of crime recording."),
        ("h", "Next steps"),
        ("p", "We will return to the force in the spring to see what it has done."),
    ],
    [
        (REC, "1", "", "the force", "within six months",
         "HMICFRS recommends that, within six months, the force should: review how its "
         "control room records reports of violence made by telephone;"),
        (REC, "2", "", "the force", "within six months",
         "HMICFRS recommends that, within six months, the force should: make sure that every "
         "officer who takes a report knows the recording rules; and"),
        (REC, "3", "", "the force", "within six months",
         "HMICFRS recommends that, within six months, the force should: check a sample of its "
         "decisions to cancel a recorded crime each month."),
        (REC, "4", "", "all forces", "31 March",
         "We recommend that, by 31 March, all forces should publish the results of their own "
         "audits of crime recording."),
    ],
)  # fmt: skip

# --- 1 and 2. A PEEL cause of concern whose recommendations follow a sentence -------

CAUSE_INTRODUCED = Shape(
    "cause-then-we-recommend",
    (1, 2, 5),
    "PEEL 2023-25: An inspection of Brackenshire Constabulary",
    [
        ("p", "Published: 2 February 2024"),
        ("h", "Cause of concern"),
        ("p", "The force does not answer enough emergency calls quickly, so some callers in "
              "danger wait too long for help."),
        ("p", "To address this cause of concern, we recommend that:"),
        ("ul", [
            "within three months, the force should make sure its control room has enough staff "
            "at the busiest times;",
            "the force must record a risk assessment for every call it grades as urgent.",
        ]),
        ("h", "Area for improvement"),
        ("p", "The force should improve how it tells victims what has happened to their case."),
    ],
    [
        (COC, "1", "", "the force", "",
         "The force does not answer enough emergency calls quickly, so some callers in danger "
         "wait too long for help."),
        (REC, "1", "1", "the force", "within three months",
         "within three months, the force should make sure its control room has enough staff at "
         "the busiest times;"),
        (REC, "2", "1", "the force", "",
         "the force must record a risk assessment for every call it grades as urgent."),
        (AFI, "1", "", "the force", "",
         "The force should improve how it tells victims what has happened to their case."),
    ],
)  # fmt: skip

# --- 1, 2 and 5. "We recommend that ... the force:" and points with no "should" ------

THE_FORCE_COLON = Shape(
    "we-recommend-that-the-force",
    (1, 2, 5),
    "PEEL 2021/22: An inspection of Oakshire Constabulary",
    [
        ("p", "Published: 17 August 2022"),
        ("h", "Cause of concern"),
        ("p", "The force is not managing the risk posed by registered sex offenders well "
              "enough."),
        ("p", "To address this cause of concern, we recommend that within three months the "
              "force:"),
        ("ul", [
            "reduces the backlog of visits to registered sex offenders;",
            "makes sure its staff have the training they need; and",
            "reviews how it shares information with partner agencies.",
        ]),
        ("h", "Area for improvement"),
        ("p", "The force should improve how it records the ethnicity of people it stops."),
    ],
    [
        (COC, "1", "", "the force", "",
         "The force is not managing the risk posed by registered sex offenders well enough."),
        (REC, "1", "1", "the force", "within three months",
         "To address this cause of concern, we recommend that within three months the force:\n"
         "- reduces the backlog of visits to registered sex offenders;\n"
         "- makes sure its staff have the training they need; and\n"
         "- reviews how it shares information with partner agencies."),
        (AFI, "1", "", "the force", "",
         "The force should improve how it records the ethnicity of people it stops."),
    ],
)  # fmt: skip

# --- 2. Causes of concern with no heading for their recommendations ----------------

CAUSES_WITHOUT_HEADING = Shape(
    "causes-without-a-heading",
    (2, 3),
    "An inspection of the response to domestic abuse in Fernmoor Police",
    [
        ("p", "Published: 9 June 2022"),
        ("h", "Causes of concern"),
        ("h", "Cause of concern 1"),
        ("p", "Victims of domestic abuse do not always get a prompt response when they call "
              "the force."),
        ("ul", [
            "By 30 September 2022, the force should clear its backlog of domestic abuse calls "
            "waiting for an officer.",
            "The force should make sure that supervisors check every delayed call within an "
            "hour.",
        ]),
        ("h", "Cause of concern 2"),
        ("p", "Officers do not always complete the risk assessment the force requires."),
        ("lines", [
            "3) The force should train every response officer in the risk assessment.",
            "4) Within three months, the force should audit a sample of completed assessments.",
        ]),
        ("h", "About this inspection"),
        ("p", "We visited the force in the spring of 2022 and read 200 case files."),
    ],
    [
        (COC, "1", "", "the force", "",
         "Victims of domestic abuse do not always get a prompt response when they call the "
         "force."),
        (REC, "1", "1", "the force", "30 September 2022",
         "By 30 September 2022, the force should clear its backlog of domestic abuse calls "
         "waiting for an officer."),
        (REC, "2", "1", "the force", "",
         "The force should make sure that supervisors check every delayed call within an hour."),
        (COC, "2", "", "the force", "",
         "Officers do not always complete the risk assessment the force requires."),
        (REC, "3", "2", "the force", "",
         "The force should train every response officer in the risk assessment."),
        (REC, "4", "2", "the force", "within three months",
         "Within three months, the force should audit a sample of completed assessments."),
    ],
)  # fmt: skip

# --- 3. Numbering written tightly or loosely --------------------------------------

NUMBERING = Shape(
    "numbering-tight-and-loose",
    (3,),
    "Roads policing: an inspection of how forces keep roads safe",
    [
        ("p", "Published: 22 March 2025"),
        ("h", "Recommendations"),
        ("lines", [
            "1.By July 2025, chief constables should make sure their forces record every "
            "fatal collision the same way.",
            "2) The NPCC lead for roads policing should:",
        ]),
        ("lines", [
            "(a) agree a national measure of enforcement; and",
            "(b) publish it each year.",
        ]),
        ("lines", [
            "(3) The College of Policing should update its training on collision investigation.",
            "R4 The Department for Transport should fund a national collision database.",
            "Recommendation 5: the Home Office should review the fixed penalty for careless "
            "driving.",
            "6",
            "Within 12 months, police and crime commissioners should publish how they fund "
            "roads policing.",
        ]),
        ("h", "Conclusion"),
        ("p", "Roads policing matters to the public, and forces can do more."),
    ],
    [
        (REC, "1", "", "chief constables", "July 2025",
         "By July 2025, chief constables should make sure their forces record every fatal "
         "collision the same way."),
        (REC, "2", "", "the NPCC lead for roads policing", "",
         "The NPCC lead for roads policing should:\n- agree a national measure of enforcement; "
         "and\n- publish it each year."),
        (REC, "3", "", "the College of Policing", "",
         "The College of Policing should update its training on collision investigation."),
        (REC, "4", "", "the Department for Transport", "",
         "The Department for Transport should fund a national collision database."),
        (REC, "5", "", "the Home Office", "",
         "the Home Office should review the fixed penalty for careless driving."),
        (REC, "6", "", "police and crime commissioners", "within 12 months",
         "Within 12 months, police and crime commissioners should publish how they fund roads "
         "policing."),
    ],
)  # fmt: skip

# --- 4. Bullets run together in one paragraph --------------------------------------

RUN_TOGETHER = Shape(
    "bullets-run-together",
    (4,),
    "Stalking and harassment: a joint thematic inspection",
    [
        ("p", "Published: 5 December 2024"),
        ("h", "Recommendations"),
        ("h", "Recommendation 1"),
        ("p", "By 31 December 2025, chief constables should make sure their forces "
              "understand: •the reasons why victims withdraw their support; •the extent of "
              "repeat stalking in their area; and •the link between stalking and domestic "
              "abuse."),
        ("h", "Recommendation 2"),
        ("p", "The Crown Prosecution Service should: • publish the number of stalking "
              "charges each year; and • explain why cases fail."),
        ("h", "Our findings"),
        ("p", "Victims told us they felt they were not believed."),
    ],
    [
        (REC, "1", "", "chief constables", "31 December 2025",
         "By 31 December 2025, chief constables should make sure their forces understand:\n"
         "- the reasons why victims withdraw their support;\n"
         "- the extent of repeat stalking in their area; and\n"
         "- the link between stalking and domestic abuse."),
        (REC, "2", "", "the Crown Prosecution Service", "",
         "The Crown Prosecution Service should:\n- publish the number of stalking charges each "
         "year; and\n- explain why cases fail."),
    ],
)  # fmt: skip

# --- 5. Recommendations that do not say "should" -----------------------------------

WITHOUT_SHOULD = Shape(
    "asks-without-should",
    (5, 7),
    "The use of force on children in police custody",
    [
        ("p", "Published: 30 April 2021"),
        ("h", "Recommendations"),
        ("p", "We expect forces to publish their data on the use of force on children every "
              "quarter."),
        ("p", "The use of spit guards on children in custody should cease unless a doctor "
              "advises otherwise."),
        ("p", "The force must review every use of handcuffs on a child within a week."),
        ("p", "Chief constables are to make sure that an appropriate adult is called at once."),
        ("h", "Background"),
        ("p", "Children are held in custody less often than they were ten years ago."),
    ],
    [
        (REC, "1", "", "forces", "",
         "We expect forces to publish their data on the use of force on children every "
         "quarter."),
        (REC, "2", "", "", "",
         "The use of spit guards on children in custody should cease unless a doctor advises "
         "otherwise."),
        (REC, "3", "", "the force", "",
         "The force must review every use of handcuffs on a child within a week."),
        (REC, "4", "", "chief constables", "",
         "Chief constables are to make sure that an appropriate adult is called at once."),
    ],
    warns=["Recommendation 2 does not say who is to act"],
)  # fmt: skip

# --- 6. A register or tracker page -------------------------------------------------

REGISTER = Shape(
    "register-with-status-lines",
    (6,),
    "Recommendations for Westshire Police",
    [
        ("h", "Recommendations"),
        ("p", "Within six months, the force should make sure every crime reported online is "
              "assessed for risk on the day it arrives."),
        ("p", "Completed"),
        ("p", "Westshire Police"),
        ("p", "Date: 12 May 2021"),
        ("p", "The force should improve how it supervises investigations of burglary."),
        ("p", "Status: Being progressed"),
        ("p", "Progress: the force has trained 300 officers and should finish in the autumn."),
        ("p", "By 31 March 2022, chief constables should review how they record hate "
              "incidents."),
        ("p", "Superseded"),
        ("p", "18 January 2022"),
        ("p", "The force should publish its stop and search data each month."),
        ("p", "Being progressed"),
    ],
    [
        (REC, "1", "", "the force", "within six months",
         "Within six months, the force should make sure every crime reported online is "
         "assessed for risk on the day it arrives."),
        (REC, "2", "", "the force", "",
         "The force should improve how it supervises investigations of burglary."),
        (REC, "3", "", "chief constables", "31 March 2022",
         "By 31 March 2022, chief constables should review how they record hate incidents."),
        (REC, "4", "", "the force", "",
         "The force should publish its stop and search data each month."),
    ],
)  # fmt: skip

TRACKER_TABLE = Shape(
    "tracker-table",
    (6, 8),
    "Recommendations for Eastmere Police",
    [
        ("table", [
            ["Recommendation", "Status", "Date"],
            ["Within six months, the force should review how it handles reports of rape.",
             "Completed", "12 May 2021"],
            ["By 31 March 2022, chief constables should publish their custody data.",
             "Being progressed", "03/02/2022"],
            ["The force should improve its supervision of burglary investigations.",
             "Superseded", "2022-01-18"],
        ]),
    ],
    [
        (REC, "1", "", "the force", "within six months",
         "Within six months, the force should review how it handles reports of rape."),
        (REC, "2", "", "chief constables", "31 March 2022",
         "By 31 March 2022, chief constables should publish their custody data."),
        (REC, "3", "", "the force", "",
         "The force should improve its supervision of burglary investigations."),
    ],
)  # fmt: skip

# --- 7. Addressees: the body asked to act ------------------------------------------

ADDRESSEES = Shape(
    "addressees-past-clauses",
    (7, 3),
    "Disproportionality in police powers: a national inspection",
    [
        ("p", "Published: 11 November 2025"),
        ("h", "Recommendations"),
        ("lines", [
            "1. Where forces identify disparities in their use of stop and search, they should "
            "explain them to the public within three months.",
            "2. To improve the service it gives to victims of hate crime, the force should train "
            "every call handler.",
            "3. The Home Office, working with the NPCC and the College of Policing, should "
            "publish national guidance by 30 September 2026.",
            "4. A national standard for recording hate incidents should be agreed.",
        ]),
        ("h", "Methodology"),
        ("p", "We read 1,200 records of searches made in the year to March 2025."),
    ],
    [
        (REC, "1", "", "forces", "within three months",
         "Where forces identify disparities in their use of stop and search, they should explain "
         "them to the public within three months."),
        (REC, "2", "", "the force", "",
         "To improve the service it gives to victims of hate crime, the force should train every "
         "call handler."),
        (REC, "3", "", "the Home Office", "30 September 2026",
         "The Home Office, working with the NPCC and the College of Policing, should publish "
         "national guidance by 30 September 2026."),
        (REC, "4", "", "", "",
         "A national standard for recording hate incidents should be agreed."),
    ],
    warns=[
        "Recommendation 3 asks the Home Office to act working with the NPCC and the College of "
        "Policing",
        "Recommendation 4 does not say who is to act",
    ],
)  # fmt: skip

# --- 9. The same finding twice: summary and body ------------------------------------

TWICE = Shape(
    "summary-and-body",
    (9, 3),
    "Missing children: an inspection of Northvale Police",
    [
        ("p", "Published: 3 July 2023"),
        ("h", "Summary of recommendations"),
        ("lines", [
            "1. The force should improve its safeguarding work with children's services.",
            "2. The force should review its ‘missing from home’ policy.",
            "3. The force should train its staff in return home interviews.",
        ]),
        ("h", "Our findings"),
        ("p", "Children who go missing are often at risk of exploitation."),
        ("h", "Recommendation 1"),
        ("p", "The force should improve its safe- guarding work with children's services."),
        ("h", "Recommendation 2"),
        ("p", "The force should review its 'missing from home' policy."),
        ("h", "Recommendation 3"),
        ("p", "The force should train all its staff and volunteers in return home interviews."),
        ("h", "Next steps"),
        ("p", "We will ask the force how it has responded."),
    ],
    [
        (REC, "1", "", "the force", "",
         "The force should improve its safeguarding work with children's services."),
        (REC, "2", "", "the force", "",
         "The force should review its ‘missing from home’ policy."),
        (REC, "3", "", "the force", "",
         "The force should train its staff in return home interviews."),
    ],
    warns=[
        "Recommendation 3 appears twice with different words",
        "The force should train all its staff and volunteers in return home interviews.",
    ],
)  # fmt: skip

# --- 11. Recommendations grouped per body or chapter, numbering starting again --------
# Joint inspections (with HMCPSI, HMI Probation) and thematic reports group their
# recommendations by the body that is to act, or by chapter, and number each group
# from 1. Numbers are made unique in order, with one warning naming the groups.

RENUMBERED = "numbers its recommendations from 1 again"

BY_BODY = Shape(
    "joint-grouped-by-body",
    (11, 7),
    "Stalking: a joint inspection of the police and the CPS",
    [
        ("p", "Published: 9 April 2025"),
        ("h", "Recommendations for the police"),
        ("ol", [
            "By 31 October 2025, chief constables should make sure a trained officer assesses "
            "the risk in every report of stalking.",
            "Chief constables should give each victim one contact who keeps them informed.",
        ]),
        ("h", "Recommendations for the Crown Prosecution Service"),
        ("ol", [
            "By 31 January 2026, the Director of Public Prosecutions should make sure prosecutors "
            "ask for a stalking protection order in every suitable case.",
            "A victim's views on bail conditions should be recorded on every file.",
        ]),
        ("h", "Recommendations for the Home Office"),
        ("ol", [
            "Within 12 months, the Home Office should review its guidance on stalking protection "
            "orders.",
        ]),
        ("h", "About this inspection"),
        ("p", "We read 240 case files from six force areas."),
    ],
    [
        (REC, "1", "", "chief constables", "31 October 2025",
         "By 31 October 2025, chief constables should make sure a trained officer assesses the "
         "risk in every report of stalking."),
        (REC, "2", "", "chief constables", "",
         "Chief constables should give each victim one contact who keeps them informed."),
        (REC, "3", "", "the Director of Public Prosecutions", "31 January 2026",
         "By 31 January 2026, the Director of Public Prosecutions should make sure prosecutors "
         "ask for a stalking protection order in every suitable case."),
        (REC, "4", "", "the Crown Prosecution Service", "",
         "A victim's views on bail conditions should be recorded on every file."),
        (REC, "5", "", "the Home Office", "within 12 months",
         "Within 12 months, the Home Office should review its guidance on stalking protection "
         "orders."),
    ],
    warns=[
        RENUMBERED,
        "3 and 4 are the report's 1 and 2 under “Recommendations for the Crown Prosecution "
        "Service”; 5 is its 1 under “Recommendations for the Home Office”",
    ],
)  # fmt: skip

FOR_SUBHEADINGS = Shape(
    "recommendations-for-each-body",
    (11, 7),
    "Children in police custody: a joint thematic inspection",
    [
        ("p", "Published: 20 May 2025"),
        ("h", "Recommendations"),
        ("h", "For the police"),
        ("ol", [
            "By 30 November 2025, chief constables should make sure an appropriate adult is "
            "called as soon as a child arrives in custody.",
            "Custody officers should record why each child was not released on bail.",
        ]),
        ("h", "For the Crown Prosecution Service"),
        ("ol", [
            "The Crown Prosecution Service should decide charges for children held overnight "
            "before the morning court.",
        ]),
        ("h", "For the Home Office"),
        ("ol", [
            "National figures on how long children wait in custody should be published every "
            "year.",
        ]),
        ("h", "Next steps"),
        ("p", "We will ask each body for its plan within 56 days."),
    ],
    [
        (REC, "1", "", "chief constables", "30 November 2025",
         "By 30 November 2025, chief constables should make sure an appropriate adult is called "
         "as soon as a child arrives in custody."),
        (REC, "2", "", "custody officers", "",
         "Custody officers should record why each child was not released on bail."),
        (REC, "3", "", "the Crown Prosecution Service", "",
         "The Crown Prosecution Service should decide charges for children held overnight "
         "before the morning court."),
        (REC, "4", "", "the Home Office", "",
         "National figures on how long children wait in custody should be published every "
         "year."),
    ],
    warns=[RENUMBERED, "“For the Crown Prosecution Service”", "“For the Home Office”"],
)  # fmt: skip

BY_CHAPTER = Shape(
    "numbered-again-per-chapter",
    (11, 3),
    "Mental health and policing: a thematic inspection",
    [
        ("p", "Published: 16 December 2025"),
        ("h", "Chapter 1: Answering the call"),
        ("p", "Call handlers told us they often cannot reach anyone for advice at night."),
        ("h", "Recommendation 1"),
        ("p", "By 30 June 2026, chief constables should make sure call handlers can reach "
              "mental health advice at any hour."),
        ("h", "Recommendation 2"),
        ("p", "By 30 June 2026, chief constables should record each call that involves a "
              "person in mental health crisis."),
        ("h", "Chapter 2: Detention"),
        ("p", "Too many people in crisis still wait in police cells for an assessment."),
        ("h", "Recommendation 1"),
        ("p", "By 31 March 2027, the Department of Health and Social Care should make sure a "
              "health-based place of safety is open in every area at all times."),
        ("h", "Recommendation 2"),
        ("p", "By 31 March 2027, the Home Office should collect data on how long people wait "
              "in custody for an assessment."),
    ],
    [
        (REC, "1", "", "chief constables", "30 June 2026",
         "By 30 June 2026, chief constables should make sure call handlers can reach mental "
         "health advice at any hour."),
        (REC, "2", "", "chief constables", "30 June 2026",
         "By 30 June 2026, chief constables should record each call that involves a person in "
         "mental health crisis."),
        (REC, "3", "", "the Department of Health and Social Care", "31 March 2027",
         "By 31 March 2027, the Department of Health and Social Care should make sure a "
         "health-based place of safety is open in every area at all times."),
        (REC, "4", "", "the Home Office", "31 March 2027",
         "By 31 March 2027, the Home Office should collect data on how long people wait in "
         "custody for an assessment."),
    ],
    warns=[RENUMBERED, "3 and 4 are the report's 1 and 2 under “Chapter 2: Detention”"],
)  # fmt: skip

GROUPED_SUMMARY_AND_BODY = Shape(
    "grouped-summary-then-body",
    (11, 9),
    "Domestic abuse cases: a joint inspection of charging decisions",
    [
        ("p", "Published: 2 September 2025"),
        ("h", "Summary of recommendations"),
        ("h", "For the police"),
        ("ol", [
            "Chief constables should make sure every domestic abuse file holds the victim's "
            "statement before it goes to a prosecutor.",
            "Chief constables should train supervisors to check files for body-worn video.",
        ]),
        ("h", "For the Crown Prosecution Service"),
        ("ol", [
            "The Crown Prosecution Service should answer a request for a charging decision "
            "within 28 days.",
        ]),
        ("h", "Our findings on the police"),
        ("p", "Files often reached prosecutors without the evidence they needed."),
        ("h", "Recommendation 1"),
        ("p", "Chief constables should make sure every domestic abuse file holds the victim's "
              "statement before it goes to a prosecutor."),
        ("h", "Our findings on the Crown Prosecution Service"),
        ("p", "Decisions took too long in half of the cases we read."),
        ("h", "Recommendation 1"),
        ("p", "The Crown Prosecution Service should answer a request for a charging decision "
              "within 28 days."),
    ],
    [
        (REC, "1", "", "chief constables", "",
         "Chief constables should make sure every domestic abuse file holds the victim's "
         "statement before it goes to a prosecutor."),
        (REC, "2", "", "chief constables", "",
         "Chief constables should train supervisors to check files for body-worn video."),
        (REC, "3", "", "the Crown Prosecution Service", "within 28 days",
         "The Crown Prosecution Service should answer a request for a charging decision within "
         "28 days."),
    ],
    warns=[RENUMBERED, "3 is the report's 1 under “For the Crown Prosecution Service”"],
)  # fmt: skip

# --- 10. Negative controls: text that only talks about findings ---------------------

PRESS_RELEASE = Shape(
    "press-release",
    (10,),
    "Inspectorate publishes its report on the police response to burglary",
    [
        ("p", "Published: 8 August 2024"),
        ("p", "The inspectorate today published its report on how forces respond to burglary. "
              "The report makes six recommendations and identifies four areas for "
              "improvement."),
        ("p", "His Majesty's Inspector said that forces should be proud of some of the work "
              "they do, but that victims deserve better."),
        ("h", "Notes to editors"),
        ("lines", [
            "1. The report is available on our website.",
            "2. Interviews can be arranged through the press office.",
        ]),
    ],
    [],
)  # fmt: skip

FOREWORD = Shape(
    "foreword",
    (10,),
    "State of policing: the annual assessment",
    [
        ("h", "Foreword"),
        ("p", "This is my report to the Secretary of State. Over the year we made many "
              "recommendations and raised causes of concern in eight forces."),
        ("p", "Recommendations were accepted by almost every force, and most have been acted "
              "on."),
        ("p", "Cause of concern was raised about the quality of investigations in too many "
              "places."),
    ],
    [],
)  # fmt: skip

COMMISSIONER = Shape(
    "commissioner-response",
    (10,),
    "Response of the Police and Crime Commissioner for Westshire",
    [
        ("p", "I welcome this report. It found two areas for improvement and one cause of "
              "concern, and the chief constable has assured me that the force is acting on "
              "each of them."),
        ("p", "Area for improvement 1 was closed in May, when the force changed its policy."),
        ("p", "Recommendation 2 has been completed, and I will monitor the rest through my "
              "accountability board."),
    ],
    [],
)  # fmt: skip

SHAPES = [
    INTRODUCED, CAUSE_INTRODUCED, THE_FORCE_COLON, CAUSES_WITHOUT_HEADING, NUMBERING, RUN_TOGETHER,
    WITHOUT_SHOULD, REGISTER, TRACKER_TABLE, ADDRESSEES, TWICE, PRESS_RELEASE, FOREWORD, COMMISSIONER,
    BY_BODY, FOR_SUBHEADINGS, BY_CHAPTER, GROUPED_SUMMARY_AND_BODY,
]  # fmt: skip
