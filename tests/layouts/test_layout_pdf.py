"""PDF comes from each layout's HTML: check once per layout that it carries the words,
the DRAFT marking and (for the action plan) landscape pages."""

from __future__ import annotations

import io

import pytest
from layout_cases import EXAMPLES, example

from drafter.render.pdf import render_pdf

LAYOUTS = ["letter", "narrative", "action-plan"]


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    draft = example(next(p for p in EXAMPLES if "northmoor" in p.name))
    return {layout: render_pdf(draft, layout=layout) for layout in LAYOUTS}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_pdf_of_each_layout(pdfs: dict[str, bytes], layout: str) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdfs[layout]))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "DRAFT – not signed off" in text
    assert "With immediate effect, the Home Office should work with the NPCC" in text
    box = reader.pages[0].mediabox
    landscape = float(box.width) > float(box.height)
    assert landscape is (layout == "action-plan")
