"""The editor's import review shows the importer's warnings, the same as the command line.

A report whose findings the importer is unsure of (no body named, partners beside
the body, the same number twice in different words) is pasted into the picker's
import; the review screen lists every warning ``drafter import`` prints, so the
writer can correct each finding before the draft exists.
"""

from __future__ import annotations

import sys
from pathlib import Path

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
        shown = str(review.query_one("#review-warnings", Static).render())
        for warning in expected:
            assert f"! {warning}" in shown
        # The finding named in a warning is there to correct, its addressee empty.
        unsure = next(f for f in review.findings if f.text.startswith("A national standard"))
        assert unsure.addressee == ""
