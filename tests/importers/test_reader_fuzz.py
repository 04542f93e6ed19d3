"""Whatever a web page, a text or a PDF holds, import ends in findings or one message.

Hypothesis writes pages from the tags and attributes a report uses (lists with any
``start``, ``value`` or ``type``, footnotes, headings, skipped regions), texts from
the markers and furniture a report has, and PDFs whose objects and streams are
damaged or odd. ``import_report`` must return an ``ImportResult`` or raise
``ImportProblem``: never another exception, which would reach the officer as a crash.
"""

from __future__ import annotations

import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from raw_pdf import TEXT, pdf

from drafter.importers import ImportProblem, ImportResult, import_report

FUZZ = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)

WORDS = st.sampled_from(
    [
        "Recommendation 3", "Recommendations", "Cause of concern", "Areas for improvement",
        "Area for improvement 2", "R4", "1.", "2)", "(a)", "b.", "•", "- ", "the force should",
        "chief constables must", "we recommend that:", "By 31 March 2027,", "Completed",
        "Published: 12 June 2026", "Page 3 of 9", "¹", "²", "\u202e", "\u00ad", "\x00", "&amp;",
        "&#0;", "&#x110000;", "&bogus;", "<", ">", "\r", "\f", "\ufeff", "working with",
        "HMICFRS recommends that, within six months,", "multi-", "agency", ":", ";", "\t",
        "é-", "ŉ-", "café", "Ωx",
    ]
)  # fmt: skip
TEXT_RUNS = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=12).map(" ".join)
ATTRIBUTE_VALUES = st.one_of(
    st.sampled_from(["1", "0", "-3", "²", "٣", "99999999999999999999", "a", "i", "A", "", "3.5"]),
    st.text(max_size=6),
)
ATTRIBUTES = st.lists(
    st.tuples(
        st.sampled_from(["start", "value", "type", "datetime", "content", "name", "property"]),
        ATTRIBUTE_VALUES,
    ),
    max_size=3,
)
TAGS = st.sampled_from(
    ["ol", "ul", "li", "p", "h1", "h2", "h3", "sup", "div", "table", "td", "tr", "title",
     "time", "meta", "br", "strong", "span", "section", "hr"]
)  # fmt: skip
#: Regions the reader skips; left open, they would hide the rest of every page.
SKIPPED = st.builds(
    lambda tag, text, closed: f"<{tag}>{text}" + (f"</{tag}>" if closed else ""),
    st.sampled_from(["script", "nav", "svg", "footer", "template"]),
    st.text(max_size=8),
    st.booleans(),
)


def _attrs(pairs: list[tuple[str, str]]) -> str:
    return "".join(f' {k}="{v.replace(chr(34), "&quot;")}"' for k, v in pairs)


OPEN = st.builds(lambda tag, pairs: f"<{tag}{_attrs(pairs)}>", TAGS, ATTRIBUTES)
#: Lists are where a page's own numbers are read: opened more often, numbered oddly.
OPEN_LIST = st.builds(
    lambda tag, pairs: f"<{tag}{_attrs(pairs)}>",
    st.sampled_from(["ol", "li"]),
    st.lists(
        st.tuples(st.sampled_from(["start", "value", "type"]), ATTRIBUTE_VALUES),
        min_size=1,
        max_size=2,
    ),
)
CLOSE = TAGS.map(lambda tag: f"</{tag}>")
#: A page as a run of opening tags, closing tags and text, in any order: pages in the
#: wild leave tags open and close ones never opened.
HTML_PAGES = st.lists(
    st.one_of(OPEN_LIST, OPEN, CLOSE, SKIPPED, TEXT_RUNS.map(lambda s: s.replace("<", "&lt;"))),
    max_size=40,
).map("".join)


def outcome(source: str | bytes, **options: str) -> ImportResult | None:
    try:
        return import_report(source, **options)  # type: ignore[arg-type]
    except ImportProblem:
        return None


def test_an_ordered_list_with_a_number_that_is_not_plain_imports() -> None:
    """The crafted page of issue 14, item 10: ``<ol start="²">`` was a ValueError."""
    page = (
        '<html><body><h2>Recommendations</h2><ol start="²"><li>The force should act.</li>'
        '<li value="٣">The College of Policing should publish guidance.</li></ol>'
    )
    result = import_report(page)
    assert [(f.number, f.text) for f in result.findings] == [
        ("1", "The force should act."),
        ("2", "The College of Policing should publish guidance."),
    ]


def test_a_lettered_list_is_the_parts_of_one_finding() -> None:
    page = (
        "<html><body><h2>Recommendations</h2><ol><li>The force should:"
        '<ol type="a"><li>review its policy; and</li><li>train its staff.</li></ol></li></ol>'
    )
    assert [f.text for f in import_report(page).findings] == [
        "The force should:\n- review its policy; and\n- train its staff."
    ]


def test_a_line_ending_in_an_accented_half_word_joins_the_next() -> None:
    """Found by the text fuzz: "é-" at a line end was an IndexError (ASCII-only words)."""
    result = import_report("Recommendations\n\nThe force should map its caf-\né-\nxyz sites.")
    assert result.findings[0].text == "The force should map its café-xyz sites."
    assert outcome("ŉ-\nb") is None


@FUZZ
@given(HTML_PAGES)
def test_any_web_page_imports_or_is_refused_with_a_message(body: str) -> None:
    outcome(f"<!doctype html><html><body>{body}", kind="html")


@FUZZ
@given(st.lists(st.one_of(TEXT_RUNS, st.just("")), max_size=30).map("\n".join))
def test_any_text_imports_or_is_refused_with_a_message(text: str) -> None:
    if text.strip():
        outcome(text, kind="text")
    outcome(text.encode("utf-8", errors="surrogatepass"))


CONTENT_PIECES = st.sampled_from(
    [
        b"BT", b"ET", b"/F1 12 Tf", b"/F9 0 Tf", b"72 700 Td", b"(Recommendation 1) Tj",
        b"(The force should act.) Tj", b"[(A) -250 (B)] TJ", b"1 0 0 1 0 0 Tm", b"0 0 0 0 0 0 cm",
        b"q", b"Q", b"T*", b"'", b"1e308 Tz", b"/Im1 Do", b"(unclosed Tj", b"<4142> Tj",
        b"BI /W 2 /H 2 /BPC 1 ID \x00\x01 EI", b"-0 -0 Td", b"nan Tf",
    ]
)  # fmt: skip
FILTERS = st.sampled_from(
    ["", "/FlateDecode", "/ASCIIHexDecode", "/ASCII85Decode", "/LZWDecode", "/RunLengthDecode",
     "/JBIG2Decode", "/DCTDecode", "/BrotliDecode", "/Crypt", "[/FlateDecode /ASCIIHexDecode]",
     "/NoSuchFilter"]
)  # fmt: skip
RESOURCES = st.sampled_from(
    [
        b"<< /Font << /F1 5 0 R >> >>",
        b"<< /Font << /F1 99 0 R >> >>",
        b"<< /Font 5 0 R >>",
        b"<< /Font << /F1 << /Subtype /Type0 /BaseFont /X /Encoding /Identity-H "
        b"/DescendantFonts [] /ToUnicode 6 0 R >> >> >>",
        b"<< /XObject << /Im1 6 0 R >> /Font << /F1 5 0 R >> >>",
        b"[]",
    ]
)
EXTRA = st.sampled_from(
    [
        b"<< /Length 5 >>\nstream\nbegin\nendstream",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Length 10 >>\nstream\n/Im1 Do Q\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 "
        b"/Filter /JBIG2Decode /Length 2 >>\nstream\n\x00\x01\nendstream",
        b"6 0 R",
    ]
)


@st.composite
def pdf_files(draw: st.DrawFn) -> bytes:
    content = b" ".join(draw(st.lists(CONTENT_PIECES, max_size=14)))
    how = draw(FILTERS)
    if how == "/FlateDecode" and draw(st.booleans()):
        content = zlib.compress(content)
    data = pdf(content, filters=how, resources=draw(RESOURCES), extra=(draw(EXTRA),))
    cut = draw(st.one_of(st.none(), st.integers(9, len(data))))
    if cut is not None:
        data = data[:cut]
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
    return data


@FUZZ
@given(pdf_files())
def test_any_pdf_structure_imports_or_is_refused_with_a_message(data: bytes) -> None:
    outcome(data, kind="pdf")


@pytest.mark.parametrize("cut", [20, 200, 400])
def test_a_pdf_cut_short_is_refused_with_a_message(cut: int) -> None:
    assert outcome(pdf(TEXT)[:cut], kind="pdf") is None
