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
from binary_cases import NORTHMOOR, WILTSHIRE, load
from PIL import Image

from drafter.profile_letter import Letter
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
    return laid_out_by_libreoffice(source, folder)


def laid_out_by_libreoffice(source: Path, folder: Path) -> Path:
    """The Word file ``source`` as LibreOffice lays it out on pages, as a PDF."""
    soffice = _needs("soffice")
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={(folder / 'lo').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(folder / "word"), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / "word" / f"{source.stem}.pdf"


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


# --- the letter ---------------------------------------------------------------------

#: An office's letterhead and reference, as drafter.toml's [letter] table gives them.
OFFICE = Letter(
    office="Office of the Police, Fire and Crime Commissioner for Northmoor and Dale",
    address=("Northmoor House", "1 Moor Lane", "Northmoor NM1 2AB"),
    telephone="01234 567890",
    email="opcc@northmoor.example.gov.uk",
    reference="OPCC/{year}/HMICFRS",
)


@cache
def letter_pdf(fmt: str, path: Path, folder: Path, *, office: bool = True) -> Path:
    """The letter of the draft at ``path``, with the office's letterhead unless not
    ``office``, as a PDF: made by WeasyPrint, or laid out from Word by LibreOffice."""
    draft, letter = load(path), OFFICE if office else None
    name = f"letter-{path.stem}-{'office' if office else 'plain'}"
    if fmt == "pdf":
        target = folder / f"{name}.pdf"
        target.write_bytes(render_pdf(draft, layout="letter", letter=letter))
        return target
    source = folder / f"{name}.docx"
    source.write_bytes(render_docx(draft, layout="letter", letter=letter))
    return laid_out_by_libreoffice(source, folder)


def reading(page: list[str]) -> list[str]:
    """A page's lines as a reader takes them in: without the page number, or the DRAFT
    watermark's letters, which pdftotext reads as text scattered over the page."""
    return [
        line
        for line in page
        if not line.startswith("Page ") and not set(line.replace(" ", "")) <= set("DRAFT")
    ]


def page_of(found: list[list[str]], start: str) -> int:
    """The number of the page holding the first line that starts with ``start``."""
    return next(n for n, page in enumerate(found, 1) if any(x.startswith(start) for x in page))


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_letter_pages_of_a_draft(fmt: str, folder: Path) -> None:
    found = [reading(page) for page in pages(letter_pdf(fmt, NORTHMOOR, folder))]
    first = found[0]
    # the marking, then the letterhead and reference, all on page one
    assert first[0] == DRAFT_MARKING and first.count(DRAFT_MARKING) == 1, first[:3]
    assert first[1] == OFFICE.office
    assert "Our ref: OPCC/2026/HMICFRS" in first
    assert first.index("Our ref: OPCC/2026/HMICFRS") < first.index("To: the Home Secretary")
    for number, page in enumerate(found[1:], start=2):
        assert page[0] == DRAFT_MARKING, f"page {number} has no running DRAFT header: {page[:2]}"
    # the last thing the letter says is that it is a draft
    assert found[-1][-1] == DRAFT_MARKING, found[-1][-3:]
    # the close, the signatures and the Cc list on one page, with the marking after them
    cc = page_of(found, "Cc:")
    assert cc == page_of(found, "Yours sincerely,") == page_of(found, "Sam Okafor") == len(found)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_letter_pages_of_a_signed_response(fmt: str, folder: Path) -> None:
    found = [reading(page) for page in pages(letter_pdf(fmt, WILTSHIRE, folder))]
    first = found[0]
    assert first[0] == OFFICE.office
    # dated the day of the later sign-off, on page one under the reference
    reference = first.index("Our ref: OPCC/2020/HMICFRS")
    assert first[reference + 1] == "27 April 2020"
    assert not any("DRAFT" in line for page in found for line in page)
    last = found[-1]
    assert last[-1] == "Cc: Wendy Williams, HMI"
    signed = [line for line in last if line.startswith("Signed off by")]
    assert signed == [
        "Signed off by Angus Macpherson on 27 April 2020",
        "Signed off by Kier Pritchard on 24 April 2020",
    ]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("path", sorted(NORTHMOOR.parent.glob("*.toml")), ids=lambda p: p.stem)
def test_letter_close_keeps_company(fmt: str, path: Path, folder: Path) -> None:
    """The close and the signatures are never a page of their own: some of the letter
    comes before them on their page."""
    found = [reading(page) for page in pages(letter_pdf(fmt, path, folder))]
    page = found[page_of(found, "Yours sincerely,") - 1]
    before = [line for line in page[: page.index("Yours sincerely,")] if line != DRAFT_MARKING]
    assert before, f"the close starts a page of its own: {page[:4]}"


@pytest.mark.slow
def test_letter_table_starts_on_page_one_in_the_pdf(folder: Path) -> None:
    """The first table starts where it is reached, its first row running on to the next
    page under the repeated header row, rather than leaving page one a third blank."""
    found = pages(letter_pdf("pdf", NORTHMOOR, folder, office=False))
    assert "Northmoor response" in found[0], found[0][-4:]
    assert found[1][1:3] == ["Recommendations", "Northmoor response"]  # after the marking
