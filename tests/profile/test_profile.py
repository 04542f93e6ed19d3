"""The office profile: where it is found, what it holds, and how mistakes are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.profile import Profile, ProfileError, find_profile, load_profile, office_profile

FULL = """\
area = "Wiltshire and Swindon"
layout = "letter"
cc = ["Wendy Williams, HMI", "Chief Constable Kier Pritchard, Wiltshire Police"]
words = ["Macpherson", "Pritchard Swindon"]
reference-docx = "styles/office.docx"

[force]
name = "Wiltshire Police"
short = "Wiltshire"

[commissioner]
title = "Police and Crime Commissioner"
name = "Angus Macpherson"

[chief]
title = "Chief Constable"
name = "Kier Pritchard"
"""


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user config folder of the test's own, so the real one never leaks in."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """An office's drafts repository with a profile at its root and a nested folder."""
    root = tmp_path / "office"
    (root / ".git").mkdir(parents=True)
    (root / "drafts" / "2024").mkdir(parents=True)
    (root / "drafter.toml").write_text(FULL, encoding="utf-8")
    return root


def test_found_by_walking_up_from_a_draft(office: Path) -> None:
    draft = office / "drafts" / "2024" / "kent.toml"
    assert find_profile(draft) == office / "drafter.toml"
    assert find_profile(office / "drafts") == office / "drafter.toml"


def test_walk_stops_at_the_repository_root(tmp_path: Path, office: Path) -> None:
    (office / "drafter.toml").unlink()
    (tmp_path / "drafter.toml").write_text(FULL, encoding="utf-8")
    assert find_profile(office / "drafts") is None


def test_falls_back_to_the_user_config_folder(office: Path, config_home: Path) -> None:
    (office / "drafter.toml").unlink()
    (config_home / "drafter").mkdir(parents=True)
    (config_home / "drafter" / "drafter.toml").write_text('area = "Kent"\n', encoding="utf-8")
    assert find_profile(office / "drafts") == config_home / "drafter" / "drafter.toml"
    assert office_profile(office / "drafts").area == "Kent"


def test_no_profile_gives_the_empty_profile(office: Path) -> None:
    (office / "drafter.toml").unlink()
    assert office_profile(office) == Profile()


def test_every_key_is_read(office: Path) -> None:
    profile = load_profile(office / "drafter.toml")
    assert profile == Profile(
        path=office / "drafter.toml",
        area="Wiltshire and Swindon",
        force="Wiltshire Police",
        force_short="Wiltshire",
        commissioner_title="Police and Crime Commissioner",
        commissioner_name="Angus Macpherson",
        chief_title="Chief Constable",
        chief_name="Kier Pritchard",
        cc=("Wendy Williams, HMI", "Chief Constable Kier Pritchard, Wiltshire Police"),
        layout="letter",
        reference_docx=(office / "styles" / "office.docx").resolve(),
        words=("Macpherson", "Pritchard", "Swindon"),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'layout = "Letter Form"\n',
            ":1:10: layout: 'Letter Form' is not a layout name; see `drafter render --list-layouts`",
        ),
        (
            'reference-docx = "styles.dotx"\n',
            ":1:18: reference-docx: must name a Word document ending in .docx",
        ),
        (
            'area = "A\n',
            ":1:10: not valid TOML: a line ends inside a text in double quotes; close the quote, "
            'or put text of several lines between """ marks; fix the file in an '
            "editor (docs/profile.md shows the format)",
        ),
    ],
)
def test_mistakes_are_located(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "drafter.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == f"{path}{message}"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            'area = "A"\n\n[force]\nnmae = "x"\n',
            ':4:8: force.nmae: unknown key "nmae"; did you mean',
        ),
        ("area = 3\n", ":1:8: area: must be "),
        ('area = "A"\ncc = "one"\n', ":2:6: cc: must be a list of "),
    ],
)
def test_wrong_keys_and_types_are_located(tmp_path: Path, text: str, start: str) -> None:
    """The wording of these comes from drafter.store.fields; the place is the profile's."""
    path = tmp_path / "drafter.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value).startswith(f"{path}{start}")


def test_unreadable_profile(tmp_path: Path) -> None:
    path = tmp_path / "drafter.toml"
    path.write_bytes(b'area = "\xff"\n')
    with pytest.raises(ProfileError, match=r"drafter\.toml: is not UTF-8 text; save it as UTF-8"):
        load_profile(path)
