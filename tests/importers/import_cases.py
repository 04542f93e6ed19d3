"""Fixture reports, written for drafter in the style of HMICFRS, and what each holds.

Every builder writes its source into a folder and returns its path; EXPECTED
lists the findings as (kind, number, cause, addressee, deadline, text), exactly
as a writer should see them after import. All bodies named here are fictional.
"""

from __future__ import annotations

from pathlib import Path

from report_printing import Report

REC, COC, AFI = "recommendation", "cause-of-concern", "area-for-improvement"

# --- 1. PEEL force report: single column PDF, unnumbered causes, AFIs -------------


def peel_pdf(folder: Path) -> Path:
    r = Report("PEEL 2025–27: Eastdale Constabulary", "Page {n} of 3")
    r.cover("PEEL 2025–27: An inspection of Eastdale Constabulary")
    r.para("Published: 12 June 2026")
    r.heading("Causes of concern")
    r.heading("Cause of concern")
    r.para(
        "The force isn’t answering emergency and non-emergency calls quickly enough, so it",
        "can’t be sure it is identifying vulnerable callers and responding to them appro-",
        "priately.",
    )
    r.heading("Recommendations")
    r.para("Within three months, the force should:")
    r.bullets(
        ("make sure it has enough call handlers to answer emergency calls within",
         "10 seconds;"),
        ("review its use of the THRIVE risk assessment in the control room; and",),
        ("give call handlers the training they need to identify repeat and vulnerable",
         "callers."),
    )  # fmt: skip
    r.para(
        "We found that in the year to March 2026 the force answered 71 percent of",
        "emergency calls within 10 seconds.^3 This is below the national standard.",
    )
    r.heading("Area for improvement")
    r.para("The force should improve how it records the ethnicity of victims of crime.^4")
    r.heading("Cause of concern")
    r.para(
        "The force doesn’t always safeguard vulnerable people well enough when they",
        "report domestic abuse.",
    )
    r.heading("Recommendation")
    r.set_y(255)
    r.para(
        "Within six months, the force should make sure that officers complete a risk",
        "assessment for every domestic abuse incident, and that supervisors review the",
    )
    r.add_page()
    r.para("highest-risk cases within 24 hours.")
    r.heading("Areas for improvement")
    r.para(
        "The force should make sure that supervisors review investigations regu-",
        "larly and that their reviews are recorded.",
    )
    r.para(
        "The force should improve its multi-",
        "agency safeguarding arrangements with partners.",
    )
    r.para(
        "The force should understand its workforce’s wellbeing needs better,",
        "including those of its police staff and volunteers.",
    )
    r.heading("About this inspection")
    r.para(
        "The public should expect a good service from the police. We inspected",
        "the force in the autumn of 2025.",
    )
    r.add_page()
    r.para("This page intentionally tells the reader about our methods.")
    path = folder / "eastdale-peel.pdf"
    r.output(str(path))
    return path


PEEL = [
    (COC, "1", "", "the force", "",
     "The force isn’t answering emergency and non-emergency calls quickly enough, so it "
     "can’t be sure it is identifying vulnerable callers and responding to them appropriately."),
    (REC, "1", "1", "the force", "within three months",
     "Within three months, the force should:\n"
     "- make sure it has enough call handlers to answer emergency calls within 10 seconds;\n"
     "- review its use of the THRIVE risk assessment in the control room; and\n"
     "- give call handlers the training they need to identify repeat and vulnerable callers."),
    (AFI, "1", "", "the force", "",
     "The force should improve how it records the ethnicity of victims of crime."),
    (COC, "2", "", "the force", "",
     "The force doesn’t always safeguard vulnerable people well enough when they report "
     "domestic abuse."),
    (REC, "2", "2", "the force", "within six months",
     "Within six months, the force should make sure that officers complete a risk assessment "
     "for every domestic abuse incident, and that supervisors review the highest-risk cases "
     "within 24 hours."),
    (AFI, "2", "", "the force", "",
     "The force should make sure that supervisors review investigations regularly and that "
     "their reviews are recorded."),
    (AFI, "3", "", "the force", "",
     "The force should improve its multi-agency safeguarding arrangements with partners."),
    (AFI, "4", "", "the force", "",
     "The force should understand its workforce’s wellbeing needs better, including those of "
     "its police staff and volunteers."),
]  # fmt: skip


# --- 2. National thematic report: two columns (WeasyPrint), 45 recommendations -----

ADDRESSEES = [
    "chief constables",
    "the NPCC lead for vetting",
    "the College of Policing",
    "the Home Office",
    "the Home Office and the College of Policing",
    "chief constables, the NPCC and the College of Policing",
    "the IOPC",
    "police and crime commissioners",
    "the NPCC lead for counter-corruption",
]
LEADS = [
    ("By 31 March 2024, ", "31 March 2024"),
    ("With immediate effect, ", "with immediate effect"),
    ("Within three months, ", "within three months"),
    ("", ""),
    ("Within six months, ", "within six months"),
    ("By 30 September 2024, ", "30 September 2024"),
    ("Immediately, ", "immediately"),
]
ACTIONS = [
    "review how vetting decisions are recorded, so that each can be audited later",
    "make sure that officers who transfer between forces are vetted again before they start",
    "publish guidance on the information that should be shared about misconduct",
    "improve the way intelligence about abuse of position for a sexual purpose is assessed",
    "establish a process for the periodic review of vetting clearances held by officers",
    "make sure that counter-corruption units have enough trained investigators",
    "introduce a national standard for the recording of notifiable associations",
]


def national_recommendation(n: int) -> tuple[str, str, str]:
    """Recommendation ``n``'s (addressee, deadline, text)."""
    addressee = ADDRESSEES[n % len(ADDRESSEES)]
    lead, deadline = LEADS[n % len(LEADS)]
    action = ACTIONS[n % len(ACTIONS)]
    if n == 7:
        return (
            addressee,
            deadline,
            f"{lead}{addressee} should:\n- review their vetting records;\n"
            "- check every clearance granted since 2018; and\n"
            "- report the results to their police and crime commissioner.",
        )
    subject = addressee if lead else addressee[0].upper() + addressee[1:]
    return addressee, deadline, f"{lead}{subject} should {action} (finding {n})."


NATIONAL_TITLE = "An inspection of vetting, misconduct and misogyny in the police service"


def national_html() -> str:
    items = []
    for n in range(1, 46):
        _, _, text = national_recommendation(n)
        head, *bullets = text.split("\n- ")
        body = f"<p>{head}</p>"
        if bullets:
            body += "<ul>" + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>"
        if n == 3:
            body = body.replace("misconduct", "misconduct<sup>12</sup>")
        items.append(f"<h3>Recommendation {n}</h3>{body}")
        if n % 5 == 0:
            items.append(
                "<p>Our findings in this area are set out in chapter "
                f"{n // 5}, with the evidence we gathered from forces.</p>"
            )
    return f"""<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>{NATIONAL_TITLE}</title>
<style>
@page {{ size: A4; margin: 2cm;
  @top-center {{ content: "Vetting, misconduct and misogyny"; font-size: 8pt }}
  @bottom-center {{ content: "Page " counter(page); font-size: 8pt }} }}
body {{ font-family: "DejaVu Sans"; font-size: 10pt; }}
h1 {{ font-size: 20pt }} h3 {{ font-size: 12pt; margin: 8pt 0 4pt }}
.columns {{ columns: 2; column-gap: 1cm; text-align: justify; hyphens: auto }}
</style></head><body>
<h1>{NATIONAL_TITLE}</h1>
<p>Published: 2 November 2023</p>
<div class="columns">
<h2>Recommendations</h2>
{"".join(items)}
</div></body></html>"""


def national_pdf(folder: Path) -> Path:
    import weasyprint

    path = folder / "vetting-national.pdf"
    weasyprint.HTML(string=national_html()).write_pdf(path)
    return path


NATIONAL = [(REC, str(n), "", *national_recommendation(n)) for n in range(1, 46)]


# --- 3. The web page of a thematic report: "3." numbering in an ordered list ------

THEMATIC_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Police response to stalking - His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</title>
<meta name="dcterms.issued" content="2024-04-18">
</head><body>
<header><a href="/">HMICFRS</a><nav><ul><li>Home</li><li>Publications</li>
<li>The force should read our news</li></ul></nav></header>
<main><article>
<h1>Police response to stalking: a thematic inspection</h1>
<p>Published on 18 April 2024</p>
<h2>Summary</h2>
<p>Stalking is a serious crime.<sup><a href="#fn1">1</a></sup> Victims told us the police did not
always believe them.</p>
<h2>Recommendations</h2>
<ol>
<li>By 31 October 2024, chief constables should make sure that every stalking report is
recorded as a crime.<sup><a href="#fn2">2</a></sup></li>
<li>The College of Policing should update its stalking guidance to include:
  <ul><li>how to use stalking protection orders;</li>
  <li>how to assess risk &amp; escalation; and</li>
  <li>what victims should be told.</li></ul></li>
<li>With immediate effect, the NPCC lead for stalking and harassment should write to
chief constables about the findings of this inspection.</li>
</ol>
<h2>Areas for improvement</h2>
<ul>
<li>The force should make sure that victims are told about advocacy services.</li>
<li>The force should improve how it records the outcome of stalking cases.</li>
</ul>
<h2>Next steps</h2>
<p>We will return to this subject in 2026. Forces should tell us what they have done.</p>
</article></main>
<footer><p>The force should follow us on social media.</p></footer>
</body></html>
"""


def thematic_html(folder: Path) -> Path:
    path = folder / "stalking.html"
    path.write_text(THEMATIC_HTML, encoding="utf-8")
    return path


THEMATIC = [
    (REC, "1", "", "chief constables", "31 October 2024",
     "By 31 October 2024, chief constables should make sure that every stalking report is "
     "recorded as a crime."),
    (REC, "2", "", "the College of Policing", "",
     "The College of Policing should update its stalking guidance to include:\n"
     "- how to use stalking protection orders;\n"
     "- how to assess risk & escalation; and\n"
     "- what victims should be told."),
    (REC, "3", "", "the NPCC lead for stalking and harassment", "with immediate effect",
     "With immediate effect, the NPCC lead for stalking and harassment should write to chief "
     "constables about the findings of this inspection."),
    (AFI, "1", "", "the force", "",
     "The force should make sure that victims are told about advocacy services."),
    (AFI, "2", "", "the force", "",
     "The force should improve how it records the outcome of stalking cases."),
]  # fmt: skip


# --- 4. Text pasted from a PDF viewer: "R1" numbering, furniture left in -----------

PASTED_TEXT = """Joint inspection of police custody in Westshire
Published: 21 February 2024

Summary
We inspected custody suites in Westshire in October 2023. Detainees were
treated with respect by staff, but some processes were slow.

Cause of concern 1
Detainees are not always given their rights and entitlements promptly, and some
wait too long for a review of their detention.

R1 By 30 June 2024, the force should make sure that every detainee is told
their rights on arrival, and that the custody record shows this.

Joint inspection of police custody | Westshire

14

R2 With immediate effect, the force and the Westshire Health Board should:make sure
that health care professionals see every detainee who asks to see one, in line
with authorised professional practice.7

Other recommendations

R3 The College of Policing should review its guidance on custody reviews so
that they are carried out in per-

Joint inspection of police custody | Westshire

15

son, not by video link, unless the detainee agrees.

Joint inspection of police custody | Westshire

16

R4 Within three months, the Home Office should publish the data it holds on
detention times.
"""


def pasted_text(folder: Path) -> Path:
    path = folder / "westshire-custody.txt"
    path.write_text(PASTED_TEXT, encoding="utf-8")
    return path


PASTED = [
    (COC, "1", "", "", "",
     "Detainees are not always given their rights and entitlements promptly, and some wait "
     "too long for a review of their detention."),
    (REC, "1", "1", "the force", "30 June 2024",
     "By 30 June 2024, the force should make sure that every detainee is told their rights on "
     "arrival, and that the custody record shows this."),
    (REC, "2", "1", "the force and the Westshire Health Board", "with immediate effect",
     "With immediate effect, the force and the Westshire Health Board should: make sure that "
     "health care professionals see every detainee who asks to see one, in line with "
     "authorised professional practice."),
    (REC, "3", "", "the College of Policing", "",
     "The College of Policing should review its guidance on custody reviews so that they are "
     "carried out in person, not by video link, unless the detainee agrees."),
    (REC, "4", "", "the Home Office", "within three months",
     "Within three months, the Home Office should publish the data it holds on detention "
     "times."),
]  # fmt: skip


# --- 5. Markdown of an older HMIC report: "3." numbering, HMIC recommends ----------

OLDER_MARKDOWN = """# Stop and search powers: are the police using them effectively and fairly?

Published 9 July 2013

## Recommendations

1. Not later than 31 March 2014, chief constables should publish their stop and search
   records in a form the public can understand.
2. HMIC recommends that within six months the College of Policing should review the
   training it provides on stop and search.
3. Chief constables should immediately make sure that officers record the grounds for
   every search.
4. The Home Office should:
   - amend the code of practice so that it is easier to follow; and
   - publish the number of searches each year.

## Areas for improvement

- The force should improve the supervision of stop and search.
- The force should explain to communities how it uses the power.

## Next steps

1. We will inspect again in 2015.
2. Forces should let us know what they have done.
"""


def older_markdown(folder: Path) -> Path:
    path = folder / "stop-and-search.md"
    path.write_text(OLDER_MARKDOWN, encoding="utf-8")
    return path


OLDER = [
    (REC, "1", "", "chief constables", "31 March 2014",
     "Not later than 31 March 2014, chief constables should publish their stop and search "
     "records in a form the public can understand."),
    (REC, "2", "", "the College of Policing", "within six months",
     "HMIC recommends that within six months the College of Policing should review the "
     "training it provides on stop and search."),
    (REC, "3", "", "chief constables", "immediately",
     "Chief constables should immediately make sure that officers record the grounds for "
     "every search."),
    (REC, "4", "", "the Home Office", "",
     "The Home Office should:\n"
     "- amend the code of practice so that it is easier to follow; and\n"
     "- publish the number of searches each year."),
    (AFI, "1", "", "the force", "",
     "The force should improve the supervision of stop and search."),
    (AFI, "2", "", "the force", "",
     "The force should explain to communities how it uses the power."),
]  # fmt: skip


# --- 6. Accelerated cause of concern: core fonts, numbered, inline colons ---------


def accelerated_pdf(folder: Path) -> Path:
    r = Report("Accelerated cause of concern: Northfield Police", "- {n} -", unicode=False)
    r.cover("Accelerated cause of concern: Northfield Police")
    r.para("Published: 5 March 2025")
    r.heading("Cause of concern 1")
    r.para(
        "Northfield Police does not understand the demand it faces from missing",
        "children, and so cannot be sure that it keeps them safe.",
    )
    r.heading("Recommendation 1")
    r.para(
        "By 30 April 2025, the force should review every open missing child case",
        "and record its assessment of the risk to the child.",
    )
    r.para(
        "Recommendation 2: By 31 May 2025, the force should make sure that supervisors",
        "check the risk assessment in every missing child case within one hour.",
    )
    r.set_y(262)
    r.heading("Recommendation 3")
    r.para("By 30 June 2025, the force and its safeguarding partners should agree a")
    r.add_page()
    r.para(
        "joint protocol for children who go missing from care, and publish it on",
        "their websites.",
    )
    r.heading("Our next steps")
    r.para(
        "We will revisit the force in the summer of 2025 to check its progress.",
        "The force should write to us before then.",
    )
    path = folder / "northfield-accelerated.pdf"
    r.output(str(path))
    return path


ACCELERATED = [
    (COC, "1", "", "", "",
     "Northfield Police does not understand the demand it faces from missing children, and so "
     "cannot be sure that it keeps them safe."),
    (REC, "1", "1", "the force", "30 April 2025",
     "By 30 April 2025, the force should review every open missing child case and record its "
     "assessment of the risk to the child."),
    (REC, "2", "1", "the force", "31 May 2025",
     "By 31 May 2025, the force should make sure that supervisors check the risk assessment in "
     "every missing child case within one hour."),
    (REC, "3", "1", "the force and its safeguarding partners", "30 June 2025",
     "By 30 June 2025, the force and its safeguarding partners should agree a joint protocol "
     "for children who go missing from care, and publish it on their websites."),
]  # fmt: skip
