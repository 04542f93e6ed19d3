"""Drafts that are odd rather than broken: far dates, a byte-order mark, deep nesting.

Issue 14, items 4, 9 and 13: a date near year 9999 crashed the editor and `status`;
thousands of nested brackets gave RecursionError (exit 70) in check, status, fmt and
textconv; a UTF-8 byte-order mark made a draft "not valid TOML".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from drafter import store
from drafter.importers.metadata import published
from drafter.tui.views.base import DateValidator

REPO = Path(__file__).resolve().parents[2]
NORTHMOOR = (REPO / "drafts" / "northmoor-peel-2026-fictional.toml").read_text("utf-8")
FAR = NORTHMOOR.replace("published = 2026-", "published = 9999-", 1)
NESTED = "format = 1\nx = " + "[" * 5000 + "]" * 5000 + "\n"


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def test_new_refuses_a_far_date(tmp_path, cli) -> None:
    result = cli(
        "new", tmp_path / "x.toml", "--title", "PEEL", "--published", "9999-12-31",
        "--area", "Kent", "--force", "Kent Police",
    )  # fmt: skip
    assert result.status == 2
    assert "drafter takes dates from 1990 to 2100" in result.err
    assert not (tmp_path / "x.toml").exists()


def test_the_details_view_refuses_a_far_date() -> None:
    result = DateValidator().validate("31 December 9999")
    assert not result.is_valid
    assert "1990 to 2100" in result.failure_descriptions[0]
    assert DateValidator().validate("31 December 2026").is_valid


def test_import_metadata_passes_over_impossible_and_far_dates() -> None:
    assert published([], meta={"dcterms.issued": "9999-12-31"}) is None
    assert published([], meta={"dcterms.issued": "2024-13-45"}) is None
    assert published([], meta={"date": "2024-03-05"}) == dt.date(2024, 3, 5)


def test_a_hand_edited_far_date_is_a_located_error() -> None:
    with pytest.raises(store.DraftError, match=r"x.toml:\d+:\d+: .*9999-.* out of range"):
        store.loads(FAR, "x.toml")


@pytest.mark.parametrize("text", [FAR, NESTED], ids=["far date", "deep nesting"])
def test_check_fmt_and_textconv_survive(tmp_path, cli, text: str) -> None:
    draft = _write(tmp_path, "bad.toml", text)
    for command in ("check", "fmt"):
        result = cli(command, draft)
        assert result.status == 2, (command, result.err)
        assert "bad.toml" in result.err and "Traceback" not in result.err
    result = cli("textconv", draft)
    assert result.status == 0
    assert result.out == text, "textconv prints a file that is not a valid draft unchanged"
    assert draft.read_text("utf-8") == text


@pytest.mark.parametrize("text", [FAR, NESTED], ids=["far date", "deep nesting"])
def test_one_bad_draft_never_stops_status(tmp_path, cli, text: str) -> None:
    _write(tmp_path, "bad.toml", text)
    _write(tmp_path, "good.toml", NORTHMOOR)
    result = cli("status", tmp_path)
    assert result.status == 2
    assert "good.toml" in result.out and "bad.toml" in result.out
    assert "Traceback" not in result.err


def test_a_byte_order_mark_is_read_and_dropped_on_the_next_save(tmp_path, cli) -> None:
    draft = _write(tmp_path, "bom.toml", b"\xef\xbb\xbf" + NORTHMOOR.encode("utf-8"))

    assert cli("check", draft).status in (0, 1)
    assert store.load(draft) == store.loads(NORTHMOOR)

    result = cli("fmt", draft)
    assert result.status == 0, result.err
    assert "byte-order mark" in result.err
    assert draft.read_bytes() == NORTHMOOR.encode("utf-8")


def test_control_characters_render_to_word(tmp_path, cli) -> None:
    # Found as an adversary: python-docx refuses what XML cannot hold, and a NUL or a
    # pasted form feed in a response stopped `render --to docx` with exit 70.
    import docx

    draft = _write(
        tmp_path,
        "odd.toml",
        NORTHMOOR.replace('response = """\n', 'response = """\n\\u0000\\u000b\\u000c', 1),
    )
    out = tmp_path / "odd.docx"
    result = cli("render", draft, "--to", "docx", "-o", out)
    assert result.status == 0, result.err
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert any(text.startswith("␀\n␌") for text in cells), "shown as marks, the line break kept"
