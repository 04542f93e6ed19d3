"""The editor opens drafts made by drafter's own commands, with the fewest fields.

Every other editor test starts from a draft with every field set; a draft from
`drafter new` has no report kind, no findings and no names, and once crashed the
editor on its first screen.
"""

from __future__ import annotations

from pathlib import Path

from drafter.model import ReportKind
from drafter.tui.views.details import DetailsView
from tui import helpers


def new_draft(folder: Path) -> Path:
    return helpers.new_draft(folder, "--area", "A", "--force", "F")


async def test_a_draft_from_drafter_new_opens_on_report_details(make_app, tmp_path):
    app = make_app(new_draft(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(DetailsView)
        assert view.display
        assert app.query_one("#detail-kind").is_blank()
        assert app.query_one("#detail-title").value == "T"


async def test_choosing_and_clearing_the_report_kind(make_app, tmp_path):
    app = make_app(new_draft(tmp_path))
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        kind = app.query_one("#detail-kind")
        kind.value = ReportKind.PEEL
        await pilot.pause()
        assert app.draft.report.kind is kind.value
        kind.clear()
        await pilot.pause()
        assert app.draft.report.kind is None
        # Shown again from the draft, a draft with no kind is shown with none.
        app.query_one(DetailsView).show(app.draft)
        assert kind.is_blank()


async def test_escape_closes_the_outline_over_a_narrow_screen(make_app, tmp_path):
    """At 80 columns F2 brings the outline over the view; escape used to do nothing,
    so the next words typed went to the outline and were lost unseen."""
    from drafter.tui.outline import Outline
    from tui.helpers import type_text

    app = make_app(new_draft(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        editor = app.editor
        assert editor.narrow
        await pilot.press("f2")
        await pilot.pause()
        assert editor.outline_open and app.query_one(Outline).has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert not editor.outline_open
        await type_text(pilot, "Home")
        await pilot.pause()
        assert app.draft.report.url.endswith("Home") or app.draft.report.title.endswith("Home")
        # With the outline closed, escape is left to the view (nothing happens here).
        await pilot.press("escape")
        await pilot.pause()
        assert not editor.outline_open
