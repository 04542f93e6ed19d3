"""Words the spelling check knows beyond the dictionary: the draft's own names, words
accepted in one draft or in the office's profile, and Welsh letters read as letters."""

from __future__ import annotations

import copy
import unicodedata
from pathlib import Path

import pytest
from conftest import NORTHMOOR

from drafter import store
from drafter.actions.words import accept_in_draft, add_office_word
from drafter.errors import UsageError
from drafter.model import Draft, Role, Workflow
from drafter.profile import load_profile
from drafter.spelling import check_spelling
from drafter.spelling.words import count_words, tokens
from drafter.store.signing import content_hash
from drafter.workflow.signoff import sign


@pytest.fixture
def draft() -> Draft:
    return store.load(NORTHMOOR)


def spelt(draft: Draft, text: str) -> list[str]:
    changed = copy.deepcopy(draft)
    changed.findings[1].response = text
    return [p.word for p in check_spelling(changed)]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_welsh_letters_are_part_of_their_word(form: str) -> None:
    text = unicodedata.normalize(form, "Mae Dŵr Cymru a Thŷ Hafan yn helpu.")
    assert [unicodedata.normalize("NFC", t.text) for t in tokens(text)] == [
        "Mae",
        "Dŵr",
        "Cymru",
        "a",
        "Thŷ",
        "Hafan",
        "yn",
        "helpu",
    ]
    assert count_words(text) == 8


def test_the_drafts_own_names_are_known_words(draft: Draft) -> None:
    draft.response.area = "Ynys Môn"
    draft.response.chief.name = "Sam Okafor-Pryce"
    draft.findings[1].owner = "Supt Ceridwen Llŷr"
    draft.findings[6].addressee = "the Pwyllgor Heddlu, working with Gwent"
    text = "Ynys Môn, Okafor-Pryce, Llŷr, Pwyllgor and Gwent; the force recieves it."
    assert spelt(draft, text) == ["recieves"]
    # The same words, not named anywhere in the draft, are flagged.
    assert "Ceridwen" in spelt(store.load(NORTHMOOR), "Ceridwen will lead.")


def test_a_word_accepted_in_the_draft_is_saved_and_not_signed(draft: Draft, tmp_path: Path) -> None:
    assert spelt(draft, "Plas Tŷ Llwyd will host it.") == ["Plas", "Tŷ", "Llwyd"]
    signed_hash = content_hash(draft)
    for word in ("Plas", "Tŷ", "Llwyd"):
        assert accept_in_draft(draft, word)
    assert not accept_in_draft(draft, "Plas")
    with pytest.raises(UsageError, match="not one word"):
        accept_in_draft(draft, "two words")
    assert spelt(draft, "Plas Tŷ Llwyd will host it.") == []
    assert content_hash(draft) == signed_hash  # accepting a word changes no signed text
    path = tmp_path / "d.toml"
    store.save(draft, path)
    assert '[spelling]\nwords = [\n    "Plas",\n    "Tŷ",\n    "Llwyd",\n]' in path.read_text()
    assert store.load(path).spelling_words == ["Plas", "Tŷ", "Llwyd"]


def test_a_signature_holds_when_a_word_is_accepted(tmp_path: Path) -> None:
    from conftest import WILTSHIRE

    draft = store.load(WILTSHIRE)
    draft.workflow = Workflow()
    draft = sign(draft, Role.CHIEF, "Kier Pritchard", draft.report.published)  # type: ignore[arg-type]
    accept_in_draft(draft, "Swindon")
    assert draft.workflow.signoffs[0].content_hash == content_hash(draft)


def test_add_to_the_office_words_keeps_the_profile_as_written(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    profile = tmp_path / "drafter.toml"
    profile.write_text(
        '# Our office\narea = "Gwent"\nwords = [\n    "Ceridwen",  # our chief of staff\n]\n'
        '\n[commissioner]\nname = "Jane Mudd"\n',
        encoding="utf-8",
    )
    draft_path = tmp_path / "drafts" / "x.toml"
    draft_path.parent.mkdir()
    assert add_office_word(draft_path, "Llŷr") == profile
    text = profile.read_text(encoding="utf-8")
    assert text.startswith('# Our office\narea = "Gwent"\nwords = [\n    "Llŷr",\n    "Ceridwen",')
    assert "# our chief of staff" in text
    assert load_profile(profile).words == ("Llŷr", "Ceridwen")
    before = profile.read_bytes()
    add_office_word(draft_path, "Llŷr")  # already there: the file is left alone
    assert profile.read_bytes() == before


def test_add_to_the_office_words_with_no_words_key_or_no_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    office = tmp_path / "office"
    (office / ".git").mkdir(parents=True)
    profile = office / "drafter.toml"
    profile.write_text('area = "Gwent"\n\n[commissioner]\nname = "Jane Mudd"\n', encoding="utf-8")
    add_office_word(office / "x.toml", "Casnewydd")
    assert load_profile(profile).words == ("Casnewydd",)
    assert load_profile(profile).area == "Gwent"
    lone = tmp_path / "lone"
    (lone / ".git").mkdir(parents=True)
    made = add_office_word(lone / "x.toml", "Caerdydd")
    assert made == tmp_path / "config" / "drafter" / "drafter.toml"
    assert load_profile(made).words == ("Caerdydd",)
