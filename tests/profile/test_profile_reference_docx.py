"""The office profile's reference .docx styles Word output without a flag."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from conftest import WILTSHIRE


def _reference(path: Path, font: str) -> Path:
    document = docx.Document()
    document.styles["Normal"].font.name = font
    document.save(str(path))
    return path


def test_profile_reference_docx_is_used(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()  # the profile search stops at a repository's root
    _reference(tmp_path / "office.docx", "Gill Sans")
    (tmp_path / "drafter.toml").write_text('reference-docx = "office.docx"\n', encoding="utf-8")
    draft = Path(shutil.copy(WILTSHIRE, tmp_path / WILTSHIRE.name))

    result = cli("render", draft, "-o", tmp_path / "out.docx")

    assert result.status == 0, result.err
    assert docx.Document(str(tmp_path / "out.docx")).styles["Normal"].font.name == "Gill Sans"


def test_flag_overrides_profile(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    _reference(tmp_path / "office.docx", "Gill Sans")
    _reference(tmp_path / "other.docx", "Georgia")
    (tmp_path / "drafter.toml").write_text('reference-docx = "office.docx"\n', encoding="utf-8")
    draft = Path(shutil.copy(WILTSHIRE, tmp_path / WILTSHIRE.name))

    result = cli(
        "render", draft, "-o", tmp_path / "out.docx", "--reference-docx", tmp_path / "other.docx"
    )

    assert result.status == 0, result.err
    assert docx.Document(str(tmp_path / "out.docx")).styles["Normal"].font.name == "Georgia"
