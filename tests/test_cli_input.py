"""Values typed on the command line, and what the command line says of them (found as
an adversary trying main as a stranger).

Before: `sign --name $'Sam\\x07'` rang the terminal's bell in its warning and its
confirmation and recorded the name; `new --title` took an escape sequence and
`progress --note` an OSC sequence, which only `drafter check` reported afterwards.
`import --title` still said no title was found; `import --report-only -o reports/r.toml`
failed where `new` makes drafts/ itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SHORT_REPORT, Result

from drafter import store

Cli = Callable[..., Result]
#: A bell, an escape sequence, an OSC sequence (retitles the window), a C1 control and
#: a right-to-left override: each would act on the terminal rather than show.
HOSTILE = ["Sam\x07", "PEEL \x1b[2K2026", "done \x1b]0;owned\x07", "x\x9by", "abc\u202edef"]
RAW = ("\x07", "\x1b", "\x9b", "\u202e")


def _no_raw(result: Result) -> None:
    for char in RAW:
        assert char not in result.out + result.err, result


@pytest.mark.parametrize("name", HOSTILE, ids=["bell", "csi", "osc", "c1", "bidi"])
def test_a_name_with_a_control_character_is_refused(unsigned: Path, cli: Cli, name: str) -> None:
    before = unsigned.read_bytes()
    result = cli("sign", unsigned, "--role", "chief", "--name", name)
    assert result.status == 2
    assert "argument --name: holds " in result.err and "control character" in result.err
    assert "type the value again without it" in result.err
    _no_raw(result)
    assert unsigned.read_bytes() == before


def test_a_one_line_value_refuses_a_line_end_but_a_note_keeps_it(
    unsigned: Path, tmp_path: Path, cli: Cli
) -> None:
    result = cli("sign", unsigned, "--role", "chief", "--name", "Sam\nOkafor")
    assert result.status == 2 and "(␊)" in result.err
    draft = tmp_path / "drafts" / "t.toml"
    result = cli("new", draft, "--title", "T\tU", "--area", "A", "--force", "F Police")
    assert result.status == 2 and "argument --title: holds a control character (␉)" in result.err
    assert not draft.exists()


@pytest.mark.parametrize(
    "option",
    ["--title", "--area", "--force", "--commissioner-name", "--chief-name", "--cc", "--url"],
)
def test_new_refuses_a_control_character_in_every_detail(
    tmp_path: Path, cli: Cli, option: str
) -> None:
    draft = tmp_path / "t.toml"
    details = {"--title": "T", "--area": "A", "--force": "F Police", option: "a\x1b[2Kb"}
    result = cli("new", draft, *[part for pair in details.items() for part in pair])
    assert result.status == 2
    assert f"argument {option}: holds a control character (␛)" in result.err
    _no_raw(result)
    assert not draft.exists()


def test_import_refuses_an_escape_in_its_title(tmp_path: Path, cli: Cli) -> None:
    report = tmp_path / "report.txt"
    report.write_text(SHORT_REPORT, encoding="utf-8")
    out = tmp_path / "r.toml"
    result = cli("import", report, "--report-only", "-o", out, "--title", "T\x1b]0;x\x07")
    assert result.status == 2 and "argument --title" in result.err
    assert not out.exists()


def test_a_progress_note_refuses_an_osc_sequence_but_keeps_lines(wiltshire: Path, cli: Cli) -> None:
    assert store.load(wiltshire).workflow.published is not None
    before = wiltshire.read_bytes()
    result = cli("progress", wiltshire, "R1", "--status", "in-progress", "--note", HOSTILE[2])
    assert result.status == 2
    assert "argument --note: holds control characters (␛, ␇)" in result.err
    _no_raw(result)
    assert wiltshire.read_bytes() == before
    result = cli("progress", wiltshire, "R1", "--status", "in-progress", "--note", "one\n\ttwo")
    assert result.status == 0, result.err
    finding = next(f for f in store.load(wiltshire).report.findings if f.title.endswith(" 1"))
    assert finding.progress[-1].note == "one\n\ttwo"


def test_what_sign_echoes_from_the_draft_is_shown_as_marks(unsigned: Path, cli: Cli) -> None:
    """--revoke echoes the signature's name from the draft, which a hand edit may have
    given an escape sequence: it must show as a mark."""
    assert cli("sign", unsigned, "--role", "chief", "--name", "K P").status == 0
    text = unsigned.read_text(encoding="utf-8")
    assert text.count('"K P"') == 1
    unsigned.write_text(text.replace('"K P"', '"K \\u001b[2KP"'), encoding="utf-8")
    result = cli("sign", unsigned, "--revoke", "--role", "chief")
    assert result.status == 0, result.err
    assert "(K ␛[2KP, " in result.out
    _no_raw(result)


def test_import_with_a_title_says_nothing_of_a_missing_one(tmp_path: Path, cli: Cli) -> None:
    report = tmp_path / "report.txt"
    report.write_text(SHORT_REPORT.split("\n", 1)[1], encoding="utf-8")  # no title line
    result = cli("import", report)
    assert "no title found" in result.out
    result = cli("import", report, "--title", "Given Title")
    assert result.status == 0, result.err
    assert "no title found" not in result.out
    assert result.out.splitlines()[0] == f"{report}: Given Title"
    out = tmp_path / "r.toml"
    result = cli("import", report, "--title", "Given Title", "--report-only", "-o", out)
    assert result.status == 0, result.err
    assert "no title found" not in result.err


def test_import_report_only_makes_its_folder_as_new_does(tmp_path: Path, cli: Cli) -> None:
    report = tmp_path / "report.txt"
    report.write_text(SHORT_REPORT, encoding="utf-8")
    out = tmp_path / "reports" / "deep" / "r.toml"
    result = cli("import", report, "--report-only", "-o", out)
    assert result.status == 0, result.err
    assert out.is_file()
    draft = tmp_path / "drafts" / "d.toml"
    assert cli("new", draft, "--from-report", out, "--area", "A", "--force", "F").status == 0
    blocked = tmp_path / "afile"
    blocked.write_text("x", encoding="utf-8")
    result = cli("import", report, "--report-only", "-o", blocked / "r.toml")
    assert result.status == 2
    assert "the folder" in result.err and "cannot be made" in result.err
    assert "Traceback" not in result.err


def test_sign_and_publish_dates_out_of_range_are_bad_input(unsigned: Path, cli: Cli) -> None:
    """The same mistake exits 2 in `drafter progress`; it did exit 1 here."""
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    for date in ("2020-03-01", future):
        result = cli("sign", unsigned, "--role", "chief", "--name", "K P", "--date", date)
        assert result.status == 2, result.err
        assert "check --date" in result.err
    for role, name in (("chief", "K P"), ("commissioner", "A M")):
        assert cli("sign", unsigned, "--role", role, "--name", name).status == 0
    for date in ("2020-03-01", future):
        assert cli("publish", unsigned, "--date", date).status == 2


def test_a_profile_that_is_missing_or_a_draft_says_what_to_do(
    tmp_path: Path, wiltshire: Path, cli: Cli
) -> None:
    draft = tmp_path / "new.toml"
    details = ("--title", "T", "--area", "A", "--force", "F Police")
    nope = tmp_path / "nope.toml"
    result = cli("new", draft, *details, "--profile", nope)
    assert result.status == 2
    assert result.err == (
        f"drafter: {nope}: cannot be read: No such file or directory; check the path "
        "(office profiles are described in docs/profile.md)\n"
    )
    result = cli("new", draft, *details, "--profile", wiltshire)
    assert result.status == 2
    assert result.err == (
        f"drafter: {wiltshire} is a draft, not an office profile; give the office "
        "profile, drafter.toml (docs/profile.md describes it)\n"
    )
    assert not draft.exists()


def test_fmt_names_a_status_the_signatures_no_longer_hold(unsigned: Path, cli: Cli) -> None:
    for role, name in (("chief", "K P"), ("commissioner", "A M")):
        assert cli("sign", unsigned, "--role", role, "--name", name).status == 0
    text = unsigned.read_text(encoding="utf-8")
    word = "Supt Williams will review Police attendance"
    assert 'status = "signed-off"' in text and text.count(word) == 1
    unsigned.write_text(text.replace(word, word.replace("review", "revise")), encoding="utf-8")
    result = cli("fmt", "--check", unsigned)
    assert result.status == 1
    assert result.out == (
        f"would reformat {unsigned}: the stored status is brought up to date "
        "(signed-off to in-review: the signatures no longer hold for the text)\n"
    )


@pytest.mark.parametrize("key", ["salutation", "close"])
@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_salutation_or_close_in_the_profile_is_refused(
    northmoor: Path, tmp_path: Path, cli: Cli, key: str, blank: str
) -> None:
    profile = tmp_path / "office.toml"
    profile.write_text(f'[letter]\n{key} = "{blank}"\n', encoding="utf-8")
    result = cli("render", northmoor, "--layout", "letter", "--to", "txt", "--profile", profile)
    assert result.status == 2 and result.out == ""
    assert f"office.toml:2:{len(key) + 4}: letter.{key}: is empty; " in result.err
    assert "leave the key out" in result.err


def test_a_reference_longer_than_a_line_is_refused(
    northmoor: Path, tmp_path: Path, cli: Cli
) -> None:
    profile = tmp_path / "office.toml"
    profile.write_text('[letter]\nreference = "{title}"\n', encoding="utf-8")
    result = cli("render", northmoor, "--layout", "letter", "--to", "txt", "--profile", profile)
    assert result.status == 0, result.err
    text = northmoor.read_text(encoding="utf-8")
    title = store.load(northmoor).report.title
    northmoor.write_text(text.replace(title, title + " and" + " more" * 20, 1), encoding="utf-8")
    result = cli("render", northmoor, "--layout", "letter", "--to", "txt", "--profile", profile)
    assert result.status == 2 and result.out == ""
    assert "the office profile's [letter] reference gives a reference of " in result.err
    assert "characters for this draft; keep it to 80 or fewer" in result.err
    assert "{title}" in result.err
