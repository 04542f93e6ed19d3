"""The office profile's [letter] table: what it holds, and how its mistakes are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.profile import ProfileError, load_profile
from drafter.profile_letter import Letter, default_close, reference_line

LETTER = """\
area = "Wiltshire and Swindon"

[letter]
office = "Office of the Police and Crime Commissioner for Wiltshire and Swindon"
address = ["Police Headquarters", "London Road", "Devizes SN10 2DN"]
telephone = "01380 734022"
email = "pcc@wiltshire.example.gov.uk"
website = "www.wiltshire.example.gov.uk"
reference = "OPCC/{year}/HMICFRS"
salutation = "Dear Home Secretary,"
close = "Yours sincerely,"
"""


def _load(tmp_path: Path, text: str) -> Letter:
    path = tmp_path / "drafter.toml"
    path.write_text(text, encoding="utf-8")
    return load_profile(path).letter


def _mistake(tmp_path: Path, text: str) -> str:
    path = tmp_path / "drafter.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:")
    return message.removeprefix(f"{path}")


def test_every_letter_key_is_read(tmp_path: Path) -> None:
    letter = _load(tmp_path, LETTER)
    assert letter == Letter(
        office="Office of the Police and Crime Commissioner for Wiltshire and Swindon",
        address=("Police Headquarters", "London Road", "Devizes SN10 2DN"),
        telephone="01380 734022",
        email="pcc@wiltshire.example.gov.uk",
        website="www.wiltshire.example.gov.uk",
        reference="OPCC/{year}/HMICFRS",
        salutation="Dear Home Secretary,",
        close="Yours sincerely,",
    )
    assert letter.contact == [
        "Telephone: 01380 734022",
        "Email: pcc@wiltshire.example.gov.uk",
        "Website: www.wiltshire.example.gov.uk",
    ]
    assert letter.has_letterhead


def test_no_letter_table_is_an_empty_letter(tmp_path: Path) -> None:
    letter = _load(tmp_path, 'area = "Kent"\n')
    assert letter == Letter() and not letter.has_letterhead and letter.contact == []


def test_blank_address_lines_are_dropped(tmp_path: Path) -> None:
    letter = _load(tmp_path, '[letter]\naddress = ["  Police HQ ", "", "   "]\n')
    assert letter.address == ("Police HQ",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[letter]\naddress = "Police HQ, London Road"\n',
            ':2:11: letter.address: must be a list of lines, such as ["Police Headquarters", '
            '"London Road", "Devizes SN10 2DN"], not one text',
        ),
        (
            "[letter]\naddress = [" + ", ".join(f'"line {i}"' for i in range(9)) + "]\n",
            ":2:11: letter.address: has 9 lines; a postal address takes 8 at most",
        ),
        (
            f'[letter]\naddress = ["HQ", "{"x" * 81}"]\n',
            ":2:11: letter.address[1]: is 81 characters long; keep it to 80 or fewer",
        ),
        (
            '[letter]\noffice = """Office of the PCC\nfor Kent"""\n',
            ":2:10: letter.office: must be one line; for an address, give each line as its "
            "own text in the list",
        ),
        (
            "[letter]\ntelephone = 1380734022\n",
            ":2:13: letter.telephone: must be text in double quotes, not the number 1380734022",
        ),
        (
            '[letter]\nemail = "pcc at kent"\n',
            ":2:9: letter.email: 'pcc at kent' is not an email address such as opcc@example.gov.uk",
        ),
        (
            '[letter]\nwebsite = "www.kent pcc.gov.uk"\n',
            ":2:11: letter.website: must be a web address without spaces, such as "
            "www.example.gov.uk",
        ),
        (
            '[letter]\nreference = "OPCC/{yaer}"\n',
            ":2:13: letter.reference: {yaer} is not a placeholder drafter fills in; use "
            "{year}, {date}, {title}, {force}",
        ),
        (
            '[letter]\nreference = "OPCC/{year:>8}"\n',
            ":2:13: letter.reference: {year:>8} is not a placeholder drafter fills in; use "
            "{year}, {date}, {title}, {force}",
        ),
        (
            '[letter]\nreference = "OPCC/{year"\n',
            ":2:13: letter.reference: has a { or } without its pair; write a placeholder such "
            "as {year}, or {{ and }} for a brace itself",
        ),
        (
            '[letter]\nsalutaton = "Dear Sir"\n',
            ':2:13: letter.salutaton: unknown key "salutaton"; did you mean "salutation"?',
        ),
        ('letter = "OPCC"\n', ":1:10: letter: must be a table, not "),
        (
            '[letter]\noffice = "Office\\u0000 of the \\u202ePCC"\n',
            ":2:10: letter.office: holds a control character (\u2400, <U+202E>); remove it "
            "and type the text again",
        ),
        (
            '[letter]\naddress = ["HQ", "Moor\\u001bLane"]\n',
            ":2:11: letter.address[1]: holds a control character (\u241b)",
        ),
    ],
)
def test_letter_mistakes_are_located(tmp_path: Path, text: str, expected: str) -> None:
    assert _mistake(tmp_path, text).startswith(expected)


@pytest.mark.parametrize(
    ("salutation", "close"),
    [
        ("Dear Home Secretary and HM Inspector,", "Yours sincerely,"),
        ("Dear Ms Williams,", "Yours sincerely,"),
        ("Dear Home Secretary", "Yours sincerely"),  # open punctuation: no comma either
        ("Dear Sir or Madam,", "Yours faithfully,"),
        ("Dear Sir/Madam,", "Yours faithfully,"),
        ("Dear Sirs,", "Yours faithfully,"),
        ("Dear Madam,", "Yours faithfully,"),
        ("To whom it may concern,", "Yours faithfully,"),
        ("Dear Sirius Black,", "Yours sincerely,"),  # a name that begins like "Sir"
    ],
)
def test_the_close_follows_british_convention(salutation: str, close: str) -> None:
    assert default_close(salutation) == close


def test_reference_line_is_left_out_when_the_draft_lacks_what_it_names() -> None:
    values = {"year": "", "date": "", "title": "PEEL 2025", "force": "Kent"}
    assert reference_line("OPCC/{year}/HMICFRS", values) == ""
    assert reference_line("{force}/{title}", values) == "Kent/PEEL 2025"
    assert reference_line("HMICFRS {{reply}}", values) == "HMICFRS {reply}"


def test_the_documented_profile_loads_with_its_letter() -> None:
    """docs/profile.md's example is a profile drafter reads, [letter] table and all."""
    import re

    from drafter.profile import loads_profile

    docs = Path(__file__).resolve().parents[2] / "docs" / "profile.md"
    match = re.search(r"```toml\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    assert match is not None
    letter = loads_profile(match.group(1), docs).letter
    assert letter.has_letterhead and letter.reference == "OPCC/{year}/HMICFRS"
    assert len(letter.address) == 4 and letter.close == "Yours sincerely,"
