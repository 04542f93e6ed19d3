"""The new draft's "File name" is a name: never a path out of drafts/ (adversary D9).

"grey water/../../escape" used to make an empty drafts/grey water/ folder and
write the draft outside drafts/. The form now refuses a name holding a folder
separator, "..", a leading dot or a control character, inline, and writes nothing;
`drafter new` and `drafter import -o` refuse the same names at the end of FILE, by
the same rule (drafter.actions.new.check_file_name).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from drafter.actions.new import check_file_name
from drafter.errors import BadFileName, UsageError
from drafter.tui.new_draft import create_draft
from drafter.tui.picker import PickerApp
from tui.helpers import QUIET
from tui.test_import_flow import review_of_pasted_report

GOOD = {
    "title": "PEEL 2025–27: An inspection of Kent Police",
    "published": "12 June 2026",
    "area": "Kent",
    "force": "Kent Police",
}

BAD = [
    ("grey water/../../escape", '"/"'),
    ("..\\escape", '"\\"'),
    ("..", '".."'),
    ("a..b", '".."'),
    (".hidden", 'starts with "."'),
    ("bell\x07", "control character"),
    ("esc\x1b[31m", "control character"),
    ("tab\tname", "control character"),
    ("right\u202eleft", "control character"),
]


@pytest.mark.parametrize(("name", "said"), BAD)
def test_the_form_refuses_a_name_that_is_not_a_name(tmp_path: Path, name: str, said: str) -> None:
    folder = tmp_path / "work" / "drafts"
    with pytest.raises(UsageError) as caught:
        create_draft(folder, name, **GOOD)
    assert said in str(caught.value)
    assert "give a plain name, e.g. kent-peel-2026" in str(caught.value)
    assert not (tmp_path / "work").exists()  # no stray folder, no file anywhere
    assert [p for p in tmp_path.rglob("*")] == []


@pytest.mark.parametrize("name", ["kent peel 2026", "kent-peel-2026.toml", "Kent_PEEL_2026", "été"])
def test_plain_names_are_taken(tmp_path: Path, name: str) -> None:
    check_file_name(name)
    assert create_draft(tmp_path, name, **GOOD).parent == tmp_path


@pytest.mark.parametrize(("name", "said"), BAD)
def test_one_rule_gives_the_offending_part(name: str, said: str) -> None:
    with pytest.raises(BadFileName) as caught:
        check_file_name(name)
    assert caught.value.name == name
    assert caught.value.part in said or "control" in said


def test_drafter_new_refuses_the_same_names_at_the_end_of_its_path(tmp_path: Path) -> None:
    for name in (".hidden.toml", "esc\x1b[31m.toml"):
        run = subprocess.run(
            [sys.executable, "-m", "drafter", "new", f"drafts/{name}", "--title", "T",
             "--area", "Kent", "--force", "Kent Police"],
            cwd=tmp_path, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert run.returncode == 2, run.stderr
        assert "is not a file name for a draft" in run.stderr
        assert "\x1b" not in run.stderr
    assert not (tmp_path / "drafts").exists()
    # A path that climbs out of a folder is still a path the command line may give.
    ok = subprocess.run(
        [sys.executable, "-m", "drafter", "new", "a/../kent.toml", "--title", "T",
         "--area", "Kent", "--force", "Kent Police"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "kent.toml").exists()


async def test_the_import_form_says_so_inline_and_writes_nothing(tmp_path: Path) -> None:
    work = tmp_path / "work"
    folder = work / "drafts"
    app = PickerApp(folder, QUIET)
    async with app.run_test(size=(80, 24)) as pilot:
        await review_of_pasted_report(pilot)
        await pilot.press("alt+c")
        await pilot.pause()
        app.screen.query_one("#new-name", Input).value = "grey water/../../escape"
        app.screen.query_one("#new-area", Input).value = "Fenmarsh"
        app.screen.query_one("#new-force", Input).value = "Fenmarsh Police"
        app.screen.query_one("#new-force", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        said = str(app.screen.query_one("#new-error", Static).render())
        assert 'not a file name: it holds "/"' in said
        assert "give a plain name, e.g. kent-peel-2026" in said
        assert app.screen.query_one("#new-error", Static).region.height >= 1  # on screen
        assert list(tmp_path.rglob("*.toml")) == []
        assert not folder.exists() or list(folder.iterdir()) == []
        # Corrected, the draft is made in drafts/.
        app.screen.query_one("#new-name", Input).value = "grey water"
        app.screen.query_one("#new-force", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_value == folder / "grey water.toml"
    assert sorted(p.name for p in work.rglob("*")) == ["drafts", "grey water.toml"]
