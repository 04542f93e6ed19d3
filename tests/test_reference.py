"""The reference draft renders to the published response's words, in its order.

The reference (tests/data/reference-wiltshire-prevent-2020.md) is the office's
document converted to Markdown: it has heading marks, bold marks, a table written as
tab-separated HTML cells and one paragraph broken by a page end after "Under my".
Markup is stripped from both sides and the word sequences compared exactly; words
are whitespace-separated, so the page break costs nothing.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from conftest import NORTHMOOR, REFERENCE, WILTSHIRE

from drafter import store
from drafter.model import Draft, Status
from drafter.render.document import DRAFT_MARKING
from drafter.render.text_formats import render_text

_BOX = "│┌┐└┘├┤┬┴┼─═╞╡╪"


def markdown_words(text: str) -> list[str]:
    """Words of a Markdown document: tags, <br>, emphasis, heading marks, pipes and escapes go."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    text = re.sub(r"(?m)^\s*#{1,6}\s", " ", text)
    text = re.sub(r"(?m)^\|(\s*-{3,}\s*\|)+\s*$", " ", text)
    text = text.replace("**", " ").replace("|", " ")
    return text.split()


class _HTMLText(HTMLParser):
    """The text a reader sees in the page's body (no <head>, so no title or CSS).

    Headings and captions only screen readers get (class "visually-hidden") are not
    seen, so they are left out.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self.in_body = False
        self.hidden: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.in_body = self.in_body or tag == "body"
        if self.hidden is None and "visually-hidden" in (dict(attrs).get("class") or ""):
            self.hidden = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self.hidden:
            self.hidden = None

    def handle_data(self, data: str) -> None:
        if self.in_body and self.hidden is None:
            self.words += data.split()


def html_words(text: str) -> list[str]:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    return parser.words


def text_words(text: str) -> list[str]:
    """Words of the plain-text rendering, reading each box table row cell by cell.

    A two-column table prints its cells side by side, a line of each at a time; the
    reader reads the left cell down, then the right, so the words are taken that way.
    """
    words: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in text.split("\n"):
        if line.startswith("│"):
            cells = line.split("│")
            assert len(cells) == 4, f"a table line without exactly two cells: {line!r}"
            left += cells[1].split()
            right += cells[2].split()
            continue
        words += left + right
        left, right = [], []
        if line and set(line) <= set(_BOX):
            continue  # a rule between rows
        if line and set(line) == {"="}:
            continue  # a heading's underline
        words += line.split()
    return words + left + right


@pytest.fixture(scope="module")
def reference_words() -> list[str]:
    return markdown_words(REFERENCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def wiltshire_draft() -> Draft:
    return store.load(WILTSHIRE)


def test_reference_has_the_words_we_expect(reference_words: list[str]) -> None:
    """The stripping leaves the document's words, and nothing of the markup."""
    assert reference_words[:4] == ["RESPONSE", "OF", "THE", "POLICE"]
    assert reference_words[-4:] == ["Kier", "Prichard,", "Wiltshire", "Constabulary"]
    assert "Under my strategic leadership," in " ".join(reference_words)
    assert not [w for w in reference_words if re.search(r"[<>|*#]|\\", w)]
    assert len(reference_words) == 843


def test_markdown_has_the_reference_words_in_order(
    wiltshire_draft: Draft,
    reference_words: list[str],
) -> None:
    assert markdown_words(render_text(wiltshire_draft, "md")) == reference_words


def test_html_has_the_reference_words_in_order(
    wiltshire_draft: Draft,
    reference_words: list[str],
) -> None:
    assert html_words(render_text(wiltshire_draft, "html")) == reference_words


def test_text_has_the_reference_words_in_order(
    wiltshire_draft: Draft,
    reference_words: list[str],
) -> None:
    assert text_words(render_text(wiltshire_draft, "txt")) == reference_words


def test_a_changed_word_is_caught(
    wiltshire_draft: Draft,
    reference_words: list[str],
) -> None:
    """The comparison is sharp enough to see one word changed in the chief's comments."""
    chief = replace(
        wiltshire_draft.response.chief,
        comments=wiltshire_draft.response.chief.comments.replace("overview", "summary"),
    )
    changed = replace(wiltshire_draft, response=replace(wiltshire_draft.response, chief=chief))
    rendered = render_text(changed, "md").replace(f"> **{DRAFT_MARKING}**", "")
    words = markdown_words(rendered)
    differ = [(a, b) for a, b in zip(words, reference_words, strict=True) if a != b]
    assert differ == [("summary", "overview")]


# --- the DRAFT marking ---------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_signed_reference_has_no_draft_marking(
    wiltshire_draft: Draft,
    fmt: str,
) -> None:
    assert "DRAFT" not in render_text(wiltshire_draft, fmt)


@pytest.mark.parametrize(
    ("fmt", "marking"),
    [
        ("md", f"> **{DRAFT_MARKING}**"),
        ("html", f'<p class="marking" role="note">{DRAFT_MARKING}</p>'),
        ("txt", f"*** {DRAFT_MARKING} ***"),
    ],
)
def test_unsigned_draft_is_marked_at_top_and_bottom(fmt: str, marking: str) -> None:
    rendered = render_text(store.load(NORTHMOOR), fmt)
    assert rendered.count(marking) == 2
    if fmt == "html":
        assert rendered.index(marking) < rendered.index("<h1>")
        # the watermark is the printed page's background (standard.css), not an element
        assert "watermark" not in rendered.split("</style>")[1]
        assert "html:has(.marking) { page: draft; }" in rendered
        assert "<title>RESPONSE OF THE POLICE, FIRE AND CRIME COMMISSIONER" in rendered
        assert f"({DRAFT_MARKING})</title>" in rendered
    else:
        assert rendered.startswith(marking + "\n")
        assert rendered.rstrip("\n").endswith(marking)


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_signed_draft_changed_afterwards_is_marked_again(
    wiltshire_draft: Draft,
    fmt: str,
) -> None:
    """A signature covers the text signed: one changed word voids it."""
    finding = replace(wiltshire_draft.findings[0], response="A different response.")
    report = replace(wiltshire_draft.report, findings=[finding, *wiltshire_draft.findings[1:]])
    changed = replace(wiltshire_draft, report=report)
    assert changed.workflow.signoffs == wiltshire_draft.workflow.signoffs
    assert DRAFT_MARKING in render_text(changed, fmt) or DRAFT_MARKING.upper() in render_text(
        changed, fmt
    )


def test_text_put_back_as_signed_is_signed_off_again(
    wiltshire_draft: Draft,
) -> None:
    """A draft saved in review once its text changed, then put back exactly as both
    signed it: the signatures hold for it, and its status comes back (published,
    since it was published after both signed), so no DRAFT marking."""
    workflow = replace(wiltshire_draft.workflow, status=Status.IN_REVIEW)
    put_back = replace(wiltshire_draft, workflow=workflow)
    assert store.settled_status(put_back) is Status.PUBLISHED
    assert DRAFT_MARKING not in render_text(put_back, "md")
    unpublished = replace(put_back, workflow=replace(workflow, published=None))
    assert store.settled_status(unpublished) is Status.SIGNED_OFF


def test_one_signature_is_not_enough(
    wiltshire_draft: Draft,
) -> None:
    workflow = replace(wiltshire_draft.workflow, signoffs=wiltshire_draft.workflow.signoffs[:1])
    assert DRAFT_MARKING in render_text(replace(wiltshire_draft, workflow=workflow), "md")
