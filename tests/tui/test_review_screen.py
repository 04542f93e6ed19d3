"""The review screen: every finding in order with its decision, response, owner, target
and problem; enter opens the finding; reached by a key (remappable) and the palette."""

from __future__ import annotations

import pytest
from conftest import NORTHMOOR
from textual.widgets import OptionList

from drafter import store
from drafter.tui.config import Config
from drafter.tui.screens.review import ReviewScreen
from tui.helpers import QUIET
from tui.test_minimal_drafts import new_draft


def prompts(screen: ReviewScreen) -> list[str]:
    """Each entry as the screen draws it, at the list's width."""
    from rich.console import Console

    listing = screen.query_one("#review-list", OptionList)
    console = Console(width=listing.size.width - 2, color_system=None, force_terminal=False)
    out = []
    for i in range(listing.option_count):
        with console.capture() as capture:
            console.print(listing.get_option_at_index(i).prompt)
        out.append(" ".join(capture.get().split()))
    return out


@pytest.mark.parametrize("size", [(80, 24), (120, 35)])
async def test_review_lists_every_finding_and_enter_opens_one(make_app, copy_of, size):
    path = copy_of(NORTHMOOR)
    draft = store.load(path)
    draft.findings[1].owner = "Supt Ellis"
    store.save(draft, path)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await pilot.press("alt+r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        shown = prompts(screen)
        # The outline's order: recommendations, causes of concern, areas for improvement.
        assert [line.split()[0] + " " + line.split()[1] for line in shown] == [
            *[f"Rec {n}" for n in range(1, 8)],
            "CoC 1",
            "CoC 2",
            *[f"AFI {n}" for n in range(1, 4)],
        ]
        rec1 = shown[0]
        assert rec1.startswith("Rec 1 Accepted · owner Supt Ellis · target 31 March 2027")
        assert " ".join(draft.findings[1].response.split()[:5]) in rec1
        rec3 = shown[2]
        assert "Undecided" in rec3
        assert "(no response yet)" in rec3
        assert "✗ Recommendation 3 has no decision yet" in rec3
        assert str(screen.query_one("#review-title").render()).startswith(
            "Review: 6 of 12 findings decided · "
        )
        screen.query_one("#review-list", OptionList).highlighted = 2
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.editor
        assert app.editor.current == "finding:4"  # Recommendation 3


async def test_review_from_the_palette_and_a_remapped_key(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path, Config(autosave_seconds=3600, keys={"drafter.review": "f9"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.editor
        [command] = [c for c in app.editor.palette_commands() if c.name == "Review every finding"]
        command.run(app.editor)
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert ("f9", "Review every finding", "drafter.review") in app.editor.help_rows()


async def test_review_of_a_draft_with_no_findings(make_app, tmp_path):
    app = make_app(new_draft(tmp_path), QUIET)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("alt+r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert "no findings yet" in str(app.screen.query_one("#review-empty").render())
