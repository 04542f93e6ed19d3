"""User text never changes the structure of a rendered document.

Each hostile text is put in every place the standard layout shows user text, and
the rendering is parsed (Markdown with markdown-it-py, HTML with html.parser) and
compared with the rendering of the same draft holding plain words: the structure
must be identical and the hostile text must come out exactly as typed.
"""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

import pytest
from conftest import WILTSHIRE
from markdown_it import MarkdownIt

from drafter import store
from drafter.model import Draft
from drafter.render.prose import display_width
from drafter.render.text_formats import render_text

PLAIN = "plain words here"

HOSTILE = [
    "1. Accepted in full.",
    "1) Accepted.",
    "2020. A good year",
    "# Not a heading",
    "### Nor this",
    "*emphasis* and **strong** and * lone star",
    "_under_ and __double__ and snake_case_name",
    "<script>alert('x')</script>",
    "<!-- a comment --> and <br> and <b>bold</b>",
    "a | b | c",
    "| --- | --- |",
    "&amp; &lt;b&gt; &#169; &copy;",
    "> not a quote",
    "+ not a list",
    "---",
    "===",
    "`code` and ```fence",
    "[link](http://example.com) and ![image](x.png)",
    "<http://example.com> and <officer@example.com>",
    "\\ backslashes \\* \\",
    "~~struck~~",
    "1\\. already escaped",
    "Ends with two spaces  ",
    "Heddlu: ŵ ŷ â 👍🏽 “curly” ‘quotes’ – dash",
]


@pytest.fixture(scope="module")
def base() -> Draft:
    return store.load(WILTSHIRE)


def fill(draft: Draft, value: str) -> Draft:
    """``value`` in every place the standard layout shows the user's text."""
    response = draft.response
    finding = replace(draft.findings[0], text=value, response=value)
    return replace(
        draft,
        report=replace(draft.report, title=value, findings=[finding, *draft.findings[1:]]),
        response=replace(
            response,
            force_short=value,
            cc=[value, value],
            commissioner=replace(response.commissioner, comments=value),
            chief=replace(response.chief, comments=f"{value}\n{value}"),
            noted=[replace(response.noted[0], statement=value)],
        ),
    )


def shown(value: str) -> str:
    """How a paragraph is shown: trimmed, runs of spaces as one."""
    return " ".join(value.split())


# --- Markdown ---------------------------------------------------------------------------

_MD = MarkdownIt("commonmark").enable("table")


def md_structure(text: str) -> tuple[list[tuple[str, ...]], str]:
    """Token structure (block tokens, and inline children with text runs merged) and text."""
    structure: list[tuple[str, ...]] = []
    texts: list[str] = []
    for token in _MD.parse(text):
        if token.type != "inline":
            structure.append((token.type, token.tag, token.markup))
            continue
        children: list[str] = []
        run = ""
        for child in token.children or []:
            if child.type == "text":
                run += child.content
                if not children or children[-1] != "text":
                    children.append("text")
                continue
            if run:
                texts.append(run)
                run = ""
            children.append(f"{child.type}:{child.content}")
        if run:
            texts.append(run)
        structure.append(("inline", *children))
    return structure, "\n".join(texts)


@pytest.mark.parametrize("value", HOSTILE)
def test_markdown_structure_is_unchanged(base: Draft, value: str) -> None:
    plain_structure, plain_text = md_structure(render_text(fill(base, PLAIN), "md"))
    structure, text = md_structure(render_text(fill(base, value), "md"))
    assert structure == plain_structure
    assert text.count(shown(value)) == plain_text.count(PLAIN) == 10


def test_markdown_table_keeps_its_rows_and_cells(base: Draft) -> None:
    structure, _ = md_structure(render_text(fill(base, "a | b | c"), "md"))
    kinds = [s[0] for s in structure]
    assert kinds.count("tr_open") == 3
    assert kinds.count("td_open") == 4
    assert kinds.count("th_open") == 2


def test_the_markdown_check_would_see_a_list(base: Draft) -> None:
    """Unescaped, "1. Accepted" is a list: the comparison is not blind to it."""
    plain, _ = md_structure("plain words here\n")
    listed, _ = md_structure("1. Accepted in full.\n")
    assert plain != listed
    assert ("ordered_list_open", "ol", ".") in listed


# --- HTML -------------------------------------------------------------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[str] = []
        self.comments: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.elements.append(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.elements.append(f"{tag}/")

    def handle_endtag(self, tag: str) -> None:
        self.elements.append(f"/{tag}")

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_structure(text: str) -> tuple[list[str], list[str], str]:
    parser = _Elements()
    parser.feed(text)
    parser.close()
    return parser.elements, parser.comments, "".join(parser.text)


@pytest.mark.parametrize("value", HOSTILE)
def test_html_structure_is_unchanged(base: Draft, value: str) -> None:
    plain_elements, plain_comments, plain_text = html_structure(
        render_text(fill(base, PLAIN), "html")
    )
    elements, comments, text = html_structure(render_text(fill(base, value), "html"))
    assert elements == plain_elements
    assert comments == plain_comments == []
    # 10 places, and the force's short name again in the table's caption
    assert text.count(shown(value)) == plain_text.count(PLAIN) == 11


# --- plain text -------------------------------------------------------------------------


def text_shape(text: str) -> list[str]:
    """Each line reduced to its kind: table rule, table row, underline, blank or prose.

    An underline is a run of "=" straight under a line of prose; a paragraph of "="
    typed by the user stands after a blank line, so it stays prose.
    """
    shape = []
    for line in text.split("\n"):
        if line and line[0] in "┌├╞└":
            assert len(line) == 78, line
            shape.append(line)
        elif line.startswith("│"):
            assert display_width(line) == 78 and line.count("│") == 3, line
            shape.append("row")
        elif line and set(line) == {"="} and shape and shape[-1] == "prose":
            shape.append("underline")
        else:
            shape.append("blank" if not line.strip() else "prose")
    return shape


@pytest.mark.parametrize("value", HOSTILE)
def test_text_structure_is_unchanged(base: Draft, value: str) -> None:
    plain = render_text(fill(base, PLAIN), "txt")
    hostile = render_text(fill(base, value), "txt")
    # the cells wrap differently, so compare the table's frame and the page outside it
    plain_shape = [s for s in text_shape(plain) if s != "row"]
    hostile_shape = [s for s in text_shape(hostile) if s != "row"]
    assert hostile_shape == plain_shape
    assert shown(value) in hostile


def test_text_table_borders_line_up_with_wide_characters() -> None:
    """Emoji and East Asian characters take two terminal columns; the borders must still align."""
    from drafter.render.document import Row, Table
    from drafter.render.prose import text_table

    table = Table(
        "Recommendations",
        "Response 🚓",
        [Row(left="警察 " * 30 + "end", right="🚓 " * 40 + "Llanelli ŵ ŷ café")],
    )
    lines = text_table(table).split("\n")
    assert {display_width(line) for line in lines} == {78}
    assert "警察" in text_table(table) and "🚓" in text_table(table)
