"""`drafter render --list-layouts` and `--layout` from the command line."""

from __future__ import annotations

from pathlib import Path

from conftest import WILTSHIRE

from drafter.render.layouts import LAYOUTS


def test_list_layouts_names_each_with_a_description(cli) -> None:
    result = cli("render", "--list-layouts")
    assert result.status == 0 and result.err == ""
    lines = result.out.splitlines()
    assert [line.split()[0] for line in lines] == list(LAYOUTS)
    for line, (name, description) in zip(lines, LAYOUTS.items(), strict=True):
        assert line == f"{name:<13} {description}"
        assert len(line) <= 80


def test_list_layouts_includes_a_users_own(cli, tmp_path: Path) -> None:
    (tmp_path / "committee.md.j2").write_text("{{ doc.title }}\n", encoding="utf-8")
    (tmp_path / "_partial.md.j2").write_text("", encoding="utf-8")
    result = cli("render", "--list-layouts", "--templates", tmp_path)
    assert result.out.splitlines()[-1] == "committee     your own layout, from the templates folder"
    assert len(result.out.splitlines()) == len(LAYOUTS) + 1


def test_render_in_a_layout(cli) -> None:
    result = cli("render", WILTSHIRE, "--layout", "letter", "--to", "txt")
    assert result.status == 0
    assert "\nDear Home Secretary and HM Inspector,\n" in result.out


def test_unknown_layout_is_named(cli) -> None:
    result = cli("render", WILTSHIRE, "--layout", "memo")
    assert result.status == 2
    assert result.err.startswith(
        "drafter: there is no layout named 'memo'; the layouts are standard, letter, "
    )
    assert "`drafter render --list-layouts` says what each is for" in result.err


def test_render_without_a_draft_says_what_to_give(cli) -> None:
    result = cli("render")
    assert result.status == 2
    assert result.err == (
        "drafter: give the draft file to render, or --list-layouts to see the layouts\n"
    )
