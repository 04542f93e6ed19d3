"""`drafter new` fills a draft's details from the office profile; options win over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_profile import FULL

EXPECTED = """\
format = 2

[report]
title = "PEEL 2025: Wiltshire Police"
published = 2025-06-12

[response]
area = "Wiltshire and Swindon"
force = "Wiltshire Police"
force-short = "Wiltshire"
layout = "letter"
cc = [
    "Wendy Williams, HMI",
    "Chief Constable Kier Pritchard, Wiltshire Police",
]

[response.commissioner]
title = "Police and Crime Commissioner"
name = "Angus Macpherson"

[response.chief]
title = "Chief Constable"
name = "Kier Pritchard"
"""


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def office(tmp_path: Path) -> Path:
    root = tmp_path / "office"
    (root / ".git").mkdir(parents=True)
    (root / "drafter.toml").write_text(FULL, encoding="utf-8")
    return root


def test_title_and_date_are_enough_with_a_profile(cli, office: Path) -> None:
    draft = office / "drafts" / "peel-2025.toml"
    result = cli(
        "new", draft, "--title", "PEEL 2025: Wiltshire Police", "--published", "2025-06-12"
    )
    assert (result.status, result.err) == (0, "")
    assert draft.read_text(encoding="utf-8") == EXPECTED


def test_profile_in_the_user_config_folder(cli, tmp_path: Path, config_home: Path) -> None:
    (config_home / "drafter").mkdir(parents=True)
    (config_home / "drafter" / "drafter.toml").write_text(FULL, encoding="utf-8")
    (tmp_path / "elsewhere" / ".git").mkdir(parents=True)
    draft = tmp_path / "elsewhere" / "peel-2025.toml"
    result = cli(
        "new", draft, "--title", "PEEL 2025: Wiltshire Police", "--published", "2025-06-12"
    )
    assert result.status == 0
    assert draft.read_text(encoding="utf-8") == EXPECTED


def test_options_override_the_profile(cli, office: Path) -> None:
    draft = office / "kent.toml"
    result = cli(
        "new", draft, "--title", "T", "--area", "Kent", "--force", "Kent Police",
        "--chief-name", "Tim Smith", "--cc", "Only One",
    )  # fmt: skip
    assert result.status == 0
    text = draft.read_text(encoding="utf-8")
    assert 'area = "Kent"\nforce = "Kent Police"\nforce-short = "Kent"\n' in text
    assert 'cc = [\n    "Only One",\n]' in text
    assert '[response.chief]\ntitle = "Chief Constable"\nname = "Tim Smith"\n' in text
    # what the options do not say still comes from the profile
    assert 'name = "Angus Macpherson"' in text and 'layout = "letter"' in text


def test_an_explicit_profile(cli, tmp_path: Path, office: Path) -> None:
    (tmp_path / "loose" / ".git").mkdir(parents=True)
    draft = tmp_path / "loose" / "peel-2025.toml"
    result = cli(
        "new", draft, "--title", "PEEL 2025: Wiltshire Police", "--published", "2025-06-12",
        "--profile", office / "drafter.toml",
    )  # fmt: skip
    assert result.status == 0
    assert draft.read_text(encoding="utf-8") == EXPECTED


def test_without_a_profile_the_area_must_be_given(cli, tmp_path: Path) -> None:
    (tmp_path / "bare" / ".git").mkdir(parents=True)
    draft = tmp_path / "bare" / "x.toml"
    result = cli("new", draft, "--title", "T")
    assert result.status == 2
    assert result.err == (
        "drafter: the draft needs the area: give --area, or set area in the office "
        "profile, drafter.toml (see docs/profile.md)\n"
    )
    assert not draft.exists()


def test_without_a_profile_the_old_options_still_work(cli, tmp_path: Path) -> None:
    (tmp_path / "bare" / ".git").mkdir(parents=True)
    draft = tmp_path / "bare" / "x.toml"
    result = cli("new", draft, "--title", "T", "--area", "Kent", "--force", "Kent Police")
    assert result.status == 0
    assert draft.read_text(encoding="utf-8") == (
        'format = 2\n\n[report]\ntitle = "T"\n\n[response]\narea = "Kent"\n'
        'force = "Kent Police"\nforce-short = "Kent"\n\n[response.commissioner]\n'
        'title = "Police and Crime Commissioner"\n\n[response.chief]\ntitle = "Chief Constable"\n'
    )


def test_a_broken_profile_stops_new_with_its_location(cli, office: Path) -> None:
    (office / "drafter.toml").write_text('area = "A"\nforse = "x"\n', encoding="utf-8")
    result = cli("new", office / "x.toml", "--title", "T")
    assert result.status == 2
    assert result.err.startswith(f"drafter: {office / 'drafter.toml'}:2:9: forse: unknown key")
    assert not (office / "x.toml").exists()
