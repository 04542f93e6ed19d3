"""In the letter the chief officer signs, the chief officer is not also sent a copy."""

from __future__ import annotations

import io

import pytest
from docx import Document as open_docx
from layout_cases import REPO, example, rendered

from drafter.render.docx import render_docx

NORTHMOOR = REPO / "drafts" / "northmoor-peel-2026-fictional.toml"
WILTSHIRE = REPO / "drafts" / "wiltshire-prevent-2020.toml"
CHIEF_CC = {
    NORTHMOOR: "Chief Constable Sam Okafor, Northmoor Constabulary (fictional)",
    # the reference misspells him ("Prichard"): still the chief officer
    WILTSHIRE: "Chief Constable Kier Prichard, Wiltshire Constabulary",
}


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
@pytest.mark.parametrize("path", [NORTHMOOR, WILTSHIRE], ids=lambda p: p.stem)
def test_the_letter_does_not_copy_its_signatory(path, fmt: str) -> None:
    assert CHIEF_CC[path] in rendered(path, "standard", fmt)
    letter = rendered(path, "letter", fmt)
    assert CHIEF_CC[path] not in letter
    assert "Cc: " in letter  # the other recipients stay


def test_the_word_letter_does_not_copy_its_signatory() -> None:
    word = open_docx(io.BytesIO(render_docx(example(NORTHMOOR), layout="letter")))
    copies = [p.text for p in word.paragraphs if p.style.name == "Copy Recipients"]
    assert copies == ["Cc: HM Inspector of Constabulary (fictional recipient)"]
