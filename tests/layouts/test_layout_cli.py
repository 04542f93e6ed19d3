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


def test_a_rendering_is_never_written_as_a_toml_file(cli, tmp_path: Path, wiltshire: Path) -> None:
    """`-o drafts/other.toml --to md` wrote Markdown over another (signed, published)
    draft: drafter's .toml files are drafts and report files, never a rendering."""
    other = tmp_path / "other.toml"
    other.write_bytes(wiltshire.read_bytes())
    result = cli("render", wiltshire, "--to", "md", "-o", other)
    assert result.status == 2
    assert result.err == (
        f"drafter: {other}: drafter's .toml files are drafts and report files; write a "
        "rendering to a .md, .html, .txt, .docx or .pdf file\n"
    )
    assert other.read_bytes() == wiltshire.read_bytes()
    assert cli("render", wiltshire, "--to", "md", "-o", tmp_path / "new.toml").status == 2
    assert not (tmp_path / "new.toml").exists()


def test_a_draft_piped_in_is_read_only_so_far(cli, monkeypatch, wiltshire: Path) -> None:
    """`drafter render - < /dev/zero` read until memory ran out."""
    import io
    import sys

    import drafter.cli.commands.render as render

    monkeypatch.setattr(render, "LARGEST_DRAFT", 1000)
    piped = io.TextIOWrapper(io.BytesIO(wiltshire.read_bytes()))
    piped.isatty = lambda: False  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", piped)
    result = cli("render", "-", "--to", "md")
    assert result.status == 2
    assert result.err == (
        "drafter: standard input is larger than 1,000 bytes, more than any draft; check what "
        "is piped in (nothing was rendered)\n"
    )


def test_an_empty_layout_name_is_refused_not_taken_for_the_drafts(cli, wiltshire: Path) -> None:
    result = cli("render", wiltshire, "--layout", "", "--to", "md")
    assert (result.status, result.out) == (2, "")
    assert result.err == (
        "drafter: --layout needs a layout's name (`drafter render --list-layouts` lists them)\n"
    )


def test_a_rendering_is_never_written_through_a_link_or_over_a_draft(
    cli, tmp_path: Path, wiltshire: Path
) -> None:
    """`out.md` a symbolic (or hard) link to another draft: the rendering went through
    it into the draft. What the output is, not only its name, is looked at."""
    victim = tmp_path / "victim.toml"
    victim.write_bytes(wiltshire.read_bytes())
    (tmp_path / "soft.md").symlink_to(victim)
    (tmp_path / "hard.md").hardlink_to(victim)
    for name in ("soft.md", "hard.md"):
        result = cli("render", wiltshire, "-o", tmp_path / name)
        assert result.status == 2, name
        assert "is a drafter draft or report file" in result.err, result.err
    assert victim.read_bytes() == wiltshire.read_bytes()
