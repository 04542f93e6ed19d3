"""The picker's new-draft form: create_draft writes a valid draft, or says what is wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from drafter import store
from drafter.errors import UsageError
from drafter.tui.new_draft import create_draft

GOOD = {
    "name": "kent-peel-2026",
    "title": "PEEL 2025–27: An inspection of Kent Police",
    "published": "12 June 2026",
    "area": "Kent",
    "force": "Kent Police",
}


def test_create_draft_writes_a_draft_the_loader_reads(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    path = create_draft(folder, **GOOD)
    assert path == folder / "kent-peel-2026.toml"
    draft = store.load(path)
    assert draft.report.title == GOOD["title"]
    assert draft.report.published == dt.date(2026, 6, 12)
    assert (draft.response.area, draft.response.force) == ("Kent", "Kent Police")
    assert draft.response.force_short == "Kent"
    assert draft.findings == []
    assert path.read_text(encoding="utf-8") == store.dumps(draft)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "give the new draft a file name, e.g. kent-peel-2026"),
        ({"title": ""}, "the report title must not be empty"),
        ({"area": " "}, "the area must not be empty"),
        ({"force": ""}, "the force must not be empty"),
        ({"published": "31 June 2026"}, "'31 June 2026' is not a date"),
    ],
)
def test_create_draft_refuses_bad_input(tmp_path: Path, change: dict, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        create_draft(tmp_path, **{**GOOD, **change})
    assert message in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_create_draft_never_overwrites(tmp_path: Path) -> None:
    path = create_draft(tmp_path, **GOOD)
    before = path.read_bytes()
    with pytest.raises(UsageError, match="already exists; choose another name or open it"):
        create_draft(tmp_path, **{**GOOD, "name": "kent-peel-2026.toml", "title": "Other"})
    assert path.read_bytes() == before
