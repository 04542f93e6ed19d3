"""What the editor does to open quickly: an outline not rendered twice at start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NORTHMOOR, REPO, WILTSHIRE

from drafter.tui.outline import Outline


async def test_outline_lines_follow_a_change_of_width(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        outline = app.query_one(Outline)
        first = outline.render_line(0)
        assert first.cell_length == outline.scrollable_content_region.width == 31
        # A resize that keeps the width keeps the lines already rendered.
        # (Still taller than its lines, so no scroll bar comes to narrow it.)
        outline.styles.height = outline.option_count + 2
        await pilot.pause()
        assert outline.size.height == outline.option_count + 2 < 38
        assert outline.scrollable_content_region.width == 31
        assert outline.render_line(0) is first
        # A scroll bar narrows the lines: they are rendered again to fit.
        outline.styles.height = 10
        await pilot.pause()
        assert outline.scrollable_content_region.width == 29
        assert outline.render_line(0).cell_length == 29
        # A new width renders them again, at that width.
        outline.styles.width = 50
        outline.styles.height = 20
        await pilot.pause()
        assert outline.scrollable_content_region.width == 45
        assert outline.render_line(0).cell_length == 45


#: Modules the first screen of an unsigned draft does not need: each loads when first
#: used (a merge, a correction, a dialog, the palette, a signature to check, a date
#: typed in a form other than 2020-03-09).
LOADED_ON_FIRST_USE = (
    "drafter.actions.correct",
    "drafter.actions.merge",
    "drafter.tui.commands",
    "drafter.tui.screens.choice",
    "drafter.tui.screens.conflict",
    "drafter.tui.screens.problems",
    "drafter.workflow.signoff",
    "_strptime",
)

#: ``drafter edit DRAFT --today 2026-11-29`` as the bench starts it (headless, through
#: the command line), printing the modules above that are loaded at the first paint.
START_PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
import tui_start

watched = sys.argv[3].split(",")

def painted(app):
    print(" ".join(m for m in watched if m in sys.modules) or "-", flush=True)
    app.exit()

tui_start.painted = painted
tui_start.run_drafter(sys.argv[2], "2026-11-29")
"""


@pytest.mark.parametrize("example", ["new", "northmoor", "wiltshire"])
def test_the_first_screen_loads_only_what_it_shows(example, tmp_path: Path) -> None:
    if example == "new":
        path = tmp_path / "x.toml"
        new = ["new", str(path), "--title", "T", "--published", "2026-11-02"]
        made = subprocess.run(
            [sys.executable, "-m", "drafter", *new, "--area", "A", "--force", "F"],
            capture_output=True,
            text=True,
        )
        assert made.returncode == 0, made.stderr
    else:
        path = copy_of_example(NORTHMOOR if example == "northmoor" else WILTSHIRE, tmp_path)
    watched = ",".join(LOADED_ON_FIRST_USE)
    done = subprocess.run(
        [sys.executable, "-c", START_PROBE, str(REPO / "bench"), str(path), watched],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split()) - {"-"}
    # A signed draft's signatures are checked at once: the sign-off rules load with it.
    expected = {"drafter.workflow.signoff"} if example == "wiltshire" else set()
    assert loaded == expected


def copy_of_example(source: Path, folder: Path) -> Path:
    return Path(shutil.copy(source, folder / source.name))


async def test_keys_pressed_at_once_find_what_loads_on_first_use(make_app, tmp_path: Path):
    """A fast writer: F4, the palette, a word, ctrl+s and ctrl+q before any pause."""
    from drafter.tui.screens.problems import ProblemsScreen

    path = tmp_path / "x.toml"
    new = ["new", str(path), "--title", "T", "--published", "2026-11-02", "--area", "A"]
    made = subprocess.run(
        [sys.executable, "-m", "drafter", *new, "--force", "F"], capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "CommandPalette"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.editor
        # The report's title box has the focus on a new draft: type into it, save at once.
        await pilot.press("x", "ctrl+s")
        await pilot.pause()
        assert not app.editor.dirty
        assert 'title = "Tx"' in path.read_text(encoding="utf-8")
        await pilot.press("y", "ctrl+q")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ChoiceDialog"
