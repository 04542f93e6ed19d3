"""Spelling and house style: what is flagged, with what suggestion, and where."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from conftest import NORTHMOOR, WILTSHIRE

from drafter import store
from drafter.model import Draft
from drafter.spelling import SPELLING, STYLE, check_spelling, prose_fields, summarise
from drafter.spelling.dictionary import DictionaryMissing, chosen, dictionary
from drafter.spelling.readability import flesch_reading_ease, syllables


@pytest.fixture(scope="module")
def base() -> Draft:
    return store.load(NORTHMOOR)


def with_response(base: Draft, text: str) -> Draft:
    draft = copy.deepcopy(base)
    draft.findings[1].response = text
    return draft


def problems(base: Draft, text: str, words: tuple[str, ...] = ()) -> list[tuple[str, str, tuple]]:
    found = check_spelling(with_response(base, text), words)
    return [(p.word, p.kind, p.suggestions) for p in found]


def test_a_misspelling_is_flagged_with_its_place_and_suggestions(base: Draft) -> None:
    draft = with_response(base, "Accepted.\nWe will recieve the plan by June.")
    (problem,) = check_spelling(draft)
    assert (problem.field, problem.line, problem.column) == ("findings[1].response", 2, 9)
    assert (problem.word, problem.kind, problem.finding) == ("recieve", SPELLING, 1)
    assert problem.suggestions[0] == "receive"
    assert problem.message.startswith(
        "'recieve' is not in the British English dictionary; did you mean receive"
    )


@pytest.mark.parametrize(
    ("word", "kind", "first"),
    [
        ("color", SPELLING, "colour"),
        ("center", SPELLING, "centre"),
        ("defense", SPELLING, "defence"),
        ("analyze", SPELLING, "analyse"),
        ("organize", STYLE, "organise"),
        ("Prioritizing", STYLE, "Prioritising"),
        ("organizations", STYLE, "organisations"),
        ("percent", STYLE, "per cent"),
        ("program", STYLE, "programme"),
        ("toward", STYLE, "towards"),
    ],
)
def test_american_spellings_are_flagged(base: Draft, word: str, kind: str, first: str) -> None:
    ((flagged, found_kind, suggestions),) = problems(base, f"The force will {word} it.")
    assert (flagged, found_kind, suggestions[0]) == (word, kind, first)


def test_british_spellings_pass(base: Draft) -> None:
    text = (
        "The programme will organise and prioritise the centre's defence; 90 per cent of "
        "calls were analysed, the colour-coded plan is recognised and the board focussed "
        "on safeguarding, wellbeing and multi-agency, force-wide work. Size and prize stay."
    )
    assert problems(base, text) == []


def test_acronyms_and_names_from_the_word_list_pass(base: Draft) -> None:
    text = (
        "HMICFRS, the NPCC, the PFCC and the CTLP met; Channel and Prevent panels, YOTs, "
        "NILO's reports and the PCC's Supt attended."
    )
    assert problems(base, text) == []


def test_an_unknown_abbreviation_is_flagged(base: Draft) -> None:
    assert [p[0] for p in problems(base, "The XQZT board met.")] == ["XQZT"]


def test_names_from_the_profile_pass(base: Draft) -> None:
    text = "Ms Nwachukwu and Nwachukwu's team will lead."
    assert [p[0] for p in problems(base, text)] == ["Nwachukwu", "Nwachukwu's"]
    assert problems(base, text, ("Nwachukwu",)) == []
    # a name is accepted as written and in capitals, not in lower case
    assert [p[0] for p in problems(base, "nwachukwu", ("Nwachukwu",))] == ["nwachukwu"]


def test_addresses_numbers_and_quotes_are_not_words(base: Draft) -> None:
    text = (
        "See https://www.example.org/reprot-2027 or write to teh@example.org; 24/7, 10s, ‘quoted’."
    )
    assert problems(base, text) == []


def test_only_the_offices_prose_is_checked(base: Draft) -> None:
    draft = copy.deepcopy(base)
    draft.findings[1].text = "HMICFRS wording with a typo: recieve."
    assert check_spelling(draft) == []
    assert [f.field for f in prose_fields(draft)] == [
        "response.commissioner.comments",
        "response.chief.comments",
        "findings[0].response",
        "findings[1].response",
        "findings[2].response",
        "findings[5].response",
        "findings[9].response",
        "findings[11].response",
        "noted[0].statement",
    ]


def test_the_examples() -> None:
    wiltshire = check_spelling(store.load(WILTSHIRE))
    assert [(p.field, p.line, p.word) for p in wiltshire] == [
        ("response.commissioner.comments", 2, "Yulia"),
        ("response.commissioner.comments", 2, "Skripal"),
    ]
    assert check_spelling(store.load(WILTSHIRE), ("Yulia", "Skripal")) == []
    assert check_spelling(store.load(NORTHMOOR)) == []


def test_word_counts_per_section_and_in_all(base: Draft) -> None:
    summary = summarise(
        with_response(base, "We accept it. The plan, costing £1,200, starts in 2027.")
    )
    counts = {c.field: (c.label, c.words) for c in summary.counts}
    assert counts["findings[1].response"] == ("Recommendation 1", 10)
    assert counts["response.chief.comments"] == ("Chief Constable's comments", 32)
    assert summary.total == sum(words for _, words in counts.values())


def test_flesch_reading_ease() -> None:
    # 6 words, 2 sentences, 6 syllables: 206.835 - 1.015 × 3 - 84.6 × 1
    assert flesch_reading_ease("The cat sat. The dog ran.") == 119.2
    assert syllables("inspection") == 3 and syllables("multi-agency") == 5
    assert flesch_reading_ease("  ") is None


def test_a_missing_dictionary_names_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(DictionaryMissing, match=r"en_GB cannot be read .*DRAFTER_DICTIONARY"):
        dictionary(tmp_path / "en_GB")
    with pytest.raises(DictionaryMissing, match=r"no Hunspell dictionary for 'zz_ZZ'"):
        dictionary("zz_ZZ")


def test_the_british_dictionary_is_hunspell_through_enchant() -> None:
    found = dictionary()
    assert found.provider.name == "hunspell" and found.tag == "en_GB"
    assert found.check("organisation") and not found.check("color")


def test_another_dictionary_by_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A made-up language whose only words are these: Hunspell reads it as any other.
    (tmp_path / "xx_TEST.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (tmp_path / "xx_TEST.dic").write_text("2\ngwaith\nheddlu\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("DRAFTER_DICTIONARY", str(tmp_path / "xx_TEST.dic"))
    monkeypatch.delenv("ENCHANT_CONFIG_DIR", raising=False)
    assert chosen() == str(tmp_path / "xx_TEST.dic")
    found = dictionary(chosen())
    assert found.check("heddlu") and not found.check("police")


def test_a_problem_names_the_dictionary_in_use(base: Draft, monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_DICTIONARY", "en_US")
    found = check_spelling(with_response(base, "The neighbourhood team."))
    (problem,) = [p for p in found if p.field == "findings[1].response"]
    assert problem.message.startswith("'neighbourhood' is not in the dictionary en_US")


class _Refuse:
    """A finder that makes ``import enchant`` fail as pyenchant does without its C library."""

    def find_spec(self, name: str, *args: object) -> None:
        if name == "enchant":
            raise ImportError(
                "The 'enchant' C library was not found and maybe needs to be installed."
            )


@pytest.mark.parametrize("missing", ["pyenchant", "libenchant"])
def test_what_is_missing_is_named_with_its_install_command(
    missing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by last session's adversary: without the Python package pyenchant, the
    message named the C library and told the writer to apt-get it."""
    import sys

    from drafter.spelling import dictionary as module

    monkeypatch.delitem(sys.modules, "enchant", raising=False)
    monkeypatch.setattr(module, "_opened", {})
    if missing == "pyenchant":
        monkeypatch.setitem(sys.modules, "enchant", None)  # import enchant: ModuleNotFoundError
    else:
        monkeypatch.setattr(sys, "meta_path", [_Refuse(), *sys.meta_path])
    with pytest.raises(DictionaryMissing) as caught:
        dictionary()
    message = str(caught.value)
    if missing == "pyenchant":
        assert "the Python package pyenchant is not installed" in message
        assert f"{sys.executable} -m pip install pyenchant" in message
        assert "apt-get" not in message
    else:
        assert "the Enchant spelling library (libenchant) is not installed" in message
        assert "sudo apt-get install libenchant-2-2" in message
        assert "pip" not in message
