"""`drafter check --spelling`: problems by field and line, counts, readability, status."""

from __future__ import annotations

from pathlib import Path


def test_check_spelling_lists_problems_by_field_and_line(cli, wiltshire: Path) -> None:
    (wiltshire.parent / ".git").mkdir()
    result = cli("check", "--spelling", wiltshire)
    assert result.status == 1
    lines = result.out.splitlines()
    assert lines[0].startswith(f"{wiltshire}: published 30 April 2020")
    assert lines[1:4] == [
        f"{wiltshire}: 2 spelling or style problems",
        "  response.commissioner.comments, line 2: 'Yulia' is not in the British English "
        "dictionary; did you mean Julia?",
        "  response.commissioner.comments, line 2: 'Skripal' is not in the British English "
        "dictionary; did you mean Kripalu?",
    ]
    assert lines[4] == (
        "  words: 741 in all (Police and Crime Commissioner's comments 540, Chief Constable's "
        "comments 43, Recommendation 1 134, Statement on NPCC National Lead 24)"
    )
    assert lines[5].startswith("  readability: Flesch reading ease ")


def test_profile_words_make_it_pass(cli, wiltshire: Path) -> None:
    (wiltshire.parent / ".git").mkdir()
    (wiltshire.parent / "drafter.toml").write_text('words = ["Yulia Skripal"]\n', encoding="utf-8")
    result = cli("check", "--spelling", wiltshire)
    assert result.status == 0
    assert f"{wiltshire}: no spelling or style problems\n" in result.out


def test_without_spelling_nothing_changes(cli, wiltshire: Path) -> None:
    result = cli("check", wiltshire)
    assert result.status == 0
    assert "spelling or style" not in result.out and "words:" not in result.out


def test_a_dictionary_that_cannot_be_read_is_one_message(
    cli, wiltshire: Path, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DRAFTER_DICTIONARY", str(tmp_path / "nowhere" / "en_XX.dic"))
    result = cli("check", "--spelling", wiltshire)
    assert result.status == 2
    assert "en_XX.dic cannot be read" in result.err and "Traceback" not in result.err
