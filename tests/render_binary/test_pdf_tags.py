"""The tagged PDF as a screen reader meets it, read with pypdf.

A screen reader follows the structure tree; what it does not read is an artifact
(page furniture: /Artifact marked content). So: the DRAFT watermark is an artifact,
never text, and the first thing read is the DRAFT marking line above the title; the
running header and page numbers are pagination artifacts, not read between
paragraphs; all text is one or the other; each table header cell (TH) says whether
it heads a column or a row (/Scope).
"""

from __future__ import annotations

import io
from collections import defaultdict
from typing import Any

import pypdf
import pytest
from binary_cases import NORTHMOOR, WILTSHIRE, load
from pypdf.generic import ArrayObject, DictionaryObject

from drafter.render.document import DRAFT_MARKING
from drafter.render.pdf import render_pdf

LAYOUTS = ["standard", "action-plan", "narrative", "progress"]


@pytest.fixture(scope="module")
def pdfs() -> dict[str, pypdf.PdfReader]:
    draft = load(NORTHMOOR)
    return {
        layout: pypdf.PdfReader(io.BytesIO(render_pdf(draft, layout=layout))) for layout in LAYOUTS
    }


def marked_text(pdf: pypdf.PdfReader) -> list[dict[object, str]]:
    """Each page's text by the marked content it is drawn in: an MCID (tagged), "Artifact",
    or None (neither)."""
    return [_page_marked_text(page) for page in pdf.pages]


def _page_marked_text(page: pypdf.PageObject) -> dict[object, str]:
    stack: list[object] = []
    texts: dict[object, str] = defaultdict(str)

    def before(operator: bytes, operands: list[Any], *_: object) -> None:
        if operator == b"BDC":
            properties = operands[1]
            if isinstance(properties, DictionaryObject) and "/MCID" in properties:
                stack.append(int(properties["/MCID"]))
            else:
                stack.append(str(operands[0]).lstrip("/"))
        elif operator == b"BMC":
            stack.append(str(operands[0]).lstrip("/"))
        elif operator == b"EMC" and stack:
            stack.pop()

    def text(words: str, *_: object) -> None:
        # what is drawn inside an artifact belongs to it, whatever is nested in it
        owner = "Artifact" if "Artifact" in stack else (stack[-1] if stack else None)
        texts[owner] += words

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return dict(texts)


def pictures_in_artifacts(page: pypdf.PageObject) -> list[bool]:
    """For each picture (XObject, shading or pattern fill) the page draws: whether it is
    drawn inside /Artifact marked content."""
    stack: list[str] = []
    drawn: list[bool] = []

    def before(operator: bytes, operands: list[Any], *_: object) -> None:
        if operator in (b"BDC", b"BMC"):
            stack.append(str(operands[0]))
        elif operator == b"EMC" and stack:
            stack.pop()
        elif operator in (b"Do", b"sh") or (
            operator == b"scn" and operands and str(operands[-1]).startswith("/p")
        ):
            drawn.append("/Artifact" in stack)

    page.extract_text(visitor_operand_before=before)
    return drawn


def tree(pdf: pypdf.PdfReader) -> list[tuple[str, DictionaryObject, list[DictionaryObject]]]:
    """Every structure element in reading order: (its type, itself, its ancestors)."""
    out: list[tuple[str, DictionaryObject, list[DictionaryObject]]] = []

    def walk(element: DictionaryObject, ancestors: list[DictionaryObject]) -> None:
        out.append((str(element.get("/S")), element, ancestors))
        kids = element.get("/K")
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            kid = kid.get_object() if kid is not None else None
            if isinstance(kid, DictionaryObject) and kid.get("/Type") != "/OBJR":
                walk(kid, [*ancestors, element])

    root = pdf.trailer["/Root"]["/StructTreeRoot"]
    for top in root["/K"]:
        walk(top.get_object(), [])
    return out


def read_aloud(pdf: pypdf.PdfReader) -> list[str]:
    """The tagged text in the structure tree's order: what a screen reader reads."""
    texts = marked_text(pdf)
    pages = {page.indirect_reference.idnum: i for i, page in enumerate(pdf.pages)}
    said = []
    for _, element, _ in tree(pdf):
        kids = element.get("/K")
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            if isinstance(kid, int):
                page = pages[element.raw_get("/Pg").idnum]
                said.append(texts[page].get(kid, ""))
    return [" ".join(line.split()) for line in said if line.strip()]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_watermark_is_not_read_first_nor_at_all(pdfs, layout: str) -> None:
    """It was a fixed <div> of "DRAFT", tagged as the first text of every page."""
    said = read_aloud(pdfs[layout])
    assert said[0] == DRAFT_MARKING, said[:3]
    assert "DRAFT" not in said
    for number, page in enumerate(pdfs[layout].pages, start=1):
        lines = [line.strip() for line in page.extract_text().split("\n")]
        assert "DRAFT" not in lines, f"page {number} has the watermark as text"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_watermark_is_an_artifact_on_every_page(pdfs, layout: str) -> None:
    """Drawn as the page's background, inside /Artifact marked content: every picture
    a page draws (the layouts have no images of their own) is an artifact."""
    for number, page in enumerate(pdfs[layout].pages, start=1):
        drawn = pictures_in_artifacts(page)
        assert drawn and all(drawn), f"page {number}: a picture outside an artifact"


def test_a_signed_off_response_has_no_watermark() -> None:
    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(load(WILTSHIRE))))
    for page in pdf.pages:
        resources = page["/Resources"]
        assert not resources.get("/XObject") and not resources.get("/Pattern")


def test_the_running_header_and_page_numbers_are_pagination_artifacts(pdfs) -> None:
    """WeasyPrint 70 tags a margin box's text (the running header, the page number) but
    leaves it out of the structure tree; drafter marks it /Artifact, so a screen reader
    reads the marking once at the top and once at the end, not on every page."""
    pdf = pdfs["standard"]
    assert len(pdf.pages) >= 2
    said = read_aloud(pdf)
    assert said.count(DRAFT_MARKING) == 2 and said[-1] == DRAFT_MARKING
    assert not [line for line in said if line.startswith("Page ")]
    for number, texts in enumerate(marked_text(pdf), start=1):
        furniture = texts["Artifact"]
        assert f"Page {number} of {len(pdf.pages)}" in furniture
        assert (DRAFT_MARKING in furniture) is (number > 1)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_all_text_is_in_the_tree_or_an_artifact(pdfs, layout: str) -> None:
    """PDF/UA: what a page shows is either real content, reached from the structure
    tree, or an artifact; nothing is tagged yet left out of the tree."""
    pdf = pdfs[layout]
    pages = {page.indirect_reference.idnum: i for i, page in enumerate(pdf.pages)}
    reached = set()
    for _, element, _ in tree(pdf):
        kids = element.get("/K")
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            if isinstance(kid, int):
                reached.add((pages[element.raw_get("/Pg").idnum], kid))
    for number, texts in enumerate(marked_text(pdf)):
        for owner, text in texts.items():
            if text.strip():
                assert owner == "Artifact" or (number, owner) in reached, (number, owner, text)


@pytest.mark.parametrize("layout", ["standard", "action-plan", "progress"])
def test_table_header_cells_keep_their_scope(pdfs, layout: str) -> None:
    """<th scope="col"> in a header row is a TH with /Scope /Column; <th scope="row">, a
    body row's first cell, a TH with /Scope /Row. (WeasyPrint 70 writes no /Scope of its
    own: drafter's finisher adds it. It does list each data cell's headers by ID.)"""
    found = defaultdict(list)
    for kind, element, ancestors in tree(pdfs[layout]):
        if kind == "/TH":
            group = str(ancestors[-2].get("/S"))
            found[group].append(str(element["/A"].get("/Scope")))
        if kind == "/TD":
            assert element["/A"]["/Headers"], "each data cell names its headers"
    assert found["/THead"] and set(found["/THead"]) == {"/Column"}
    assert found["/TBody"] and set(found["/TBody"]) == {"/Row"}
    assert set(found) == {"/THead", "/TBody"}
