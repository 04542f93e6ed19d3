"""The journey matrix: every draft state a writer can reach x every view x two sizes.

The states are made by drafter's own commands and screens (tests/tui/journeys.py),
never by hand. One editor run per state and size walks every view in turn: each
outline entry (every finding kind there is, report details, both comments, noted
groups, sign-off), then the preview, the check, the help and the palette. Any
exception in the editor fails the test; each view must show something. Before
89a67eb, every draft from `drafter new`, `import -o` and the picker crashed here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import ContentSwitcher

from drafter import store
from drafter.tui.screens.help import HelpScreen
from drafter.tui.screens.problems import ProblemsScreen
from tui.journeys import BUILDERS, Drafts

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 35), id="120x35")]


@pytest.fixture
def journey(request: pytest.FixtureRequest, drafts: Drafts, tmp_path: Path) -> Path:
    # A sync fixture: some states are made in the editor or the picker, each run in
    # its own event loop, which a test's own loop could not host.
    return drafts.copy(request.param, tmp_path / "drafts")


def one_of_each_kind(draft, entries: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Every entry but findings and noted groups, and the first of each finding kind
    and the first noted group: a report's 45 recommendations share one view."""
    seen: set[object] = set()
    chosen = []
    for entry_id in entries:
        kind, _, index = entry_id.partition(":")
        key: object = entry_id
        if kind == "finding":
            key = draft.findings[int(index)].kind
        elif kind == "noted":
            key = "noted"
        if key not in seen:
            seen.add(key)
            chosen.append(entry_id)
    return chosen


def _shown(app) -> bool:  # type: ignore[no-untyped-def]
    view = app.editor.query_one("#views", ContentSwitcher).visible_content
    return view is not None and view.display


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("journey", list(BUILDERS), indirect=True)
async def test_every_view_of_every_draft(journey: Path, size, make_app) -> None:  # type: ignore[no-untyped-def]
    before = journey.read_bytes()
    app = make_app(journey)
    async with app.run_test(size=size) as pilot:
        editor = app.editor
        await pilot.pause()
        from drafter.tui.outline import Outline

        entries = editor.query_one(Outline).entry_ids()
        kinds = {e.partition(":")[0] for e in entries}
        assert {"details", "comments", "signoff"} <= kinds
        for entry_id in one_of_each_kind(app.draft, entries):
            editor.goto(entry_id)
            await pilot.pause()
            assert editor.current == entry_id
            assert _shown(app), entry_id
        # The preview, on and off again.
        await pilot.press("f3")
        await pilot.pause()
        await editor.query_one("#preview").refresh_now()
        await pilot.pause()
        assert editor.previewing
        await pilot.press("f3")
        await pilot.pause()
        # The check, the help and the palette, each closed with escape.
        for key, screen_type in (("f4", ProblemsScreen), ("f1", HelpScreen)):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, screen_type)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is editor
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("g", "o")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is editor
        # Looking is not editing: nothing was changed or saved.
        assert not editor.dirty
    assert journey.read_bytes() == before
    store.load(journey)
