"""Word output of the letter, narrative and action-plan layouts, read back with python-docx.

Each layout's .docx must say what the same layout's Markdown says (same words, same
order), with real Word headings, paragraphs and tables. Every document is built once
for the module.
"""

from __future__ import annotations

import io
import re
import zipfile
from html import unescape
from pathlib import Path

import docx
import pytest
from binary_cases import NORTHMOOR, WILTSHIRE, body, cell_lines, docx_words, load, open_docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table
from docx.text.paragraph import Paragraph

from drafter.model import ActionStatus, Draft, Finding, FindingKind
from drafter.render.docx import render_docx
from drafter.render.docx.layout_parts import QUOTE
from drafter.render.docx.tables import (
    ROW_LINES_THAT_FIT,
    lines_that_fit,
    row_flags,
    word_width_cm,
)
from drafter.render.text_formats import render_text

LAYOUTS = ("letter", "narrative", "action-plan")
DRAFTS = {"northmoor": NORTHMOOR, "wiltshire": WILTSHIRE}
CASES = [(name, layout) for name in DRAFTS for layout in LAYOUTS]
MARKING = "DRAFT – not signed off"

NORTHMOOR_TITLE = (
    "RESPONSE OF THE POLICE, FIRE AND CRIME COMMISSIONER OF NORTHMOOR AND DALE "
    "TO THE HMICFRS REPORT"
)
NORTHMOOR_REPORT = (
    "PEEL 2025–27: An inspection of Northmoor Constabulary (a fictional example) (October 2026)"
)
NORTHMOOR_S55 = (
    "Under section 55 of the Police Act 1996, the Police, Fire and Crime Commissioner of "
    "Northmoor and Dale publishes these comments, with those of the Chief Constable of "
    'Northmoor Constabulary, on the HMICFRS report "PEEL 2025–27: An inspection of Northmoor '
    'Constabulary (a fictional example)", published on 16 October 2026, and sends a copy to '
    "the Home Secretary and to HMICFRS."
)
WILTSHIRE_S55 = (
    "Under section 55 of the Police Act 1996, the Police and Crime Commissioner of Wiltshire "
    "and Swindon publishes these comments, with those of the Chief Constable of Wiltshire "
    'Police, on the HMICFRS report "Counter-terrorism policing - An inspection of the '
    "police's contribution to the government's Prevent programme\", published on 9 March "
    "2020, and sends a copy to the Home Secretary and to HMICFRS."
)
WILTSHIRE_NOTED = "Wiltshire Police notes the other 7 recommendations to the NPCC National Lead."


@pytest.fixture(scope="module")
def built() -> dict[tuple[str, str], bytes]:
    return {
        (name, layout): render_docx(load(DRAFTS[name]), layout=layout) for name, layout in CASES
    }


def word_of(built: dict[tuple[str, str], bytes], name: str, layout: str) -> WordDocument:
    return open_docx(built[name, layout])


# --- reading back ----------------------------------------------------------------


def markdown_words(text: str) -> list[str]:
    """The words a reader of the Markdown sees: marks, quote bars, bullets and pipes go."""
    text = re.sub(r"(?m)^[ \t]*(#{1,6}|>)[ \t]?", "", text)
    text = re.sub(r"(?m)^[ \t]*- ", "", text)  # a bullet; "\-" in the draft's text stays
    text = re.sub(r"(?m)^\|(\s*-{3,}\s*\|)+\s*$", "", text)
    text = re.sub(r"(?m)^\.{10,}$", "", text)  # the letter's line to sign on: Word leaves room
    text = text.replace("<br>", " ").replace("**", " ").replace("•", " ")
    text = re.sub(r"(?<!\\)\|", " ", text)
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    return text.split()


def shape(word: WordDocument) -> list[tuple[str, str]]:
    """The body as (style, text), tables as ("table", ""), without empty spacer paragraphs."""
    return [
        ("table", "") if isinstance(b, Table) else (b.style.name, b.text)
        for b in body(word)
        if not (isinstance(b, Paragraph) and b.text == "")
    ]


def lines(narrative: str) -> list[str]:
    return [line.strip() for line in narrative.split("\n") if line.strip()]


def as_paragraphs(narrative: str) -> list[tuple[str, str]]:
    """A draft's narrative as (style, text) paragraphs: "- " lines are Word bullet items."""
    return [
        ("List Bullet", line[2:]) if line.startswith("- ") else ("Normal", line)
        for line in lines(narrative)
    ] or [("Normal", "")]


def finding(draft: Draft, kind: FindingKind, number: str) -> Finding:
    return next(f for f in draft.findings if f.kind is kind and f.number == number)


REC, CAUSE, AFI = (
    FindingKind.RECOMMENDATION,
    FindingKind.CAUSE_OF_CONCERN,
    FindingKind.AREA_FOR_IMPROVEMENT,
)
NORTHMOOR_OTHERS = [
    (CAUSE, "1", "Cause of concern 1"),
    (CAUSE, "2", "Cause of concern 2"),
    (AFI, "1", "Area for improvement 1"),
    (AFI, "2", "Area for improvement 2"),
    (AFI, "3", "Area for improvement 3"),
]


# --- every layout ------------------------------------------------------------------


@pytest.mark.parametrize(("name", "layout"), CASES)
def test_same_words_in_the_same_order_as_the_markdown(built, name: str, layout: str) -> None:
    draft = load(DRAFTS[name])
    said = docx_words(word_of(built, name, layout))
    markdown = markdown_words(render_text(draft, "md", layout=layout))
    # Word marks DRAFT at the top and the end of the text too, as the Markdown does
    assert said == markdown


@pytest.mark.parametrize(("name", "layout"), CASES)
def test_every_recommendation_is_present(built, name: str, layout: str) -> None:
    """s.55(5B): each recommendation's text and response in HMICFRS order, or its group."""
    draft = load(DRAFTS[name])
    said = " ".join(docx_words(word_of(built, name, layout)))
    position = 0
    grouped = []
    for rec in draft.report.recommendations():
        if draft.grouped_as_noted(rec):
            grouped.append(rec.number)
            continue
        for part in lines(rec.text) + lines(rec.response):
            part = part.removeprefix("- ")
            found = said.find(part, position)
            assert found != -1, f"{rec.title}: {part[:60]!r} missing or out of order"
            position = found + len(part)
    if name == "wiltshire":
        assert grouped == ["2", "3", "4", "5", "6", "7", "8"]
        assert said.find(WILTSHIRE_NOTED, position) != -1
        numbered = {"letter": "", "narrative": "2, 3, 4, 5, 6, 7 and 8", "action-plan": "2, 3, 4"}
        assert numbered[layout] in said
    else:
        assert grouped == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_draft_marking_until_signed_off(built, layout: str) -> None:
    word = word_of(built, "northmoor", layout)
    assert (word.paragraphs[0].style.name, word.paragraphs[0].text) == ("Draft Marking", MARKING)
    assert [p.text for p in word.sections[0].header.paragraphs] == [MARKING]
    assert word.core_properties.content_status == "Draft"

    signed = built["wiltshire", layout]
    with zipfile.ZipFile(io.BytesIO(signed)) as package:
        for part in package.namelist():
            if part.endswith(".xml"):
                assert b"DRAFT" not in package.read(part), part
    assert open_docx(signed).core_properties.content_status == "Signed off"


# --- letter ------------------------------------------------------------------------


def two_column_rows(
    draft: Draft, kinds: list[tuple[FindingKind, str, str]]
) -> list[list[list[tuple[str, str]]]]:
    return [
        [
            ([("Normal", label)] if label else []) + as_paragraphs(finding(draft, *k).text),
            as_paragraphs(finding(draft, *k).response),
        ]
        for *k, label in kinds
    ]


def test_letter_northmoor_in_order(built) -> None:
    draft = load(NORTHMOOR)
    comments = lines(draft.response.commissioner.comments)
    assert len(comments) == 3
    # no profile: no letterhead or reference; not signed: no date
    assert shape(word_of(built, "northmoor", "letter")) == [
        ("Draft Marking", MARKING),
        ("Normal", "To: the Home Secretary\nHM Inspector, HMICFRS"),
        ("Normal", "Dear Home Secretary and HM Inspector,"),
        ("Heading 1", NORTHMOOR_TITLE),
        ("Heading 2", NORTHMOOR_REPORT),
        ("Normal", NORTHMOOR_S55),
        ("Heading 3", "Police, Fire and Crime Commissioner's comments"),
        *[("Normal", line) for line in comments],
        ("Heading 3", "Chief Constable's comments"),
        ("Normal", draft.response.chief.comments.strip()),
        ("table", ""),
        ("table", ""),
        ("Normal", "Yours sincerely,"),
        ("Normal", "Alex Morgan\nPolice, Fire and Crime Commissioner of Northmoor and Dale"),
        ("Normal", "Sam Okafor\nChief Constable, Northmoor Constabulary"),
        ("Copy Recipients", "Cc: HM Inspector of Constabulary (fictional recipient)"),
        ("Draft Marking", "DRAFT – not signed off"),
    ]


def test_letter_northmoor_tables_every_row_and_cell(built) -> None:
    draft = load(NORTHMOOR)
    recommendations, others = word_of(built, "northmoor", "letter").tables
    assert cell_lines(recommendations) == [
        [[("Normal", "Recommendations")], [("Normal", "Northmoor response")]],
        *two_column_rows(draft, [(REC, n, "") for n in "1234567"]),
    ]
    assert cell_lines(others) == [
        [
            [("Normal", "Causes of concern and areas for improvement")],
            [("Normal", "Northmoor response")],
        ],
        *two_column_rows(draft, NORTHMOOR_OTHERS),
    ]
    assert others.rows[1].cells[0].paragraphs[0].runs[0].bold is True
    for table in (recommendations, others):
        assert [row_flags(r) for r in table.rows] == [{"tblHeader", "cantSplit"}, set()] + [
            {"cantSplit"}
        ] * (len(table.rows) - 2)


def test_letter_wiltshire_dated_with_noted_row_and_signatures(built) -> None:
    draft = load(WILTSHIRE)
    word = word_of(built, "wiltshire", "letter")
    paragraphs = [p for p in word.paragraphs if p.text]
    # dated the day of the later sign-off (the commissioner's), not of publication
    date = paragraphs[0]
    assert (date.text, date.alignment) == ("27 April 2020", WD_ALIGN_PARAGRAPH.RIGHT)
    assert [p.text for p in paragraphs[1:5]] == [
        "To: the Home Secretary\nHM Inspector, HMICFRS",
        "Dear Home Secretary and HM Inspector,",
        *[h.text for h in word.paragraphs if h.style.name in ("Heading 1", "Heading 2")],
    ]
    assert paragraphs[5].text == WILTSHIRE_S55
    (table,) = word.tables
    rec1 = finding(draft, REC, "1")
    assert cell_lines(table) == [
        [[("Normal", "Recommendations")], [("Normal", "Wiltshire response")]],
        [as_paragraphs(rec1.text), as_paragraphs(rec1.response)],
        [[("Normal", WILTSHIRE_NOTED)], as_paragraphs(draft.response.noted[0].statement)],
    ]
    closing = next(i for i, p in enumerate(paragraphs) if p.text == "Yours sincerely,")
    signatures = paragraphs[closing + 1 : closing + 3]
    assert [[(r.text, r.bold) for r in p.runs] for p in signatures] == [
        [
            ("Angus Macpherson", True),
            ("\n", None),
            ("Police and Crime Commissioner of Wiltshire and Swindon", None),
            ("\n", None),
            ("Signed off by Angus Macpherson on 27 April 2020", None),
        ],
        [
            ("Kier Pritchard", True),
            ("\n", None),
            ("Chief Constable, Wiltshire Police", None),
            ("\n", None),
            ("Signed off by Kier Pritchard on 24 April 2020", None),
        ],
    ]
    # Room to sign above each name; the close kept with the last row of the table before
    # it and with the first signature, the last signature with the Cc list after it.
    assert [round(s.paragraph_format.space_before.cm, 1) for s in signatures] == [2.0, 2.0]
    assert paragraphs[closing].paragraph_format.keep_with_next is True
    assert [bool(s.paragraph_format.keep_with_next) for s in signatures] == [False, True]
    last_row = table.rows[-1].cells[0].paragraphs + table.rows[-1].cells[1].paragraphs
    assert all(p.paragraph_format.keep_with_next for p in last_row)


def test_letter_s55_paragraph_matches_the_html_letter(built) -> None:
    """letter.html.j2 keeps its own copy of the s.55 wording that Word takes from
    _layout_text.j2: the two must say the same."""
    for name, expected in (("northmoor", NORTHMOOR_S55), ("wiltshire", WILTSHIRE_S55)):
        page = render_text(load(DRAFTS[name]), "html", layout="letter")
        paragraph = re.search(r"<p>(Under section 55.*?)</p>", page, re.S)
        assert paragraph is not None
        assert " ".join(unescape(paragraph.group(1)).split()) == expected
        word = word_of(built, name, "letter")
        assert [p.text for p in word.paragraphs if p.text.startswith("Under section 55")] == [
            expected
        ]


def test_letter_signs_with_titles_alone_when_names_are_missing() -> None:
    draft = load(NORTHMOOR)
    draft.response.commissioner.name = ""
    draft.response.chief.name = "  "
    word = open_docx(render_docx(draft, layout="letter"))
    texts = [p.text for p in word.paragraphs]
    closing = texts.index("Yours sincerely,")
    assert texts[closing + 1 : closing + 3] == [
        "Police, Fire and Crime Commissioner of Northmoor and Dale",
        "Chief Constable, Northmoor Constabulary",
    ]


# --- narrative ---------------------------------------------------------------------


def test_narrative_headings_and_no_tables(built) -> None:
    word = word_of(built, "northmoor", "narrative")
    assert word.tables == []
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Head")]
    assert headings == [
        ("Heading 1", NORTHMOOR_TITLE),
        ("Heading 2", NORTHMOOR_REPORT),
        ("Heading 3", "Police, Fire and Crime Commissioner's comments"),
        ("Heading 3", "Chief Constable's comments"),
        ("Heading 3", "Recommendations"),
        *[("Heading 4", f"Recommendation {n}") for n in range(1, 8)],
        ("Heading 3", "Causes of concern and areas for improvement"),
        *[("Heading 4", label) for _, _, label in NORTHMOOR_OTHERS],
    ]
    style = word.styles["Heading 4"]
    assert (style.font.bold, style.font.italic) == (True, False)
    assert str(style.font.color.rgb) == "000000"
    assert style.element.rPr.find(qn("w:rFonts")).get(qn("w:ascii")) == "Arial"


def section_after(word: WordDocument, heading: str) -> list[Paragraph]:
    """The paragraphs under a Heading 4, up to the next heading."""
    paragraphs = word.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == heading) + 1
    out = []
    for paragraph in paragraphs[start:]:
        if paragraph.style.name.startswith("Heading") or paragraph.style.name == "Copy Recipients":
            break
        out.append(paragraph)
    return out


def has_left_rule(paragraph: Paragraph) -> bool:
    own = paragraph._p.pPr.find(f"{qn('w:pBdr')}/{qn('w:left')}") is not None
    style = paragraph.style.element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:left')}")
    return own or style is not None


def test_narrative_finding_quoted_then_response(built) -> None:
    draft = load(NORTHMOOR)
    word = word_of(built, "northmoor", "narrative")
    rec2 = finding(draft, REC, "2")
    under = section_after(word, "Recommendation 2")
    quoted = [(QUOTE, t) if s == "Normal" else (s, t) for s, t in as_paragraphs(rec2.text)]
    assert [(p.style.name, p.text) for p in under] == quoted + as_paragraphs(rec2.response)
    assert [has_left_rule(p) for p in under] == [True] * 4 + [False] * 2
    # A finding with no response yet is quoted and nothing more.
    cause2 = section_after(word, "Cause of concern 2")
    assert [(p.style.name, p.text) for p in cause2] == [
        (QUOTE, lines(finding(draft, CAUSE, "2").text)[0])
    ]
    style = word.styles[QUOTE]
    assert style.base_style.name == "Normal"
    assert style.paragraph_format.left_indent.twips == Cm(0.5).twips


def test_narrative_wiltshire_noted_group_under_its_numbers(built) -> None:
    draft = load(WILTSHIRE)
    word = word_of(built, "wiltshire", "narrative")
    under = section_after(word, "Recommendations 2, 3, 4, 5, 6, 7 and 8")
    assert [(p.style.name, p.text) for p in under] == [
        ("Normal", WILTSHIRE_NOTED),
        *as_paragraphs(draft.response.noted[0].statement),
    ]


def test_narrative_with_a_reference_lacking_heading_4(tmp_path: Path) -> None:
    """A reference document made in Word rarely defines Heading 4 or drafter's quote style:
    both are supplied; an office's own Finding Quote style is kept as it is."""
    reference = docx.Document()
    heading = reference.styles["Heading 4"].element
    heading.getparent().remove(heading)
    office_quote = reference.styles.add_style(QUOTE, WD_STYLE_TYPE.PARAGRAPH)
    office_quote.font.italic = True
    path = tmp_path / "office.docx"
    reference.save(str(path))

    word = open_docx(render_docx(load(NORTHMOOR), layout="narrative", reference=path))
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 4"][:2] == [
        "Recommendation 1",
        "Recommendation 2",
    ]
    style = word.styles[QUOTE]
    assert style.font.italic is True
    assert style.element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is None
    assert style.paragraph_format.left_indent is None


# --- action plan -------------------------------------------------------------------

PLAN_HEADINGS = ["Number", "Finding", "Decision", "{} response", "Owner", "Target date", "Status"]


def plan_rows(table: Table) -> list[list[object]]:
    """Each row: the short columns as text, the finding and response as paragraphs."""
    rows = []
    for row in table.rows[1:]:
        cells = row.cells
        rows.append(
            [
                cells[0].text,
                [(p.style.name, p.text) for p in cells[1].paragraphs],
                cells[2].text,
                [(p.style.name, p.text) for p in cells[3].paragraphs],
                *[c.text for c in cells[4:]],
            ]
        )
    return rows


def plan_row(draft: Draft, kind: FindingKind, number: str, short: tuple[str, ...]) -> list[object]:
    """The row of a finding: ``short`` holds its number, decision, and the short columns
    after the response that the table shows (owner, target date, status)."""
    f = finding(draft, kind, number)
    return [short[0], as_paragraphs(f.text), short[1], as_paragraphs(f.response), *short[2:]]


def test_action_plan_is_landscape_a4(built) -> None:
    for name in DRAFTS:
        (section,) = word_of(built, name, "action-plan").sections
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert (section.page_width.twips, section.page_height.twips) == (16838, 11906)
        margins = (section.left_margin.twips, section.right_margin.twips)
        assert margins == (Cm(2).twips, Cm(2).twips)


def test_action_plan_northmoor_every_row_and_cell(built) -> None:
    draft = load(NORTHMOOR)
    word = word_of(built, "northmoor", "action-plan")
    recommendations, others = word.tables
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 3"]
    assert headings[2:] == ["Recommendations", "Causes of concern and areas for improvement"]
    header = [c.text for c in recommendations.rows[0].cells]
    assert header == [h.format("Northmoor") for h in PLAN_HEADINGS[:-1]]  # no status yet
    assert [c.text for c in others.rows[0].cells] == header
    assert plan_rows(recommendations) == [
        plan_row(
            draft,
            REC,
            "1",
            ("1", "Accepted", "Chief Superintendent, Contact Management", "31 March 2027"),
        ),
        plan_row(
            draft,
            REC,
            "2",
            ("2", "Partially accepted", "Head of Learning and Development", "31 March 2027"),
        ),
        plan_row(draft, REC, "3", ("3", "", "", "")),
        plan_row(draft, REC, "4", ("4", "Not accepted", "", "")),
        *[plan_row(draft, REC, n, (n, "", "", "")) for n in "567"],
    ]
    assert plan_rows(others) == [
        plan_row(
            draft,
            CAUSE,
            "1",
            ("Cause of concern 1", "Accepted", "Chief Superintendent, Contact Management", ""),
        ),
        plan_row(draft, CAUSE, "2", ("Cause of concern 2", "", "", "")),
        plan_row(
            draft,
            AFI,
            "1",
            ("Area for improvement 1", "Accepted", "Head of Crime Recording", "30 June 2027"),
        ),
        plan_row(draft, AFI, "2", ("Area for improvement 2", "", "", "")),
        plan_row(
            draft,
            AFI,
            "3",
            (
                "Area for improvement 3",
                "Partially accepted",
                "Director of People",
                "30 September 2027",
            ),
        ),
    ]


def test_action_plan_wiltshire_noted_group_row(built) -> None:
    draft = load(WILTSHIRE)
    (table,) = word_of(built, "wiltshire", "action-plan").tables
    assert plan_rows(table) == [
        plan_row(draft, REC, "1", ("1", "Accepted", "Supt Williams, Head of Operations")),
        [
            "2, 3, 4, 5, 6, 7, 8",
            [("Normal", WILTSHIRE_NOTED)],
            "Noted",
            as_paragraphs(draft.response.noted[0].statement),
            "",
        ],
    ]


def test_action_plan_columns_fill_the_landscape_width_and_keep_words_whole(built) -> None:
    """Word breaks a word wider than its column ("Area for improve|ment"): each column is
    at least as wide as its longest word needs; the finding and the response share the
    rest, with the share of the Status column the plan leaves out."""
    for table in word_of(built, "northmoor", "action-plan").tables:
        columns = [[cell.text for cell in column.cells] for column in table.columns]
        for row in table.rows:
            widths = [cell.width for cell in row.cells]
            assert abs(sum(widths) - Cm(25.7)) < Cm(0.01)  # 297mm less 2cm margins each side
            for width, texts in zip(widths, columns, strict=True):
                assert width > Cm(word_width_cm(texts) - 0.01), texts[0]
            assert widths[1] == widths[3] > Cm(6)
    # only the second table has "Area for improvement 1" in its number column
    tables = word_of(built, "northmoor", "action-plan").tables
    first, second = (table.rows[0].cells[0].width for table in tables)
    assert first < Cm(2.5) < Cm(2.9) < second


def test_a_word_too_long_for_any_column_does_not_squeeze_the_others() -> None:
    """An owner given as an email address breaks wherever it is put: its column grows to a
    sixth of the table at most, and "Area for improvement" still fits its column."""
    draft = load(NORTHMOOR)
    area = finding(draft, AFI, "1")
    area.owner = "head.of.crime.recording.and.data.quality@northmoor.police.example.uk"
    table = open_docx(render_docx(draft, layout="action-plan")).tables[1]
    number, finding_, _, response, owner, _ = (cell.width for cell in table.rows[0].cells)
    assert owner <= Cm(25.7 / 6) + Cm(0.01)
    assert number > Cm(word_width_cm(["improvement"]) - 0.01)
    assert finding_ == response > Cm(6)


def _reference(folder: Path, size: float, face: str | None = "Arial") -> Path:
    """A reference document whose Normal style sets ``size`` points of ``face``."""
    from docx.shared import Pt

    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.size = Pt(size)
    if face is not None:
        normal.font.name = face
    path = folder / f"normal-{size}pt-{face}.docx"
    word.save(path)
    return path


def test_a_reference_documents_body_text_sets_the_scale_of_the_estimates(tmp_path) -> None:
    from drafter.render.docx.body_font import BodyFont, body_font

    assert body_font(open_docx(render_docx(load(NORTHMOOR)))) == BodyFont(11, "Arial")
    assert body_font(docx.Document(_reference(tmp_path, 14))) == BodyFont(14, "Arial")
    # No face of its own: the theme's body font (python-docx's template: Cambria), and
    # no size of its own: the document defaults' 11pt.
    plain = docx.Document()
    assert body_font(plain) == BodyFont(11, "Cambria")
    assert BodyFont(14, "Arial").width_scale == BodyFont(14, "Arial").height_scale == 14 / 11
    assert BodyFont(11, "Courier New").width_scale > 1.1
    assert BodyFont(11, "Calibri").width_scale == 1.0  # narrower than Arial: room to spare


def test_action_plan_columns_widen_for_a_larger_body_text(tmp_path) -> None:
    """A reference document's 14pt body text: "improvement" needs 14/11 of the room it
    needs at 11pt, and the number column has it; rows fit fewer lines to a page."""
    reference = _reference(tmp_path, 14)
    draft = load(NORTHMOOR)
    plain = open_docx(render_docx(draft, layout="action-plan")).tables[1]
    large = open_docx(render_docx(draft, layout="action-plan", reference=reference)).tables[1]
    number = large.rows[0].cells[0].width
    assert number > Cm(word_width_cm(["improvement"], 14 / 11) - 0.01)
    assert number > plain.rows[0].cells[0].width
    assert lines_that_fit(large.rows[0]) < lines_that_fit(plain.rows[0])


def test_action_plan_status_and_one_line_owner() -> None:
    draft = load(NORTHMOOR)
    rec = finding(draft, REC, "3")
    rec.action_status = ActionStatus.IN_PROGRESS
    rec.owner = "Detective Superintendent,\nPublic Protection"
    table = open_docx(render_docx(draft, layout="action-plan")).tables[0]
    assert [c.text for c in table.rows[3].cells[4:]] == [
        "Detective Superintendent, Public Protection",
        "",
        "In progress",
    ]


def test_action_plan_row_too_tall_for_a_landscape_page_may_split() -> None:
    """A row after the first is kept whole unless it is taller than a page holds: about
    26 lines of a landscape page, 40 of a portrait one (kept whole, a taller row left
    its heading alone on a blank page). Recommendation 2 with about 30 lines of response
    may split in the action plan; the letter's portrait table keeps it whole."""
    draft = load(NORTHMOOR)
    line = "The force will train every call handler in the new risk assessment by May."
    finding(draft, REC, "2").response = "\n".join([line] * 10)
    plan = open_docx(render_docx(draft, layout="action-plan")).tables[0]
    assert [row_flags(r) for r in plan.rows[:4]] == [
        {"tblHeader", "cantSplit"}, set(), set(), {"cantSplit"}
    ]  # fmt: skip
    assert lines_that_fit(plan.rows[0]) == 26
    letter = open_docx(render_docx(draft, layout="letter")).tables[0]
    assert [row_flags(r) for r in letter.rows[:4]] == [
        {"tblHeader", "cantSplit"}, set(), {"cantSplit"}, {"cantSplit"}
    ]  # fmt: skip
    assert lines_that_fit(letter.rows[0]) == ROW_LINES_THAT_FIT


def test_render_command_writes_each_layout(cli, northmoor: Path, tmp_path: Path) -> None:
    out = tmp_path / "narrative.docx"
    result = cli("render", northmoor, "--layout", "narrative", "-o", out)
    assert (result.status, result.out, result.err) == (0, "", "")
    word = docx.Document(str(out))
    assert next(p.text for p in word.paragraphs if p.style.name == "Heading 4") == (
        "Recommendation 1"
    )
