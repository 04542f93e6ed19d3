"""The two offices ("Police and Crime Commissioner of Wiltshire and Swindon", "Chief
Constable, Wiltshire Police") are worded once, on the response, and every layout and
format says them that way: the title line, the s.55 paragraph, the signatures and the
document's author."""

from __future__ import annotations

import copy
import io

import docx
import pytest
from layout_cases import EXAMPLES, FORMATS, example, words

from drafter.model import Draft
from drafter.render import document
from drafter.render.docx import render_docx
from drafter.render.text_formats import render_text

WILTSHIRE = next(p for p in EXAMPLES if "wiltshire" in p.name)


def _mayoral() -> Draft:
    """A draft from a mayor's office, so that no example's wording can stand in."""
    draft = copy.deepcopy(example(WILTSHIRE))
    response = draft.response
    response.commissioner.title = "Deputy Mayor for Policing"
    response.area = "Greater Northmoor"
    response.chief.title = "Commissioner"
    response.force = "Northmoor Metropolitan Police"
    return draft


def test_the_response_words_both_offices() -> None:
    response = _mayoral().response
    assert response.commissioner_office == "Deputy Mayor for Policing of Greater Northmoor"
    assert response.chief_office == "Commissioner, Northmoor Metropolitan Police"
    wiltshire = example(WILTSHIRE).response
    assert wiltshire.commissioner_office == "Police and Crime Commissioner of Wiltshire and Swindon"
    assert wiltshire.chief_office == "Chief Constable, Wiltshire Police"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_of_the_letter_names_the_offices_as_the_response_does(fmt: str) -> None:
    draft = _mayoral()
    said = words(render_text(draft, fmt, layout="letter"), fmt)
    office = draft.response.commissioner_office
    assert f"RESPONSE OF THE {office.upper()} TO THE" in said
    assert f"Act 1996, the {office} publishes these comments" in said
    assert f"{draft.response.commissioner.name} {office}" in said
    assert f"{draft.response.chief.name} {draft.response.chief_office}" in said


def test_the_word_letter_and_the_documents_author_name_the_offices_too() -> None:
    draft = _mayoral()
    word = docx.Document(io.BytesIO(render_docx(draft, layout="letter")))
    text = "\n".join(p.text for p in word.paragraphs)
    assert f"the {draft.response.commissioner_office} publishes" in text
    assert f"\n{draft.response.chief_office}\n" in text
    assert word.core_properties.author == draft.response.commissioner_office
    assert document.office(draft) == draft.response.commissioner_office
