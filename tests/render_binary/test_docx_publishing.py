"""A Word file ready to publish: reproducible bytes, and none of python-docx's leftovers."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from binary_cases import NORTHMOOR, load

from drafter.render.docx import render_docx

EPOCH = 1_790_000_000  # 2026-09-21 14:13:20 UTC


def members(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as opened:
        return {name: opened.read(name) for name in opened.namelist()}


def test_the_same_draft_gives_the_same_bytes_with_source_date_epoch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    draft = load(NORTHMOOR)
    first = render_docx(draft)
    # ZIP times have a two-second grain: a clock that moved on would show there
    monkeypatch.setattr("time.time", lambda: EPOCH + 86_400)
    monkeypatch.setattr("time.localtime", lambda *_: dt.datetime(2030, 1, 2).timetuple())
    assert render_docx(draft) == first
    with zipfile.ZipFile(io.BytesIO(first)) as opened:
        assert {m.date_time for m in opened.infolist()} == {(2026, 9, 21, 14, 13, 20)}
    core = members(first)["docProps/core.xml"].decode()
    assert "2026-09-21T14:13:20Z" in core


def test_no_python_docx_leftovers() -> None:
    package = members(render_docx(load(NORTHMOOR)))
    settings = package["word/settings.xml"].decode()
    assert "proofState" not in settings  # Word would take spelling as already checked
    assert "ja-JP" not in settings and 'w:themeFontLang w:val="en-GB"/>' in settings
    assert "w:rsid" not in settings
    assert "docProps/app.xml" not in package  # "Microsoft Macintosh Word", one page
    assert not [name for name in package if name.startswith("customXml/")]
    assert not [name for name in package if "thumbnail" in name]
    assert all(b"ja-JP" not in blob for name, blob in package.items() if "theme" not in name)


def test_every_word_table_has_a_title_and_description() -> None:
    from docx import Document
    from docx.oxml.ns import qn

    for layout in ("standard", "action-plan"):
        word = Document(io.BytesIO(render_docx(load(NORTHMOOR), layout=layout)))
        assert word.tables
        for table in word.tables:
            properties = table._tbl.tblPr
            title = properties.find(qn("w:tblCaption")).get(qn("w:val"))
            description = properties.find(qn("w:tblDescription")).get(qn("w:val"))
            assert title == table.rows[0].cells[0].text
            assert description.endswith(f"{table.rows[0].cells[-1].text}.")
            assert f"{len(table.rows) - 1} row" in description
            # the schema's order: caption and description close the properties
            assert [c.tag for c in properties][-2:] == [qn("w:tblCaption"), qn("w:tblDescription")]
