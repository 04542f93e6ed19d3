"""Word output: the .docx read back with python-docx, element by element.

The two example drafts are rendered once (binary_cases.rendered); each test opens
its own copy of the bytes.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from binary_cases import (
    NORTHMOOR,
    WILTSHIRE,
    body,
    cell_lines,
    docx_words,
    load,
    open_docx,
    reference_words,
    rendered,
)
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table
from docx.text.paragraph import Paragraph

from drafter.errors import TemplateProblem, UsageError
from drafter.model import FindingKind
from drafter.render.docx import render_docx
from drafter.render.docx.builders import BUILDERS
from drafter.render.docx.tables import ROW_LINES_THAT_FIT, row_flags

MARKING = "DRAFT – not signed off"


@pytest.fixture(scope="module")
def northmoor_bytes() -> bytes:
    return rendered(NORTHMOOR, "docx")


@pytest.fixture(scope="module")
def wiltshire_bytes() -> bytes:
    return rendered(WILTSHIRE, "docx")


def finding_text(kind: FindingKind, number: str, field: str = "text") -> list[str]:
    """The lines of a finding's text or response in the Northmoor draft itself."""
    draft = load(NORTHMOOR)
    finding = next(f for f in draft.findings if f.kind is kind and f.number == number)
    return [line for line in getattr(finding, field).split("\n") if line.strip()]


def as_cell(lines: list[str]) -> list[tuple[str, str]]:
    """Draft lines as (style, text) paragraphs: "- " lines are Word bullet items."""
    if not lines:
        return [("Normal", "")]
    return [
        ("List Bullet", line[2:]) if line.startswith("- ") else ("Normal", line) for line in lines
    ]


def test_northmoor_body_in_order(northmoor_bytes: bytes) -> None:
    blocks = body(open_docx(northmoor_bytes))
    shape = [
        ("table", None) if isinstance(b, Table) else (b.style.name, b.text)
        for b in blocks
        if not (isinstance(b, Paragraph) and b.text == "")
    ]
    assert shape == [
        ("Draft Marking", MARKING),
        (
            "Heading 1",
            "RESPONSE OF THE POLICE, FIRE AND CRIME COMMISSIONER OF NORTHMOOR AND DALE "
            "TO THE HMICFRS REPORT",
        ),
        (
            "Heading 2",
            "PEEL 2025–27: An inspection of Northmoor Constabulary (a fictional example) "
            "(October 2026)",
        ),
        ("Heading 3", "Police, Fire and Crime Commissioner's comments"),
        (
            "Normal",
            "This is a fictional example draft, written to show what drafter can do; "
            "Northmoor and Dale, its force and its people do not exist.",
        ),
        ("Normal", load(NORTHMOOR).response.commissioner.comments.split("\n")[1]),
        (
            "Normal",
            "I am pleased that the inspectorate recognised the force's work with partners on "
            "neighbourhood crime, and I will continue to fund it.",
        ),
        ("Heading 3", "Chief Constable's comments"),
        ("Normal", load(NORTHMOOR).response.chief.comments.strip()),
        ("table", None),
        ("table", None),
        ("Copy Recipients", "Cc: HM Inspector of Constabulary (fictional recipient)"),
        ("Copy Recipients", "Chief Constable Sam Okafor, Northmoor Constabulary (fictional)"),
        ("Draft Marking", "DRAFT – not signed off"),
    ]


def test_the_two_tables_are_kept_apart(northmoor_bytes: bytes) -> None:
    """Word merges adjacent tables: a paragraph must sit between them."""
    blocks = body(open_docx(northmoor_bytes))
    kinds = [type(b).__name__ for b in blocks]
    first = kinds.index("Table")
    assert kinds[first : first + 3] == ["Table", "Paragraph", "Table"]


def test_recommendations_table_every_row_and_cell(northmoor_bytes: bytes) -> None:
    table = open_docx(northmoor_bytes).tables[0]
    rec = FindingKind.RECOMMENDATION
    expected = [[[("Normal", "Recommendations")], [("Normal", "Northmoor response")]]]
    for number in "1234567":
        expected.append(
            [as_cell(finding_text(rec, number)), as_cell(finding_text(rec, number, "response"))]
        )
    assert cell_lines(table) == expected
    # Recommendation 2's bullet list stays a list, with its lead-in as a paragraph.
    assert cell_lines(table)[2][0] == [
        ("Normal", "By 31 March 2027, the force should:"),
        ("List Bullet", "review its use of the THRIVE risk assessment in the control room;"),
        ("List Bullet", "make sure supervisors check the quality of risk assessments; and"),
        (
            "List Bullet",
            "give call handlers the training they need to identify repeat and vulnerable callers.",
        ),
    ]


def test_causes_and_areas_table_every_row_and_cell(northmoor_bytes: bytes) -> None:
    table = open_docx(northmoor_bytes).tables[1]
    cause, afi = FindingKind.CAUSE_OF_CONCERN, FindingKind.AREA_FOR_IMPROVEMENT
    expected = [
        [
            [("Normal", "Causes of concern and areas for improvement")],
            [("Normal", "Northmoor response")],
        ]
    ]
    for kind, number, label in [
        (cause, "1", "Cause of concern 1"),
        (cause, "2", "Cause of concern 2"),
        (afi, "1", "Area for improvement 1"),
        (afi, "2", "Area for improvement 2"),
        (afi, "3", "Area for improvement 3"),
    ]:
        expected.append(
            [
                [("Normal", label), *as_cell(finding_text(kind, number))],
                as_cell(finding_text(kind, number, "response")),
            ]
        )
    assert cell_lines(table) == expected
    label_run = table.rows[1].cells[0].paragraphs[0].runs[0]
    assert label_run.text == "Cause of concern 1" and label_run.bold is True


def test_header_row_repeats_and_rows_do_not_split(northmoor_bytes: bytes) -> None:
    """Rows are kept whole, but for the first, which may run on to the next page so
    that the table starts under its heading (tests/render_binary/test_pages.py)."""
    for table in open_docx(northmoor_bytes).tables:
        header, first, *rows = table.rows
        assert row_flags(header) == {"tblHeader", "cantSplit"}
        assert row_flags(first) == set()
        assert [row_flags(r) for r in rows] == [{"cantSplit"}] * len(rows)
        assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
        fills = [c._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for c in header.cells]
        assert fills == ["E8E8E8", "E8E8E8"]


def test_tables_fill_the_text_width_in_equal_columns(northmoor_bytes: bytes) -> None:
    table = open_docx(northmoor_bytes).tables[0]
    widths = [cell.width for cell in table.rows[3].cells]
    assert widths[0] == widths[1]
    assert abs(sum(widths) - Cm(17)) < Cm(0.01)  # A4 210mm less 2cm margins each side
    assert table.style.name == "Table Grid"
    assert table.autofit is False


def test_a_row_too_tall_for_a_page_may_split() -> None:
    draft = load(NORTHMOOR)
    huge = next(f for f in draft.findings if f.number == "4" and f.is_recommendation)
    paragraph = "The force reviews every use of force through its existing process. " * 6
    huge.response = "\n".join([paragraph] * 12)
    table = open_docx(render_docx(draft)).tables[0]
    flags = [row_flags(r) for r in table.rows]
    assert flags[4] == set(), "recommendation 4's row is far taller than a page"
    assert flags[:4] == [{"tblHeader", "cantSplit"}, set(), {"cantSplit"}, {"cantSplit"}]
    assert flags[5:] == [{"cantSplit"}] * 3
    assert ROW_LINES_THAT_FIT < 50  # an A4 page with 2cm margins holds about 50 lines


def test_page_is_a4_with_margins_and_numbered(northmoor_bytes: bytes) -> None:
    word = open_docx(northmoor_bytes)
    (section,) = word.sections
    # Word stores page sizes in twentieths of a point: A4 is 11906 x 16838.
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    margins = [section.top_margin, section.right_margin, section.bottom_margin, section.left_margin]
    assert [m.twips for m in margins] == [Cm(2).twips, Cm(2).twips, Cm(2.2).twips, Cm(2).twips]
    footer = section.footer._element
    assert footer.xpath(".//w:fldSimple/@w:instr") == [" PAGE ", " NUMPAGES "]
    (paragraph,) = section.footer.paragraphs
    assert paragraph.text == "Page  of "  # the numbers are fields Word fills in
    assert paragraph.alignment == 1  # centred


def test_draft_marking_in_every_page_header(northmoor_bytes: bytes) -> None:
    word = open_docx(northmoor_bytes)
    header = word.sections[0].header
    assert not header.is_linked_to_previous
    assert [(p.style.name, p.text) for p in header.paragraphs] == [("Draft Marking", MARKING)]
    style = word.styles["Draft Marking"]
    assert style.font.bold is True and str(style.font.color.rgb) == "B00020"


def test_no_preview_picture_of_the_template(northmoor_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(northmoor_bytes)) as package:
        assert not [n for n in package.namelist() if "thumbnail" in n]


def test_signed_off_response_has_no_marking(wiltshire_bytes: bytes) -> None:
    word = open_docx(wiltshire_bytes)
    assert all("DRAFT" not in p.text for p in word.paragraphs)
    assert all(p.text == "" for p in word.sections[0].header.paragraphs)
    with zipfile.ZipFile(io.BytesIO(wiltshire_bytes)) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                assert b"DRAFT" not in package.read(name), name
    assert word.core_properties.content_status == "Signed off"


def test_wiltshire_noted_group_row_and_cc(wiltshire_bytes: bytes) -> None:
    word = open_docx(wiltshire_bytes)
    (table,) = word.tables
    rows = cell_lines(table)
    assert len(rows) == 3
    assert rows[2] == [
        [
            (
                "Normal",
                "Wiltshire Police notes the other 7 recommendations to the NPCC National Lead.",
            )
        ],
        [
            (
                "Normal",
                "I have read the attached report and note the 7 recommendations. I will review "
                "and progress the above recommendation on behalf of Wiltshire Police.",
            )
        ],
    ]
    assert [p.text for p in word.paragraphs if p.style.name == "Copy Recipients"] == [
        "Cc: Wendy Williams, HMI",
        "Chief Constable Kier Prichard, Wiltshire Constabulary",
    ]


def test_properties(northmoor_bytes: bytes) -> None:
    props = open_docx(northmoor_bytes).core_properties
    assert props.title == (
        "RESPONSE OF THE POLICE, FIRE AND CRIME COMMISSIONER OF NORTHMOOR AND DALE TO THE "
        "HMICFRS REPORT"
    )
    assert props.subject == (
        "PEEL 2025–27: An inspection of Northmoor Constabulary (a fictional example) (October 2026)"
    )
    assert props.author == "Police, Fire and Crime Commissioner of Northmoor and Dale"
    assert props.last_modified_by == props.author
    assert props.language == "en-GB"
    assert props.content_status == "Draft"
    assert props.comments == ""  # not python-docx's "generated by python-docx"


def test_british_english_on_the_styles(northmoor_bytes: bytes) -> None:
    word = open_docx(northmoor_bytes)
    styles = word.styles.element
    default = styles.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}"
    )
    assert default.get(qn("w:val")) == "en-GB"
    normal = word.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal.get(qn("w:val")) == "en-GB"
    assert {lang.get(qn("w:val")) for lang in styles.iter(qn("w:lang"))} == {"en-GB"}
    theme = word.settings.element.find(qn("w:themeFontLang"))
    assert theme.get(qn("w:val")) == "en-GB"


def test_real_heading_styles_in_arial(northmoor_bytes: bytes) -> None:
    word = open_docx(northmoor_bytes)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        style = word.styles[name]
        fonts = style.element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:ascii")) == "Arial"
        assert fonts.get(qn("w:asciiTheme")) is None  # Word would prefer a theme font
        assert style.font.bold is True
    assert word.styles["Heading 1"].paragraph_format.alignment == 1  # centred


def test_same_words_in_the_same_order_as_the_reference(wiltshire_bytes: bytes) -> None:
    assert docx_words(open_docx(wiltshire_bytes)) == reference_words()


def test_a_layout_without_a_word_builder_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(BUILDERS, "standard")
    with pytest.raises(TemplateProblem) as caught:
        render_docx(load(NORTHMOOR))
    assert str(caught.value) == (
        "the 'standard' layout has no Word (.docx) version yet; Word output is available for: "
        + (", ".join(sorted(BUILDERS)) or "none")
        + ". Render this layout --to pdf or --to html instead, or choose one of those layouts "
        "with --layout"
    )


def test_an_unknown_layout_is_refused() -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_docx(load(NORTHMOOR), layout="no-such-layout")
    assert str(caught.value) == (
        "there is no layout named 'no-such-layout'; the layouts are standard, letter, narrat"
        "ive, action-plan, progress (`drafter render --list-layouts` says what each is for)"
    )


def test_text_templates_are_refused_for_word(tmp_path) -> None:
    with pytest.raises(UsageError, match="use --reference-docx FILE"):
        render_docx(load(NORTHMOOR), templates=tmp_path)


def _keeps_with_next(paragraph: Paragraph) -> bool:
    return bool(paragraph.paragraph_format.keep_with_next)


@pytest.mark.parametrize("layout", ["standard", "action-plan", "narrative"])
def test_the_cc_list_keeps_with_what_comes_before_it(layout: str) -> None:
    """Word keeps a table row whose paragraphs all keep with the next on the page of the
    paragraph after it: so the last row, the blank line after the table and each Cc line
    hold the Cc list to the end of the response (test_pages lays it out in LibreOffice)."""
    word = open_docx(render_docx(load(NORTHMOOR), layout=layout))
    blocks = list(word.element.body.iterchildren())
    cc = next(i for i, b in enumerate(blocks) if "".join(b.itertext()).startswith("Cc: "))
    before = [b for b in blocks[:cc] if b.tag in (qn("w:p"), qn("w:tbl"))]
    if before[-1].tag == qn("w:p") and not "".join(before[-1].itertext()).strip():
        assert _keeps_with_next(Paragraph(before.pop(), None))  # the blank after a table
    last = before[-1]
    if last.tag == qn("w:tbl"):
        cells = last.xpath("./w:tr[last()]/w:tc//w:p")
        assert cells and all(_keeps_with_next(Paragraph(p, None)) for p in cells)
        others = last.xpath("./w:tr[1]/w:tc//w:p")
        assert not any(_keeps_with_next(Paragraph(p, None)) for p in others)
    else:
        assert _keeps_with_next(Paragraph(last, None))


def test_the_closing_marking_keeps_with_the_last_row() -> None:
    """With no Cc list, the closing DRAFT line holds to the table's last row."""
    draft = load(NORTHMOOR)
    draft.response.cc = []
    word = open_docx(render_docx(draft, layout="action-plan"))
    last_table = word.tables[-1]
    cells = [p for cell in last_table.rows[-1].cells for p in cell.paragraphs]
    assert all(_keeps_with_next(p) for p in cells)
    assert word.paragraphs[-1].text == "DRAFT – not signed off"
    assert _keeps_with_next(word.paragraphs[-2])  # the blank line after the table
