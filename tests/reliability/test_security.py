"""A draft, template or report from someone else can do no harm.

- Script and markup in any text of a draft show as text in HTML and PDF: the HTML
  of a hostile draft has exactly the elements and attributes of a harmless one.
- User templates run in Jinja2's sandbox: known ways out fail with a clean
  TemplateProblem (exit 2), never a crash, never output.
- Template names cannot leave their folders, and no command writes over the
  draft it reads unless writing it is its job (fmt, sign, publish).
- Rendering a PDF and importing a report touch no network: the socket functions
  are replaced with ones that record the attempt and refuse.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import urllib.request
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

import pytest
from bigdraft import tree_digest

from drafter import store
from drafter.errors import TemplateProblem
from drafter.model import ActionStatus, Draft, ProgressUpdate
from drafter.render.templates import available_layouts, environment, load_template
from drafter.render.text_formats import render_text

REPO = Path(__file__).resolve().parents[2]
WILTSHIRE = REPO / "drafts" / "wiltshire-prevent-2020.toml"

PAYLOAD = (
    '<script>alert("x")</script><img src="http://127.0.0.1:9/x.png" onerror="alert(1)">'
    '<link rel="stylesheet" href="http://127.0.0.1:9/s.css">'
    "<style>@import url(http://127.0.0.1:9/i.css);</style>"
    '<iframe src="file:///etc/passwd"></iframe><a href="javascript:alert(2)">go</a>'
    "\"'>&amp; {{ 7*7 }} {% raw %}"
)


def fill(draft: Draft, text: str) -> Draft:
    """Put ``text`` into every text of the draft a person writes or imports."""
    draft.report.title += text
    draft.report.url = "https://example.org/" + text
    response = draft.response
    for name in ("area", "force", "force_short"):
        setattr(response, name, getattr(response, name) + text)
    for officer in (response.commissioner, response.chief):
        officer.title += text
        officer.name += text
        officer.comments += "\n" + text + "\n- " + text
    response.cc = [*response.cc, text]
    for finding in draft.findings:
        finding.number += text
        finding.text += "\n" + text
        finding.addressee += text
        finding.deadline += text
        finding.owner += text
        if finding.response:
            finding.response += "\n" + text
        # Progress after publication, which the progress layout shows.
        day = draft.report.published or dt.date(2020, 1, 1)
        finding.progress = [
            ProgressUpdate(day, ActionStatus.IN_PROGRESS, text + "\n- " + text, text)
        ]
    for group in response.noted:
        group.addressee += text
        group.statement += "\n" + text
    return draft


class Elements(HTMLParser):
    """The elements and attributes of a page, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[tuple[str, tuple[str, ...]]] = set()
        self.urls: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add((tag, tuple(sorted(name for name, _ in attrs))))
        self.urls += [v for name, v in attrs if name in ("src", "href") and v]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def hostile() -> Draft:
    return fill(store.load(WILTSHIRE), PAYLOAD)


def harmless() -> Draft:
    return fill(store.load(WILTSHIRE), "PAYLOAD")


@pytest.mark.parametrize("layout", available_layouts())
def test_html_shows_script_and_markup_as_text(layout: str) -> None:
    page = parse(render_text(hostile(), "html", layout=layout))
    plain = parse(render_text(harmless(), "html", layout=layout))
    assert page.tags == plain.tags  # not one element or attribute from the draft's text
    assert page.urls == plain.urls
    text = "".join(page.text)
    assert text.count('<script>alert("x")</script>') >= 10
    assert "{{ 7*7 }}" in text and "&amp;" in text


# --- the network ------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Refuse, and record, every way out to the network (and urllib's file: reader)."""
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., object]:
        def blocked(*args: object, **kwargs: object) -> object:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"{name}: the network is blocked in this test")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urlopen"))
    yield attempts


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "".join("".join(page.extract_text().split()) for page in PdfReader(BytesIO(data)).pages)


def test_pdf_shows_script_as_text_and_fetches_nothing(no_network: list[str]) -> None:
    from drafter.render.pdf import render_pdf

    data = render_pdf(hostile())
    assert no_network == []
    text = pdf_text(data)
    assert text.count('<script>alert("x")</script>') >= 10
    assert "{{7*7}}" in text


@pytest.mark.parametrize(
    "reference",
    [
        '<img src="http://127.0.0.1:9/logo.png" alt="">',
        '<link rel="stylesheet" href="https://127.0.0.1:9/style.css">',
        "<style>body { background: url(file:///etc/passwd) }</style>",
        '<img src="logo.png" alt="">',
    ],
    ids=["http image", "https stylesheet", "file url in css", "relative image"],
)
def test_pdf_template_that_fetches_is_refused(
    reference: str, tmp_path: Path, no_network: list[str]
) -> None:
    from drafter.render.pdf import render_pdf

    mine = tmp_path / "mine"
    mine.mkdir()
    shipped = (REPO / "templates" / "standard.html.j2").read_text("utf-8")
    (mine / "standard.html.j2").write_text(shipped.replace("<body>", "<body>" + reference))
    (mine / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(TemplateProblem) as raised:
        render_pdf(store.load(WILTSHIRE), templates=mine)
    assert "fetches nothing from the network or the disk" in str(raised.value)
    assert no_network == []


IMPORT_HTML = """<!DOCTYPE html><html><head>
<link rel="stylesheet" href="http://127.0.0.1:9/style.css">
<script src="http://127.0.0.1:9/app.js"></script>
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">
<title>An inspection of the police response to things</title></head><body>
<img src="http://127.0.0.1:9/banner.png"><iframe src="http://127.0.0.1:9/frame"></iframe>
<h1>An inspection of the police response to things</h1>
<h2>Recommendations</h2>
<h3>Recommendation 1</h3>
<p>By 31 March 2027, chief constables should make sure that <a href="http://127.0.0.1:9/x">
their forces</a> answer calls quickly.</p>
<h3>Recommendation 2</h3>
<p>By 31 March 2027, the College of Policing should publish guidance.</p>
</body></html>"""


def test_importing_a_web_page_fetches_nothing(no_network: list[str], tmp_path: Path) -> None:
    from drafter.importers import import_report

    source = tmp_path / "report.html"
    source.write_text(IMPORT_HTML, encoding="utf-8")
    result = import_report(source)
    assert [f.number for f in result.findings] == ["1", "2"]
    assert "answer calls quickly" in result.findings[0].text
    assert no_network == []


def test_importing_a_pdf_with_links_fetches_nothing(no_network: list[str], tmp_path: Path) -> None:
    from fpdf import FPDF

    from drafter.importers import import_report

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()

    def write(size: int, style: str, *lines: str, link: str = "") -> None:
        pdf.set_font("helvetica", style, size)
        for line in lines:
            pdf.cell(0, size / 2 + 1, line, link=link, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)

    write(18, "B", "An inspection of the police response to things")
    write(
        10,
        "",
        "This inspection looked at how forces respond to things.",
        "We visited six forces and spoke to officers and staff.",
        "See http://127.0.0.1:9/ for the data.",
        link="http://127.0.0.1:9/data",
    )
    write(13, "B", "Recommendations")
    write(13, "B", "Recommendation 1")
    write(
        10,
        "",
        "By 31 March 2027, chief constables should answer calls quickly.",
        link="http://127.0.0.1:9/x",
    )
    write(13, "B", "Recommendation 2")
    write(10, "", "By 31 March 2027, the College of Policing should publish guidance.")
    source = tmp_path / "report.pdf"
    source.write_bytes(bytes(pdf.output()))
    result = import_report(source)
    assert [f.number for f in result.findings] == ["1", "2"]
    assert no_network == []


# --- the template sandbox -----------------------------------------------------------

ESCAPES = {
    "subclasses via a string": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "subclasses via a list": "{{ [].__class__.__base__.__subclasses__() }}",
    "cycler globals": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "joiner globals": "{{ joiner.__init__.__globals__ }}",
    "namespace globals": "{{ namespace.__init__.__globals__ }}",
    "lipsum globals": "{{ lipsum.__globals__['os'].system('id') }}",
    "template reference context": "{{ self._TemplateReference__context }}",
    "self init": "{{ self.__init__.__globals__ }}",
    "func_globals": "{{ text_table.func_globals }}",
    "function globals": "{{ text_table.__globals__['__builtins__'] }}",
    "filter globals": "{{ (doc|attr('__class__')).__init__.__globals__ }}",
    "format string": "{{ '{0.__class__.__init__.__globals__}'.format(doc) }}",
    "draft internals": "{{ doc.draft.__init__.__globals__ }}",
    "pickling": "{{ doc.__reduce_ex__(2) }}",
    "huge range": "{% for i in range(10**9) %}{% endfor %}",
    "huge power": "{{ 10**300000000 }}",
    "huge power from a variable": "{% set n = 300000000 %}{{ 10**n }}",
    "huge repeated text": "{{ 'a' * 10**10 }}",
    "huge repeated list": "{{ [1, 2] * 10**8 }}",
    "bad format arguments": "{{ '%s %s'|format(doc) }}",
    "endless recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "include a parent file": "{% include '../draft.toml' %}",
    "include an absolute path": "{% include '/etc/passwd' %}",
    "extends a parent file": "{% extends '../../../etc/passwd' %}",
    "import a parent file": "{% import '../draft.toml' as d %}",
}


@pytest.mark.parametrize("template", ESCAPES.values(), ids=ESCAPES.keys())
def test_sandbox_refuses_escape(template: str, tmp_path: Path, cli: Callable) -> None:
    draft = Path(shutil.copy(WILTSHIRE, tmp_path / "draft.toml"))
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "standard.md.j2").write_text(template, encoding="utf-8")
    result = cli("render", draft, "--templates", mine)
    assert result.status == 2, result.err
    assert result.out == ""
    assert "Traceback" not in result.err and "unexpected problem" not in result.err
    assert result.err.startswith("drafter: "), result.err
    assert "template" in result.err


def test_user_templates_run_in_the_sandbox(tmp_path: Path) -> None:
    from jinja2.sandbox import SandboxedEnvironment

    assert isinstance(environment(tmp_path), SandboxedEnvironment)


@pytest.mark.parametrize(
    "name", ["../standard.md.j2", "../../templates/standard.md.j2", "/etc/passwd", "a/../../b.j2"]
)
def test_template_names_cannot_leave_their_folder(name: str, tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "standard.md.j2").write_text("outside")
    with pytest.raises(TemplateProblem, match="no template named"):
        load_template(environment(tmp_path / "mine"), name)


@pytest.mark.parametrize(
    "layout", ["../standard", "..", "standard/../letter", "/etc/passwd", "Standard"]
)
def test_layout_names_are_checked(layout: str, cli: Callable, wiltshire: Path) -> None:
    result = cli("render", wiltshire, "--layout", layout)
    assert result.status == 2
    assert "is not a layout name; use lower-case letters, digits and hyphens" in result.err


# --- writing over the input -----------------------------------------------------------


@pytest.mark.parametrize("spelling", ["same", "dot", "absolute", "parent", "symlink", "hardlink"])
def test_render_never_writes_over_its_draft(
    spelling: str, tmp_path: Path, cli: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "work"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(WILTSHIRE, folder / "draft.toml")
    monkeypatch.chdir(folder)
    output = {
        "same": "draft.toml",
        "dot": "./draft.toml",
        "absolute": str(folder / "draft.toml"),
        "parent": "sub/../draft.toml",
        "symlink": "link.toml",
        "hardlink": "hard.toml",
    }[spelling]
    if spelling == "symlink":
        os.symlink("draft.toml", "link.toml")
    if spelling == "hardlink":
        os.link("draft.toml", "hard.toml")
    before = tree_digest(folder)
    result = cli("render", "draft.toml", "-o", output, "--to", "md")
    assert result.status == 2
    assert "is the draft being read; choose another output file" in result.err
    assert tree_digest(folder) == before


READ_ONLY_COMMANDS = {
    "check": ("check", "draft.toml", "--today", "2020-04-01"),
    "render to standard output": ("render", "draft.toml", "--to", "html"),
    "status": ("status", "."),
    "diff": ("diff", "draft.toml", "other.toml"),
    "textconv": ("textconv", "draft.toml"),
    "fmt --check": ("fmt", "--check", "draft.toml", "other.toml"),
    "import without -o": ("import", "report.html"),
}


@pytest.mark.parametrize("args", READ_ONLY_COMMANDS.values(), ids=READ_ONLY_COMMANDS.keys())
def test_reading_commands_write_nothing(
    args: tuple[str, ...], tmp_path: Path, cli: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(WILTSHIRE, tmp_path / "draft.toml")
    (tmp_path / "other.toml").write_text(
        WILTSHIRE.read_text("utf-8").replace("Wiltshire Police notes", "Wiltshire Police notes all")
        + "\n# a comment that fmt would drop\n",
        encoding="utf-8",
    )
    (tmp_path / "report.html").write_text(IMPORT_HTML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = tree_digest(tmp_path)
    result = cli(*args)
    assert result.status in (0, 1), result.err
    assert result.out
    assert tree_digest(tmp_path) == before
