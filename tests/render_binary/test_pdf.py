"""PDF output: read back with pypdf for text, order, pages, metadata and tagging."""

from __future__ import annotations

import io
import socket
from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest
from binary_cases import (
    NORTHMOOR,
    PAGE_FOOTER,
    WILTSHIRE,
    load,
    pdf_lines,
    pdf_pages,
    reference_words,
    rendered,
)

from drafter.errors import TemplateProblem
from drafter.render.pdf import render_pdf
from drafter.render.templates import available_layouts
from drafter.render.text_formats import render_text

MARKING = "DRAFT – not signed off"
A4_POINTS = (595.28, 841.89)


@pytest.fixture(scope="module")
def northmoor_pdf() -> bytes:
    return rendered(NORTHMOOR, "pdf")


@pytest.fixture(scope="module")
def wiltshire_pdf() -> bytes:
    return rendered(WILTSHIRE, "pdf")


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


class _ShownWords(HTMLParser):
    """Words of the HTML page's body, leaving out the DRAFT watermark and marking lines,
    and headings and captions only for screen readers (not on paper)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self.in_body = False
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_body = self.in_body or tag == "body"
        classes = (dict(attrs).get("class") or "").split()
        if self.skipping or {"watermark", "marking", "visually-hidden"} & set(classes):
            self.skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if self.in_body and not self.skipping:
            self.words += data.split()


def html_words(text: str) -> list[str]:
    parser = _ShownWords()
    parser.feed(text)
    return parser.words


def test_metadata_language_and_tagging(northmoor_pdf: bytes) -> None:
    pdf = reader(northmoor_pdf)
    assert northmoor_pdf.startswith(b"%PDF-1.7")
    assert pdf.metadata.title == (
        "RESPONSE OF THE POLICE, FIRE AND CRIME COMMISSIONER OF NORTHMOOR AND DALE TO THE "
        "HMICFRS REPORT (DRAFT – not signed off)"
    )
    assert pdf.metadata.author == "Police, Fire and Crime Commissioner of Northmoor and Dale"
    root = pdf.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    xmp = root["/Metadata"].get_object().get_data()
    assert b'pdfuaid:part="1"' in xmp  # PDF/UA-1


def test_every_page_is_a4(northmoor_pdf: bytes, wiltshire_pdf: bytes) -> None:
    for data in (northmoor_pdf, wiltshire_pdf):
        for page in reader(data).pages:
            size = (float(page.mediabox.width), float(page.mediabox.height))
            assert size == pytest.approx(A4_POINTS, abs=0.01)


def test_every_page_is_numbered(northmoor_pdf: bytes) -> None:
    pages = pdf_pages(northmoor_pdf)
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert text.split("\n")[-1] == f"Page {number} of 3"


def test_draft_marking_on_every_page(northmoor_pdf: bytes) -> None:
    for text in pdf_pages(northmoor_pdf):
        lines = text.split("\n")
        assert "DRAFT" not in lines  # the watermark is a picture, not text (test_pdf_tags)
        assert MARKING in lines  # the page header
    first = pdf_pages(northmoor_pdf)[0].split("\n")
    assert first[0] == MARKING  # and the line above the title


def test_signed_off_pdf_has_no_marking(wiltshire_pdf: bytes) -> None:
    assert all("DRAFT" not in text for text in pdf_pages(wiltshire_pdf))
    assert reader(wiltshire_pdf).metadata.title == (
        "RESPONSE OF THE POLICE AND CRIME COMMISSIONER OF WILTSHIRE AND SWINDON TO THE HMICFRS REPORT"
    )


def test_same_words_in_the_same_order_as_the_reference(wiltshire_pdf: bytes) -> None:
    lines = pdf_lines(wiltshire_pdf)
    # The noted row goes over to page three with the Cc list, which is never left alone
    # on a page; the table's header row repeats above it.
    header = "Recommendations Wiltshire response"
    assert lines.count(header) == 2
    del lines[len(lines) - lines[::-1].index(header) - 1]
    words = [w for line in lines for w in line.split()]
    assert words == reference_words()


def test_same_words_in_the_same_order_as_the_html(northmoor_pdf: bytes) -> None:
    """Every format says the same words: the PDF reads as the HTML page does."""
    expected = html_words(render_text(load(NORTHMOOR), "html"))
    noise = {"DRAFT", MARKING}
    lines = [line for line in pdf_lines(northmoor_pdf) if line.strip() not in noise]
    # The recommendations table runs onto a second page, where its header row repeats.
    header = "Recommendations Northmoor response"
    assert lines.count(header) == 2
    del lines[len(lines) - lines[::-1].index(header) - 1]
    # pypdf reads list bullets (drawn apart from their text) at the end of the page
    words = [w for line in lines for w in line.split() if w != "•"]
    assert words == expected
    assert expected[:3] == ["RESPONSE", "OF", "THE"] and expected[-1] == "(fictional)"


def test_text_order_headings_table_cc(northmoor_pdf: bytes) -> None:
    text = " ".join(" ".join(pdf_lines(northmoor_pdf)).split())
    milestones = [
        "RESPONSE OF THE POLICE, FIRE AND CRIME COMMISSIONER",
        "Police, Fire and Crime Commissioner's comments",
        "Chief Constable's comments",
        "Recommendations Northmoor response",
        "By 31 March 2027, the force should make sure that it answers at least 90 percent",
        "With immediate effect, the Home Office should work with the NPCC",
        "Causes of concern and areas for improvement Northmoor response",
        "Cause of concern 1 The force isn't answering emergency",
        "Area for improvement 3 The force should understand its workforce's wellbeing",
        "Cc: HM Inspector of Constabulary (fictional recipient)",
        "Chief Constable Sam Okafor, Northmoor Constabulary (fictional)",
    ]
    positions = [text.find(m) for m in milestones]
    assert -1 not in positions, [m for m, p in zip(milestones, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    # The header row repeats on the table's second page.
    assert text.count("Recommendations Northmoor response") == 2


# --- nothing is fetched --------------------------------------------------------------


def user_template(folder: Path, img: str) -> Path:
    folder.mkdir()
    (folder / "standard.html.j2").write_text(
        "<!DOCTYPE html>\n<html><body><h1>{{ doc.title }}</h1>\n"
        f'<p><img src="{img}" alt="logo"></p>\n</body></html>\n',
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record (and stop) any attempt to look up or connect to a host."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("the test forbids network access")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def test_a_web_image_is_refused_without_touching_the_network(
    tmp_path: Path, no_network: list[object]
) -> None:
    templates = user_template(tmp_path / "mine", "http://example.invalid/logo.png")
    with pytest.raises(TemplateProblem) as caught:
        render_pdf(load(NORTHMOOR), templates=templates)
    assert str(caught.value) == (
        "the 'standard' template refers to http://example.invalid/logo.png; drafter fetches "
        "nothing from the network or the disk when it makes a PDF. Put the image or "
        "stylesheet in the template as a data: URI instead"
    )
    assert no_network == []


def test_a_file_beside_the_template_is_refused_too(tmp_path: Path) -> None:
    templates = user_template(tmp_path / "mine", "logo.png")
    (templates / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(TemplateProblem, match=r"refers to file://.*/mine/logo\.png;"):
        render_pdf(load(NORTHMOOR), templates=templates)


# A 1x1 PNG, inline.
DATA_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAA"
    "AEAAH2FzhVAAAAAElFTkSuQmCC"
)


def test_a_data_uri_image_is_embedded(tmp_path: Path, no_network: list[object]) -> None:
    templates = user_template(tmp_path / "mine", DATA_PNG)
    pdf = reader(render_pdf(load(NORTHMOOR), templates=templates))
    (page,) = pdf.pages
    assert [image.image.size for image in page.images] == [(1, 1)]
    # The template has no <title> or lang: drafter supplies both.
    assert pdf.metadata.title.startswith("RESPONSE OF THE POLICE, FIRE AND CRIME COMMISSIONER")
    assert pdf.trailer["/Root"]["/Lang"] == "en-GB"
    assert no_network == []
    assert not PAGE_FOOTER.match(page.extract_text().split("\n")[-1])  # no standard.css here


@pytest.mark.parametrize("layout", [name for name in available_layouts() if name != "standard"])
def test_every_layout_is_marked_and_numbered_on_every_page(layout: str) -> None:
    """The print rules live in the shared CSS, so every layout's PDF gets them."""
    pages = pdf_pages(render_pdf(load(NORTHMOOR), layout=layout))
    for number, text in enumerate(pages, start=1):
        lines = text.split("\n")
        assert MARKING in lines, f"page {number} of the {layout} layout"
        assert lines[-1] == f"Page {number} of {len(pages)}"


def test_a_text_too_long_to_lay_out_is_refused_at_once(
    cli, northmoor: Path, tmp_path: Path
) -> None:
    """A finding run on into the rest of a report by a bad import (two million
    characters) kept WeasyPrint busy for over ten minutes; the PDF is refused at once,
    naming the finding, and Word and HTML still render it."""
    import time

    from drafter import store
    from drafter.errors import TooLongForPdf
    from drafter.render.pdf import LONGEST_TEXT

    draft = store.load(northmoor)
    draft.findings[0].response = "and so on, " * (LONGEST_TEXT // 11 + 1)
    store.save(draft, northmoor)
    started = time.perf_counter()
    result = cli("render", northmoor, "-o", tmp_path / "r.pdf")
    assert time.perf_counter() - started < 5
    assert result.status == 2
    assert result.err == (
        f"drafter: {draft.findings[0].title}'s response is {len(draft.findings[0].response):,} "
        f"characters long, more than a PDF is laid out for ({LONGEST_TEXT:,}); check where "
        "it ends (an import can run one finding on into the rest of the report), or render "
        "it to Word or HTML\n"
    )
    assert not (tmp_path / "r.pdf").exists()
    assert cli("render", northmoor, "-o", tmp_path / "r.html").status == 0
    # The commissioner's comments, as any text the PDF lays out
    draft = store.load(northmoor)
    draft.findings[0].response = "Accepted."
    draft.response.commissioner.comments = "word " * (LONGEST_TEXT // 5 + 1)
    with pytest.raises(TooLongForPdf, match=r"^the Police, Fire and Crime Commissioner's comments"):
        render_pdf(draft)
