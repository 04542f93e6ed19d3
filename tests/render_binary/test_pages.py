"""What lands on each page of the PDF and of the Word file, laid out by a real program.

The PDF is read page by page with pdftotext and pdftoppm (poppler-utils); the Word
file is laid out by LibreOffice (Debian's libreoffice-writer-nogui, installed by
`bash .ci/setup --test`) and read the same way. Rules: the DRAFT marking once at
the top of page one and once at the end, a running header on every later page, the
watermark behind every page; the first table starts on page one; the Cc list never
stands alone at the top of a page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from binary_cases import NORTHMOOR, load
from PIL import Image

from drafter.render.document import DRAFT_MARKING
from drafter.render.docx import render_docx
from drafter.render.pdf import render_pdf

#: The letter and the action plan do not keep these rules yet (issue 17's closing note
#: says where each breaks); only the standard layout is held to them.
LAYOUTS = ["standard"]


def _needs(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        reason = f"{program} is not installed: run `bash .ci/setup --test`"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


@cache
def pdf_of(fmt: str, layout: str, folder: Path) -> Path:
    draft = load(NORTHMOOR)
    if fmt == "pdf":
        path = folder / f"{layout}.pdf"
        path.write_bytes(render_pdf(draft, layout=layout))
        return path
    source = folder / f"{layout}.docx"
    source.write_bytes(render_docx(draft, layout=layout))
    soffice = _needs("soffice")
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={(folder / 'lo').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(folder / "word"), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / "word" / f"{layout}.pdf"


def pages(pdf: Path) -> list[list[str]]:
    """Each page's non-blank lines, in reading order."""
    _needs("pdftotext")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [
        [line.strip() for line in page.splitlines() if line.strip()]
        for page in text.split("\f")[:-1]
    ]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pages")


@pytest.mark.slow
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_what_lands_on_each_page(fmt: str, layout: str, folder: Path) -> None:
    found = pages(pdf_of(fmt, layout, folder))
    assert len(found) >= 2, "the example runs to more than one page"
    first, *later = found
    body = [line for line in first if not line.startswith("Page ")]
    # once at the top of page one, not a second time as a running header
    assert body[0] == DRAFT_MARKING and body.count(DRAFT_MARKING) == 1, body[:4]
    assert any(line.startswith("RESPONSE OF THE") for line in body[:6])
    # the first table starts on page one, its header row there
    assert "Recommendations" in " ".join(first) and "Northmoor response" in " ".join(first)
    for number, page in enumerate(later, start=2):
        assert page[0] == DRAFT_MARKING, f"page {number} has no running DRAFT header: {page[:2]}"
    last = [line for line in found[-1] if not line.startswith("Page ")]
    assert last[-1] == DRAFT_MARKING, "DRAFT once more at the end"
    assert found[-1][-1] == f"Page {len(found)} of {len(found)}"
    # the Cc list keeps company: on its page, something of the response comes before it
    (cc_page,) = [page for page in found if any(line.startswith("Cc:") for line in page)]
    before = cc_page[: next(i for i, line in enumerate(cc_page) if line.startswith("Cc:"))]
    assert [line for line in before if line != DRAFT_MARKING], "the Cc list is alone on its page"


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_watermark_is_behind_every_page(fmt: str, folder: Path) -> None:
    pdf = pdf_of(fmt, "standard", folder)
    _needs("pdftoppm")
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(pdf), str(folder / f"{fmt}-page")], check=True
    )
    shots = sorted(folder.glob(f"{fmt}-page-*.png"))
    assert len(shots) == len(pages(pdf))
    for shot in shots:
        image = Image.open(shot).convert("RGB")
        width, height = image.size
        middle = image.crop((width // 4, height // 3, 3 * width // 4, 2 * height // 3))
        # the watermark is a pale red: red clearly above green and blue, yet light
        pink = sum(
            1 for r, g, b in middle.getdata() if r > 200 and r - g > 12 and r - b > 12 and g > 120
        )
        assert pink > 50, f"{shot.name}: no DRAFT watermark in the middle of the page"
