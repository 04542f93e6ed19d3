"""The editor's import review shows the importer's warnings, the same as the command line.

A report whose findings the importer is unsure of (no body named, partners beside
the body, the same number twice in different words) is pasted into the picker's
import; the review screen lists every warning ``drafter import`` prints, so the
writer can correct each finding before the draft exists.
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.containers import VerticalScroll
from textual.widgets import Static, TextArea

from drafter.importers import import_report
from drafter.tui.importing.review import ReviewScreen
from drafter.tui.picker import PickerApp
from tui.helpers import QUIET

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importers"))
import shapes


async def review_of(pilot, text: str) -> ReviewScreen:  # type: ignore[no-untyped-def]
    await pilot.press("end", "enter")
    await pilot.pause()
    await pilot.press("p")
    await pilot.pause()
    pilot.app.screen.query_one("#source-text", TextArea).load_text(text)
    await pilot.press("alt+i")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    review = pilot.app.screen
    assert isinstance(review, ReviewScreen)
    return review


async def test_review_shows_the_warnings_the_command_line_gives(tmp_path: Path) -> None:
    # The addressee shape and the summary-and-body shape, pasted one after the other.
    text = shapes.ADDRESSEES.text() + "\n" + "\n".join(shapes.TWICE.text().splitlines()[2:])
    expected = import_report(text).warnings
    assert any("does not say who is to act" in w for w in expected)
    assert any("working with the NPCC and the College of Policing" in w for w in expected)
    assert any("appears twice with different words" in w for w in expected)
    app = PickerApp(tmp_path / "drafts", QUIET)
    async with app.run_test(size=(140, 40)) as pilot:
        review = await review_of(pilot, text)
        shown = str(review.query_one("#review-warnings-text", Static).render())
        for warning in expected:
            assert f"! {warning}" in shown
        # The finding named in a warning is there to correct, its addressee empty.
        unsure = next(f for f in review.findings if f.text.startswith("A national standard"))
        assert unsure.addressee == ""


async def test_every_warning_can_be_read_by_keyboard_at_80_by_24(tmp_path: Path) -> None:
    # A joint report numbered again per body, then shapes that warn: more warnings
    # than the three lines the strip shows, the renumbering one among them.
    text = "\n".join(
        [
            shapes.BY_BODY.text(),
            *shapes.ADDRESSEES.text().splitlines()[2:],
            *shapes.TWICE.text().splitlines()[2:],
        ]
    )
    warnings = import_report(text).warnings
    assert len(warnings) >= 4
    assert any("from 1 again" in w for w in warnings)
    app = PickerApp(tmp_path / "drafts", QUIET)
    async with app.run_test(size=(80, 24)) as pilot:
        review = await review_of(pilot, text)
        head = str(review.query_one("#review-head", Static).render())
        assert f"{len(warnings)} warnings (shift+tab to read)" in head
        box = review.query_one("#review-warnings", VerticalScroll)
        assert box.size.height <= 3  # out of the way until asked for
        await pilot.press("shift+tab")
        await pilot.pause()
        assert review.focused is box
        assert box.size.height > 3
        assert box.max_scroll_y > 0
        # Line by line to the end, and back: every line comes into view.
        for _ in range(box.max_scroll_y):
            await pilot.press("down")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("home")
        await pilot.pause()
        assert box.scroll_y == 0
        shown = str(review.query_one("#review-warnings-text", Static).render())
        for warning in warnings:
            assert f"! {warning}" in shown
        # Escape goes back to the list, as from any box.
        await pilot.press("escape")
        await pilot.pause()
        assert review.focused is review.query_one("#review-table")
