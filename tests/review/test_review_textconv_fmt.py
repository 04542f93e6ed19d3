"""textconv (one sentence a line, raw text for anything else) and fmt (canonical form)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import EXAMPLES, WILTSHIRE

from drafter import store
from drafter.review.textconv import draft_text, prose_lines, sentences, textconv
from drafter.store.comments import not_kept

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
        ('He said "Yes." Then left.', ['He said "Yes."', "Then left."]),
        ("See e.g. the plan. Next.", ["See e.g. the plan.", "Next."]),
        ("Ask Mr. Smith and J. Bloggs. Done.", ["Ask Mr. Smith and J. Bloggs.", "Done."]),
        ("It costs £4.50 in total. Right.", ["It costs £4.50 in total.", "Right."]),
        ("By 2027. (See para. 4.) Done.", ["By 2027.", "(See para. 4.)", "Done."]),
        ("lower case after. a full stop stays", ["lower case after. a full stop stays"]),
        ("", [""]),
    ],
)
def test_sentences(paragraph: str, expected: list[str]) -> None:
    assert sentences(paragraph) == expected


def test_prose_lines_keep_bullets_and_drop_blank_lines() -> None:
    text = "By 2027 the force should:\n\n- review it. Then report.\n• train staff"
    assert prose_lines(text) == [
        "By 2027 the force should:",
        "- review it.",
        "  Then report.",
        "- train staff",
    ]


def test_draft_text_of_the_reference() -> None:
    text = draft_text(store.load(WILTSHIRE))
    lines = text.splitlines()
    assert lines[:7] == [
        "== Report ==",
        "Title: Counter-terrorism policing - An inspection of the police's contribution to "
        "the government's Prevent programme",
        "Inspectorate: HMICFRS",
        "Kind: thematic",
        "Published: 9 March 2020",
        "Statutory deadline: 3 May 2020",
        "",
    ]
    start = lines.index("== Recommendation 1 ==")
    assert lines[start : start + 4] == [
        "== Recommendation 1 ==",
        "Addressee: NPCC national Prevent lead and each force Prevent lead",
        "Deadline: with immediate effect",
        "With immediate effect, the NPCC national Prevent lead and each force Prevent lead "
        "should review the attendance of force representatives at Channel panels so that police "
        "are correctly represented by decision makers who can contribute to managing risk.",
    ]
    assert lines[start + 4] == "Decision: Accepted"
    assert lines[-4:] == [
        "Status: published",
        "Response published: 30 April 2020",
        "Signed by the chief: Kier Pritchard, 24 April 2020 (valid)",
        "Signed by the commissioner: Angus Macpherson, 27 April 2020 (valid)",
    ]
    # Every sentence of every response is on a line of its own.
    for finding in store.load(WILTSHIRE).findings:
        for sentence in prose_lines(finding.response):
            assert sentence in lines


@pytest.mark.parametrize(
    "data",
    [
        b'[project]\nname = "not-a-draft"\n',
        b"format = 1\n[report\n",
        b"\xff\xfe not UTF-8 \x00",
        b"",
    ],
)
def test_textconv_falls_back_to_the_raw_bytes(data: bytes) -> None:
    assert textconv(data) == data


def test_textconv_command(tmp_path: Path, cli: Callable) -> None:
    result = cli("textconv", WILTSHIRE)
    assert result.status == 0
    assert result.out == draft_text(store.load(WILTSHIRE))
    pyproject = cli("textconv", REPO / "pyproject.toml")
    assert pyproject.out == (REPO / "pyproject.toml").read_text(encoding="utf-8")
    missing = cli("textconv", tmp_path / "nope.toml")
    assert missing.status == 2
    assert missing.err.startswith(f"drafter: {tmp_path / 'nope.toml'}: cannot be read")


# --- fmt ------------------------------------------------------------------------------


def scrambled(path: Path) -> str:
    """The same draft, written as a person might: comments, blank lines, keys reordered."""
    text = path.read_text(encoding="utf-8")
    text = text.replace("format = 2\n", "# a comment\nformat = 2\n\n\n", 1)
    return text.replace('kind = "thematic"\n', "").replace(
        "[report]\n", '[report]\nkind = "thematic"\n', 1
    )


def test_fmt_rewrites_only_what_is_not_canonical(tmp_path: Path, cli: Callable) -> None:
    messy = tmp_path / "messy.toml"
    messy.write_text(scrambled(WILTSHIRE), encoding="utf-8")
    tidy = tmp_path / "tidy.toml"
    tidy.write_bytes(WILTSHIRE.read_bytes())
    os.utime(tidy, (1_000_000_000, 1_000_000_000))

    # Its comment is named, since the rewrite drops it (tests/test_comments.py).
    dropped = f"drafter: warning: {messy}: {not_kept([1])}\n"
    check = cli("fmt", "--check", messy, tidy)
    why = "TOML comments; key order (report)"
    assert (check.status, check.out, check.err) == (1, f"would reformat {messy}: {why}\n", dropped)
    assert messy.read_text(encoding="utf-8") == scrambled(WILTSHIRE)

    result = cli("fmt", messy, tidy)
    assert (result.status, result.out, result.err) == (0, f"reformatted {messy}: {why}\n", dropped)
    assert messy.read_bytes() == WILTSHIRE.read_bytes()
    assert tidy.stat().st_mtime == 1_000_000_000  # untouched: not even rewritten

    again = cli("fmt", "--check", messy, tidy)
    assert (again.status, again.out) == (0, "")


def test_fmt_reports_invalid_drafts_and_carries_on(tmp_path: Path, cli: Callable) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 1\n[report\n", encoding="utf-8")
    messy = tmp_path / "messy.toml"
    messy.write_text(scrambled(WILTSHIRE), encoding="utf-8")
    result = cli("fmt", broken, messy)
    assert result.status == 2
    assert result.out == f"reformatted {messy}: TOML comments; key order (report)\n"
    assert result.err.startswith(f"drafter: {broken}:2:")
    assert broken.read_text(encoding="utf-8") == "format = 1\n[report\n"


def _tidy() -> str:
    return WILTSHIRE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "why"),
    [
        pytest.param(
            _tidy().replace(" = ", "  =  "), "spacing, quoting or line breaks", id="spacing"
        ),
        pytest.param(_tidy().replace("\n", "\r\n"), "Windows line ends (CRLF)", id="crlf"),
        pytest.param(
            _tidy().replace("[report]\n", '[report]\nurl = ""\n', 1),
            "empty, default or settled values drafter does not write (report.url)",
            id="empty",
        ),
        pytest.param(
            _tidy().replace('kind = "recommendation"', 'kind = "recommendation"\ncause = ""', 1),
            "empty, default or settled values drafter does not write (findings[0].cause)",
            id="empty-in-finding",
        ),
    ],
)
def test_fmt_check_says_why(tmp_path: Path, cli: Callable, text: str, why: str) -> None:
    path = tmp_path / "draft.toml"
    path.write_bytes(text.encode("utf-8"))
    result = cli("fmt", "--check", path)
    assert (result.status, result.out, result.err) == (1, f"would reformat {path}: {why}\n", "")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_shipped_examples_are_canonical(example: Path, cli: Callable) -> None:
    assert cli("fmt", "--check", example).status == 0


def test_pre_commit_hooks_file() -> None:
    text = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hooks = [
        line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("- id:")
    ]
    entries = [
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.strip().startswith("entry:")
    ]
    assert hooks == ["drafter-valid", "drafter-fmt", "drafter-ready", "drafter-check"]
    assert entries == ["drafter fmt --check", "drafter fmt", "drafter check", "drafter check"]
