"""The import screens at 80x24 and 120x34 (pytest-textual-snapshot).

Regenerate after an intended change with
``pytest tests/tui/test_import_snapshots.py --snapshot-update`` and look at the SVGs
before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from drafter.tui.picker import PickerApp
from tui.helpers import QUIET
from tui.test_import_flow import REPORT

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 34), id="120x34")]


def _still(pilot) -> None:  # type: ignore[no-untyped-def]
    for widget in pilot.app.screen.query("TextArea, Input"):
        widget.cursor_blink = False


async def _choice(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("end", "enter")
    await pilot.pause()


async def _paste(pilot) -> None:  # type: ignore[no-untyped-def]
    await _choice(pilot)
    await pilot.press("p")
    await pilot.pause()
    pilot.app.screen.query_one("#source-text", TextArea).load_text(REPORT)
    _still(pilot)
    await pilot.pause()


async def _review(pilot) -> None:  # type: ignore[no-untyped-def]
    await _paste(pilot)
    await pilot.press("alt+i")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    # Recommendation 2: a finding with an addressee, a deadline and a cause.
    await pilot.press("alt+n", "alt+n")
    _still(pilot)
    await pilot.pause()


SCREENS = {"choice": _choice, "paste": _paste, "review": _review}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_import_screen(screen, size, snap_compare, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = PickerApp(Path("drafts"), QUIET)
    assert snap_compare(app, terminal_size=size, run_before=SCREENS[screen])
