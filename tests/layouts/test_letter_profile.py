"""The letter as an office sends it: letterhead, reference, date, salutation and close
from the office profile, in every format, the profile's text shown as text."""

from __future__ import annotations

import copy
import datetime as dt
import html
import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from layout_cases import EXAMPLES, FORMATS, example, words

from drafter.profile_letter import Letter
from drafter.render.docx import render_docx
from drafter.render.text_formats import render_text

NORTHMOOR = next(p for p in EXAMPLES if "northmoor" in p.name)
WILTSHIRE = next(p for p in EXAMPLES if "wiltshire" in p.name)

#: Markup of every kind the formats know, in the office's own details.
HOSTILE = "<b>Office</b> & *Police* _of_ [x](javascript:alert(1)) \\textbf{Kent} $5 {{ doc }} | #1"

OFFICE = Letter(
    office="Office of the Police, Fire and Crime Commissioner for Northmoor and Dale",
    address=("Northmoor House", "1 Moor Lane", "Northmoor NM1 2AB"),
    telephone="01234 567890",
    email="opcc@northmoor.example.gov.uk",
    website="www.northmoor-opcc.example.gov.uk",
    reference="OPCC/{year}/{force}",
)
LETTERHEAD = [
    "Office of the Police, Fire and Crime Commissioner for Northmoor and Dale",
    "Northmoor House",
    "1 Moor Lane",
    "Northmoor NM1 2AB",
    "Telephone: 01234 567890",
    "Email: opcc@northmoor.example.gov.uk",
    "Website: www.northmoor-opcc.example.gov.uk",
    "Our ref: OPCC/2026/Northmoor",
]


def _read(page: str, fmt: str) -> str:
    """What a reader sees, without the marking's asterisks, the HTML's watermark word or
    the line to sign on."""
    said = words(page, fmt).replace("*** ", "").replace(" ***", "")
    said = said.removeprefix("DRAFT ") if said.startswith("DRAFT DRAFT") else said
    return " ".join(w for w in said.split() if w.strip("._"))


def _docx_text(letter: Letter, path: Path = NORTHMOOR) -> str:
    word = docx.Document(io.BytesIO(render_docx(example(path), layout="letter", letter=letter)))
    return "\n".join(p.text for p in word.paragraphs)


@pytest.mark.parametrize("fmt", [*FORMATS, "docx"])
def test_the_letterhead_and_reference_head_the_letter(fmt: str) -> None:
    if fmt == "docx":
        said = " ".join(_docx_text(OFFICE).split())
    else:
        said = _read(render_text(example(NORTHMOOR), fmt, layout="letter", letter=OFFICE), fmt)
    head = said[: said.index("To: the Home Secretary")]
    assert head == "DRAFT – not signed off " + " ".join(LETTERHEAD) + " "


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_profile_no_letterhead_and_nothing_in_its_place(fmt: str) -> None:
    page = render_text(example(NORTHMOOR), fmt, layout="letter")
    assert render_text(example(NORTHMOOR), fmt, layout="letter", letter=Letter()) == page
    said = _read(page, fmt)
    assert said.startswith("DRAFT – not signed off To: the Home Secretary HM Inspector, HMICFRS")
    body = page.split("<body>")[-1]
    for trace in ("Our ref", "Telephone", 'class="letterhead"', "<address", "None", "****"):
        assert trace not in body


def test_a_signed_letter_is_dated_by_its_later_signoff_in_every_format() -> None:
    for fmt in FORMATS:
        said = words(render_text(example(WILTSHIRE), fmt, layout="letter", letter=OFFICE), fmt)
        assert "Northmoor NM1 2AB Telephone" in said
        assert "Our ref: OPCC/2020/Wiltshire 27 April 2020 To: the Home Secretary" in said
    assert "Our ref: OPCC/2020/Wiltshire\n27 April 2020\nTo:" in _docx_text(OFFICE, WILTSHIRE)


def test_an_unsigned_draft_is_never_dated_today() -> None:
    draft = copy.deepcopy(example(NORTHMOOR))
    page = render_text(draft, "txt", layout="letter", letter=OFFICE)
    today = dt.date.today()
    assert f"{today.day} {today:%B %Y}" not in page
    assert "Our ref: OPCC/2026/Northmoor\n\nTo: the Home Secretary" in page


def test_a_reference_naming_what_the_draft_lacks_is_left_out() -> None:
    draft = copy.deepcopy(example(NORTHMOOR))
    draft.report.published = None
    page = render_text(draft, "txt", layout="letter", letter=OFFICE)
    assert "Our ref" not in page and "OPCC" not in page.replace("OPCC/", "")


@pytest.mark.parametrize(
    ("salutation", "close"),
    [("Dear Sir or Madam,", "Yours faithfully,"), ("Dear Home Secretary,", "Yours sincerely,")],
)
def test_the_profile_sets_the_salutation_and_the_close_follows(salutation: str, close: str) -> None:
    letter = Letter(salutation=salutation)
    for fmt in FORMATS:
        said = _read(render_text(example(NORTHMOOR), fmt, layout="letter", letter=letter), fmt)
        assert f"HMICFRS {salutation} RESPONSE OF THE" in said
        assert f" {close} Alex Morgan " in said
    text = _docx_text(letter)
    assert f"\n{salutation}\n" in text and f"\n{close}\n" in text
    explicit = Letter(salutation=salutation, close="With best wishes,")
    page = render_text(example(NORTHMOOR), "txt", layout="letter", letter=explicit)
    assert "\nWith best wishes,\n" in page and close not in page


def test_room_to_sign_and_the_signoffs_recorded_under_it() -> None:
    page = render_text(example(WILTSHIRE), "txt", layout="letter")
    assert (
        "Yours sincerely,\n\n\n\n______________________________\nAngus Macpherson\n"
        "Police and Crime Commissioner of Wiltshire and Swindon\n"
        "Signed off by Angus Macpherson on 27 April 2020\n\n\n\n"
        "______________________________\nKier Pritchard\nChief Constable, Wiltshire Police\n"
        "Signed off by Kier Pritchard on 24 April 2020\n"
    ) in page
    page = render_text(example(WILTSHIRE), "html", layout="letter")
    assert page.count('<div class="sign-space"></div>') == 2
    assert '<p class="signed">Signed off by Kier Pritchard on 24 April 2020</p>' in page


HOSTILE_LETTER = Letter(
    office=HOSTILE,
    address=(HOSTILE, "- not a list item"),
    telephone="<i>0</i>",
    reference="{title}",
    salutation="Dear <Home> *Secretary*,",
    close="Yours _truly_,",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_profiles_text_is_shown_as_text(fmt: str) -> None:
    draft = copy.deepcopy(example(NORTHMOOR))
    draft.report.title = "Report <script>alert(1)</script> *x*"
    page = render_text(draft, fmt, layout="letter", letter=HOSTILE_LETTER)
    said = _read(page, fmt)
    if fmt == "md":  # words() reads a "|" in Markdown as a table's column rule
        said = said.replace("{{ doc }} #1", "{{ doc }} | #1")
    for text in (HOSTILE, "Telephone: <i>0</i>", "Dear <Home> *Secretary*,", "Yours _truly_,"):
        assert text in said
    assert "Our ref: Report <script>alert(1)</script> *x*" in said
    if fmt == "html":
        assert "<b>Office" not in page and "<script>" not in page and "<i>0" not in page
        assert html.escape(HOSTILE, quote=False) in page.replace("&#39;", "'")
    if fmt == "txt":
        assert "\n- not a list item\n" in page
    if fmt == "md":
        assert "\\<b\\>Office\\</b\\> \\& \\*Police\\* \\_of\\_ \\[x\\]" in page
        assert "\\\\textbf{Kent} \\$5" in page  # no TeX maths where GitHub reads "$"
        assert "\\- not a list item" in page or "- not a list item" not in page


def test_the_profiles_text_is_shown_as_text_in_word() -> None:
    text = _docx_text(HOSTILE_LETTER)
    assert f"{HOSTILE}\n{HOSTILE}\n- not a list item\nTelephone: <i>0</i>\n" in text


@pytest.mark.slow
def test_the_profiles_text_is_shown_as_text_in_the_pdf(tmp_path: Path) -> None:
    from drafter.render.pdf import render_pdf

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: run `bash .ci/setup --test`")
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render_pdf(example(NORTHMOOR), layout="letter", letter=HOSTILE_LETTER))
    text = subprocess.run(
        ["pdftotext", "-nodiag", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert " ".join(HOSTILE.split()) in " ".join(text.split())


# --- drafter render finds the profile, or is told it ---------------------------------

PROFILE = """\
[letter]
office = "Office of the PFCC for Northmoor & Dale"
address = ["Northmoor House", "1 Moor Lane"]
reference = "OPCC/{year}/HMICFRS"
salutation = "Dear Sir or Madam,"
"""


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An office's drafts repository: a profile at its root, a draft in drafts/."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / ".git").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafter.toml").write_text(PROFILE, encoding="utf-8")
    return Path(shutil.copy(NORTHMOOR, tmp_path / "drafts" / NORTHMOOR.name))


def test_render_takes_the_letterhead_from_the_drafts_profile(cli, office: Path) -> None:
    result = cli("render", office, "--layout", "letter", "--to", "txt")
    assert result.status == 0, result.err
    assert result.out.startswith(
        "*** DRAFT – not signed off ***\n\nOffice of the PFCC for Northmoor & Dale\n"
        "Northmoor House\n1 Moor Lane\n\nOur ref: OPCC/2026/HMICFRS\n\nTo: the Home Secretary\n"
    )
    assert "\nDear Sir or Madam,\n" in result.out and "\nYours faithfully,\n" in result.out


def test_render_profile_names_another_profile(cli, office: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.toml"
    other.write_text('[letter]\noffice = "Another Office"\n', encoding="utf-8")
    result = cli("render", office, "--layout", "letter", "--to", "md", "--profile", other)
    assert result.status == 0, result.err
    assert "**Another Office**" in result.out and "Northmoor House" not in result.out


def test_a_draft_on_standard_input_takes_the_profile_of_the_current_folder(
    office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.chdir(office.parent.parent)
    done = subprocess.run(
        [sys.executable, "-m", "drafter", "render", "-", "--layout", "letter", "--to", "txt"],
        input=office.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"Office of the PFCC for Northmoor & Dale\n" in done.stdout


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[letter]\naddress = "Northmoor House, 1 Moor Lane"\n',
            "drafter.toml:2:11: letter.address: must be a list of lines, such as",
        ),
        ('[letter]\nofice = "x"\n', 'drafter.toml:2:9: letter.ofice: unknown key "ofice"'),
    ],
)
def test_a_mistake_in_the_profile_stops_render_with_where_it_is(
    cli, office: Path, text: str, message: str
) -> None:
    (office.parent.parent / "drafter.toml").write_text(text, encoding="utf-8")
    result = cli("render", office, "--layout", "letter", "--to", "txt")
    assert result.status == 2 and result.out == ""
    assert message in result.err and "Traceback" not in result.err


def test_render_profile_that_does_not_exist(cli, office: Path, tmp_path: Path) -> None:
    result = cli("render", office, "--to", "txt", "--profile", tmp_path / "missing.toml")
    assert result.status == 2
    assert "missing.toml: cannot be read" in result.err


def test_the_letter_holds_the_profiles_letterhead_rather_than_a_copy() -> None:
    from drafter.render.letter import LetterParts, letter_parts

    parts = letter_parts(example(NORTHMOOR), OFFICE, signed_off=False)
    assert parts.profile is OFFICE
    assert OFFICE.letterhead_lines == LETTERHEAD[1:-1]
    assert (
        Letter().letterhead_lines == []
        and letter_parts(example(NORTHMOOR), Letter(), signed_off=False).profile == Letter()
    )
    for copied in ("office", "address", "contact", "has_letterhead"):
        assert not hasattr(LetterParts(), copied), copied
