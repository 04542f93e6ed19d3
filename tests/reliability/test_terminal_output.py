"""Text from a draft or a report never reaches the terminal as control characters
(issue 14, items 6 and 7).

Before: an escape sequence in a response went raw to the terminal in status, diff
(even without colour), textconv (so `git diff`), check's messages and import's
summary, so a crafted response could erase the line showing a changed decision;
and a title starting with "=" went into `status --format csv` as a formula.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from drafter.review.diff_text import BOLD, GREEN, RED, RESET
from drafter.safe_text import csv_cell, visible

REPO = Path(__file__).resolve().parents[2]
NORTHMOOR = (REPO / "drafts" / "northmoor-peel-2026-fictional.toml").read_text("utf-8")
#: Erase the line, move up, a C1 control sequence introducer, a right-to-left override.
HOSTILE = r"\u001b[2K\u001b[1A\u009b31m\u202e"
RAW = ("\x1b", "\x9b", "\u202e")
#: The same, as `visible` shows them.
SHOWN = "␛[2K␛[1A<U+009B>31m<U+202E>"


def _hostile(text: str = NORTHMOOR) -> str:
    text = text.replace('title = "PEEL', f'title = "{HOSTILE}PEEL', 1)
    text = text.replace('name = "Alex Morgan"', f'name = "Alex {HOSTILE}Morgan"', 1)
    return text.replace('response = """\n', f'response = """\n{HOSTILE}', 1)


def _no_raw(*texts: str) -> None:
    for text in texts:
        own = text
        for code in (RED, GREEN, BOLD, RESET):
            own = own.replace(code, "")  # drafter's own colours are fine
        for char in RAW:
            assert char not in own, f"raw {char!r} printed: {text!r}"


def test_visible_shows_every_kind_of_control_character() -> None:
    assert visible("a\x1b[2Kb\tc\nd\x07\x9b\u202e\x7f") == "a␛[2Kb\tc\nd␇<U+009B><U+202E>␡"
    assert visible("Welsh: Ŵ ŷ, emoji 🙂, quotes “ ”") == "Welsh: Ŵ ŷ, emoji 🙂, quotes “ ”"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.toml"
    path.write_text(_hostile(), encoding="utf-8")
    return path


def test_status_textconv_and_check_show_control_characters(hostile, cli) -> None:
    for args in (("status", hostile.parent), ("textconv", hostile), ("check", hostile)):
        result = cli(*args)
        _no_raw(result.out, result.err)
        assert "␛" in result.out + result.err, args


def test_check_reports_control_characters_as_a_problem(hostile, cli) -> None:
    result = cli("check", hostile)
    assert result.status == 1
    assert re.search(r"report\.title: .*control characters .*␛.*<U\+202E>", result.out), result.out
    assert "response.commissioner.name" in result.out


@pytest.mark.parametrize("colour", ["never", "always"])
def test_diff_shows_control_characters(tmp_path, cli, colour: str) -> None:
    old = tmp_path / "old.toml"
    old.write_text(NORTHMOOR, encoding="utf-8")
    new = tmp_path / "new.toml"
    new.write_text(_hostile(), encoding="utf-8")
    result = cli("diff", old, new, "--colour", colour)
    assert result.status == 1
    _no_raw(result.out, result.err)
    assert "␛[2K" in result.out


def test_error_messages_show_control_characters(tmp_path, cli) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        NORTHMOOR.replace('decision = "accept"', f'decision = "{HOSTILE}"', 1), encoding="utf-8"
    )
    result = cli("check", bad)
    assert result.status == 2
    _no_raw(result.err)
    assert SHOWN in result.err


def test_import_summary_shows_control_characters(tmp_path, cli) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "Recommendation 1\nBy 31 March 2027, the force should \x1b[2K\u202estop the rot.\n",
        encoding="utf-8",
    )
    result = cli("import", report)
    assert result.status == 0, result.err
    _no_raw(result.out, result.err)


def test_status_csv_neutralises_formulas(tmp_path, cli) -> None:
    for name, title in (
        ("=cmd.toml", '=HYPERLINK(\\"http://x\\")'),
        ("@sum.toml", "+1+2"),
        ("plain.toml", "-2"),
    ):
        (tmp_path / name).write_text(
            NORTHMOOR.replace('title = "PEEL 2025–27: An inspection', f'title = "{title}', 1),
            encoding="utf-8",
        )
    result = cli("status", tmp_path, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 3
    for row in rows:
        for column in ("path", "report"):
            assert not row[column].startswith(("=", "+", "-", "@")), row
    assert {row["report"][:4] for row in rows} == {"'=HY", "'+1+", "'-2 "}
    # Numbers stay numbers: days overdue are negative, not formulas.
    assert csv_cell(-3) == -3
