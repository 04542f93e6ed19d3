"""What lands on each page of the PDF and of the Word file, laid out by a real program.

The PDF is read page by page with pdftotext and pdftoppm (poppler-utils); the Word
file is laid out by LibreOffice (Debian's libreoffice-writer-nogui, installed by
`bash .ci/setup --test`) and read the same way. Rules, for every layout (the letter's
own cases are at the end): the DRAFT marking once at the top of page one and once
at the end, a running header on every later page, the watermark behind every page;
no page but the last left a third blank, so a table starts on the page where its
heading is and its header row repeats on the next; the Cc list never stands alone
at the top of a page; no word broken in the middle of a narrow column.

Each draft and layout is rendered once for the module, and every Word file is laid
out by one LibreOffice run.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import docx
import pytest
from binary_cases import NORTHMOOR, REPO, WILTSHIRE, load
from conftest import SHORT_REPORT
from docx.shared import Pt
from PIL import Image

from drafter.cli import main
from drafter.profile_letter import Letter
from drafter.render.document import DRAFT_MARKING
from drafter.render.docx import render_docx
from drafter.render.pdf import render_pdf

EASTMERE = REPO / "drafts" / "eastmere-missing-children-2026-fictional.toml"

#: Every layout, on the unsigned Northmoor draft (the letter without a profile here; on
#: an office's letterhead in its own cases at the end).
LAYOUTS = ["standard", "letter", "narrative", "action-plan", "progress"]
#: Signed-off drafts: no marking anywhere, and the Cc rule still holds.
SIGNED = [
    (WILTSHIRE, "standard"),
    (WILTSHIRE, "action-plan"),
    (EASTMERE, "action-plan"),
    (WILTSHIRE, "letter"),
    (EASTMERE, "letter"),
]
#: A draft as `drafter import -o` makes it (from conftest.SHORT_REPORT): every finding
#: undecided, no comments, no Cc list; made in the module's folder.
IMPORTED = Path("imported.toml")
CASES = (
    [(NORTHMOOR, layout) for layout in LAYOUTS]
    + SIGNED
    + [(IMPORTED, "standard"), (IMPORTED, "letter"), (IMPORTED, "action-plan")]
)
FORMATS = ["pdf", "docx"]
#: The longest words of the narrow columns (number, kind, owner), which Word breaks
#: in the middle when its column is narrower than the word.
LONG_WORDS = ("improvement", "Recommendation", "Superintendent")


def _needs(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        reason = f"{program} is not installed: run `bash .ci/setup --test`"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def word_to_pdf(sources: list[Path], folder: Path) -> list[Path]:
    """Lay Word files out with LibreOffice, all in one run; their PDFs, in order."""
    soffice = _needs("soffice")
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={(folder / 'lo').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(folder / "word"), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return [folder / "word" / f"{source.stem}.pdf" for source in sources]


@cache
def pdf_of(fmt: str, layout: str, folder: Path) -> Path:
    """The Northmoor example in ``layout`` as a PDF: WeasyPrint's, or Word's laid out."""
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
    return word_to_pdf([source], folder)[0]


@cache
def words(pdf: Path) -> list[list[tuple[float, float, str]]]:
    """Each page's words, with where each begins (from the top, from the left), top to
    bottom."""
    _needs("pdftotext")
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    found = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<')
    return [
        sorted((float(y), float(x), html.unescape(word)) for x, y, word in found.findall(page))
        for page in xhtml.split("<page ")[1:]
    ]


@cache
def pages(pdf: Path) -> list[list[str]]:
    """Each page's non-blank lines, in pdftotext's reading order."""
    _needs("pdftotext")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [
        [line.strip() for line in page.splitlines() if line.strip()]
        for page in text.split("\f")[:-1]
    ]


@cache
def rows(pdf: Path) -> list[list[str]]:
    """Each page's lines as the eye reads them, top to bottom: the words at one height
    make one line, left to right (a table's row reads across its cells). pdftotext's
    own order follows the file's drawing order, which puts a Word table's last header
    cell below the table."""
    found = []
    for page in words(pdf):
        lines: list[list[tuple[float, str]]] = []
        top = -100.0
        for y, x, word in page:
            if y - top > 4:  # points: less than half a line of the smallest text
                lines.append([])
                top = y
            lines[-1].append((x, word))
        found.append([" ".join(word for _, word in sorted(line)) for line in lines])
    return found


@cache
def images(pdf: Path, folder: Path) -> list[Image.Image]:
    """Each page as a small picture."""
    _needs("pdftoppm")
    shots = folder / "shots" / f"{pdf.parent.name}-{pdf.stem}"
    shots.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(shots / "page")], check=True)
    taken = sorted(shots.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-")[-1]))
    return [Image.open(shot).convert("RGB") for shot in taken]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pages")


@pytest.fixture(scope="module")
def laid_out(folder: Path) -> dict[tuple[str, str, str], Path]:
    """(draft's stem, layout, format) -> its PDF, for every case in CASES."""
    out: dict[tuple[str, str, str], Path] = {}
    sources = []
    report = folder / "report.txt"
    report.write_text(SHORT_REPORT, encoding="utf-8")
    made = ["import", str(report), "-o", str(folder / IMPORTED), "--published", "2026-10-01"]
    assert main([*made, "--area", "Testshire", "--force", "Testshire Police"]) == 0
    for path, layout in CASES:
        draft = load(folder / path if path == IMPORTED else path)
        name = f"{path.stem}.{layout}"
        (folder / f"{name}.pdf").write_bytes(render_pdf(draft, layout=layout))
        out[(path.stem, layout, "pdf")] = folder / f"{name}.pdf"
        sources.append(folder / f"{name}.docx")
        sources[-1].write_bytes(render_docx(draft, layout=layout))
    for (path, layout), pdf in zip(CASES, word_to_pdf(sources, folder), strict=True):
        out[(path.stem, layout, "docx")] = pdf
    return out


def body(page: list[str]) -> list[str]:
    return [line for line in page if not re.fullmatch(r"Page \d+ of \d+", line)]


@pytest.mark.slow
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_draft_marking_top_end_and_on_every_page(laid_out, fmt: str, layout: str) -> None:
    found = rows(laid_out[(NORTHMOOR.stem, layout, fmt)])
    assert len(found) >= 2, "the example runs to more than one page"
    first, *later = (body(page) for page in found)
    # once at the top of page one, not a second time as a running header
    assert first[0] == DRAFT_MARKING and first.count(DRAFT_MARKING) == 1, first[:4]
    for number, page in enumerate(later, start=2):
        assert page[0] == DRAFT_MARKING, f"page {number} has no running DRAFT header: {page[:2]}"
    last = body(found[-1])
    assert last[-1] == DRAFT_MARKING, f"DRAFT once more at the end, not {last[-3:]}"
    assert last.count(DRAFT_MARKING) == (2 if len(found) > 1 else 1)
    assert found[-1][-1] == f"Page {len(found)} of {len(found)}"


def _pale_red(pixel: tuple[int, int, int]) -> bool:
    """The watermark's colour: red clearly above green and blue, yet light."""
    r, g, b = pixel
    return r > 200 and r - g > 12 and r - b > 12 and g > 120


@pytest.mark.slow
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_watermark_is_behind_every_page(laid_out, folder: Path, fmt: str, layout: str) -> None:
    pdf = laid_out[(NORTHMOOR.stem, layout, fmt)]
    shots = images(pdf, folder)
    assert len(shots) == len(rows(pdf))
    for number, image in enumerate(shots, start=1):
        width, height = image.size
        middle = image.crop((width // 4, height // 3, 3 * width // 4, 2 * height // 3))
        pixels = middle.load()
        pink = sum(
            _pale_red(pixels[x, y]) for x in range(middle.width) for y in range(middle.height)
        )
        assert pink > 50, f"{pdf.name} page {number}: no DRAFT watermark in the middle"


def _lowest_ink(image: Image.Image) -> tuple[float, float, float]:
    """Where the text area starts and ends on the page, and how far down the lowest dark
    pixel in it lies (the page number, in the bottom margin, is left out): fractions of
    the page's height. Margins are 2cm at the top and 2.2cm at the bottom."""
    width, height = image.size
    page_cm = 29.7 if height > width else 21.0
    top, bottom = 2.0 / page_cm, 1 - 2.2 / page_cm
    pixels = image.load()
    lowest = top
    for y in range(int(top * height), int(bottom * height)):
        # ink: a grey or black pixel, text drawn small and so anti-aliased; not the
        # pale red watermark, nor the white page
        if any(
            min(pixels[x, y]) < 200 and max(pixels[x, y]) - min(pixels[x, y]) < 40
            for x in range(width)
        ):
            lowest = y / height
    return top, bottom, lowest


@pytest.mark.slow
@pytest.mark.parametrize(("draft", "layout"), CASES, ids=lambda x: getattr(x, "stem", x))
@pytest.mark.parametrize("fmt", FORMATS)
def test_no_page_but_the_last_left_a_third_blank(
    laid_out, folder: Path, fmt: str, draft: Path, layout: str
) -> None:
    """A table starts under its heading, its first row running on to the next page if it
    must, rather than leaving the rest of the page blank (the action plan's table used
    to start on page two in the PDF, a third of page one left empty)."""
    shots = images(laid_out[(draft.stem, layout, fmt)], folder)
    for number, image in enumerate(shots[:-1], start=1):
        top, bottom, lowest = _lowest_ink(image)
        blank = (bottom - lowest) / (bottom - top)
        assert blank < 1 / 3, f"page {number} of {len(shots)} is {blank:.0%} blank at the foot"


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["standard", "letter", "action-plan"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_first_table_starts_on_page_one_and_its_header_repeats(
    laid_out, fmt: str, layout: str
) -> None:
    first, second, *_ = (body(page) for page in rows(laid_out[(NORTHMOOR.stem, layout, fmt)]))
    header = "Number" if layout == "action-plan" else "Recommendations"
    text = " ".join(first)
    assert any(line.startswith(header) for line in first), first[-6:]
    assert "Northmoor response" in text and "By 31 March 2027, the force should" in text
    # the table runs on: its header row comes first on page two, under the running header
    assert second[1].startswith(header), second[:3]


@pytest.mark.slow
@pytest.mark.parametrize(("draft", "layout"), CASES, ids=lambda x: getattr(x, "stem", x))
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_end_is_never_alone_on_a_page(laid_out, fmt: str, draft: Path, layout: str) -> None:
    """The Cc list and the closing DRAFT line stay on the page of what comes before them
    (the action plan's Cc list stood alone on page five in Word; an imported draft's
    closing marking alone on page two of its PDF)."""
    found = [body(page) for page in rows(laid_out[(draft.stem, layout, fmt)])]
    last = found[-1]
    cc = [i for i, line in enumerate(last) if line.startswith("Cc:")]
    end = cc[0] if cc else len(last) - 1  # else the closing marking, the last line
    start = 1 if len(found) > 1 and last[0] == DRAFT_MARKING else 0  # the running header
    assert last[start:end], f"{last[end]!r} is alone at the top of page {len(found)}"
    assert sum(line.startswith("Cc:") for page in found for line in page) <= 1


@pytest.mark.slow
@pytest.mark.parametrize(("draft", "layout"), SIGNED, ids=lambda x: getattr(x, "stem", x))
@pytest.mark.parametrize("fmt", FORMATS)
def test_signed_off_pages_carry_no_marking(laid_out, fmt: str, draft: Path, layout: str) -> None:
    found = [body(page) for page in rows(laid_out[(draft.stem, layout, fmt)])]
    assert not any("DRAFT" in line for page in found for line in page)
    if layout != "progress":
        assert any(line.startswith("Cc:") for line in found[-1])


@pytest.mark.slow
@pytest.mark.parametrize(("draft", "layout"), CASES, ids=lambda x: getattr(x, "stem", x))
@pytest.mark.parametrize("fmt", FORMATS)
def test_no_word_is_broken_across_lines(laid_out, fmt: str, draft: Path, layout: str) -> None:
    assert broken_words(laid_out[(draft.stem, layout, fmt)]) == []


def broken_words(pdf: Path, longs: tuple[str, ...] = LONG_WORDS) -> list[str]:
    """Each of ``longs`` broken in the middle, as a word wider than its column is:
    "improve" at the end of a line, "ment" at the start of the next, in the same cell."""
    found = []
    for number, page in enumerate(words(pdf), start=1):
        starts = {(round(x), word) for _, x, word in page}
        for _, x, word in page:
            for long in longs:
                rest = long[len(word) :]
                if long.startswith(word) and rest and word:
                    # the rest of the word, starting a line at the same left edge
                    pieces = {
                        (round(x) + dx, rest + tail) for dx in (-1, 0, 1) for tail in ("", ",")
                    }
                    if pieces & starts:
                        found.append(f"page {number}: {word}|{rest}")
    return found


@pytest.mark.slow
def test_a_reference_documents_larger_body_text_breaks_no_word(folder: Path) -> None:
    """An office's reference document sets its body text at 14pt: the action plan's
    narrow columns widen with it ("Area for improve|ment", "Numb|er" and "Septemb|er"
    were broken when the widths assumed 11pt Arial)."""
    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.size, normal.font.name = Pt(14), "Arial"
    reference = folder / "normal-14pt.docx"
    word.save(reference)
    sources = []
    for path in (NORTHMOOR, EASTMERE):
        sources.append(folder / f"{path.stem}.action-plan.14pt.docx")
        sources[-1].write_bytes(render_docx(load(path), layout="action-plan", reference=reference))
    northmoor, eastmere = word_to_pdf(sources, folder)
    # "Area for improvement 1", whole, in the number column
    assert "improvement" in {word for page in words(northmoor) for _, _, word in page}
    for pdf in (northmoor, eastmere):
        assert broken_words(pdf, (*LONG_WORDS, "Number", "September")) == [], pdf.name


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


def page_of(found: list[list[str]], start: str) -> int:
    """The number of the page holding the first line that starts with ``start``."""
    return next(n for n, page in enumerate(found, 1) if any(x.startswith(start) for x in page))


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_letter_pages_of_a_draft(fmt: str, folder: Path) -> None:
    found = [body(page) for page in pages(letter_pdf(fmt, NORTHMOOR, folder))]
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
    found = [body(page) for page in pages(letter_pdf(fmt, WILTSHIRE, folder))]
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
    found = [body(page) for page in pages(letter_pdf(fmt, path, folder))]
    page = found[page_of(found, "Yours sincerely,") - 1]
    before = [line for line in page[: page.index("Yours sincerely,")] if line != DRAFT_MARKING]
    assert before, f"the close starts a page of its own: {page[:4]}"
