"""alt+g groups noted findings on the body asked to act, not on its partners."""

from __future__ import annotations

from conftest import NORTHMOOR

from drafter import store
from drafter.model import Decision


async def test_noting_groups_on_the_body_asked_to_act(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    draft = store.load(path)
    # Recommendation 5 (College of Policing) becomes a Home Office finding with partners.
    draft.findings[
        6
    ].addressee = "the Home Office, working with the NPCC and the College of Policing"
    store.save(draft, path)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("alt+g")
        await pilot.pause()
        # One new group, named for the body asked to act; Recommendation 7's "Home
        # Office" joins it rather than making a second group for the same body.
        assert [g.addressee for g in app.draft.response.noted] == [
            "College of Policing",
            "the Home Office",
        ]
        home_office = app.draft.response.noted[1]
        assert [f.title for f in app.draft.noted_findings(home_office)] == [
            "Recommendation 5",
            "Recommendation 7",
        ]
        assert app.draft.findings[6].decision is Decision.NOTE
        # The partners stay where the report put them.
        assert "working with the NPCC" in app.draft.findings[6].addressee
