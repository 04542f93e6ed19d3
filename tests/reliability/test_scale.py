"""A draft far beyond any real report: 1,000 findings and 10 MB of narrative.

The largest national reports carry about 43 recommendations plus areas for
improvement; drafter is designed for 60 and tested here at 1,000. Every step an
officer takes works at that size: load, save, render (md, html, txt), check, and
opening it in the editor. The timings are in bench/, not here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bigdraft import large_draft

from drafter import store
from drafter.check import check
from drafter.model import Draft
from drafter.render.text_formats import render_text

FINDINGS = 1000
NARRATIVE = 10_000_000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Draft]:
    draft = large_draft(FINDINGS, NARRATIVE)
    path = tmp_path_factory.mktemp("scale") / "big.toml"
    assert store.save(draft, path) is True
    return path, draft


def test_saves_and_loads_losslessly(big: tuple[Path, Draft]) -> None:
    path, draft = big
    size = path.stat().st_size
    assert size > NARRATIVE
    loaded = store.load(path)
    assert loaded == draft
    assert len(loaded.findings) == FINDINGS
    assert store.save(loaded, path) is False  # unchanged: not even rewritten
    assert path.stat().st_size == size


def test_checks(big: tuple[Path, Draft]) -> None:
    _, draft = big
    readiness = check(draft, dt.date(2026, 11, 1))
    assert readiness.problems == []


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_renders(big: tuple[Path, Draft], fmt: str) -> None:
    _, draft = big
    rendered = render_text(draft, fmt)
    assert len(rendered) > NARRATIVE
    # Every answered finding has its own row; the 100 noted ones are one group line.
    # (Short phrases: plain text wraps table cells at about 35 characters.)
    for number in (1, 499, 999):
        assert f"Recommendation {number}:" in rendered
    assert "Recommendation 1000:" not in rendered
    assert "other 100 recommendations" in rendered


async def test_opens_in_the_editor(big: tuple[Path, Draft], tmp_path: Path) -> None:
    from drafter.tui.app import DrafterApp
    from drafter.tui.config import Config
    from drafter.tui.outline import Outline
    from drafter.tui.session import Session

    path, _ = big
    app = DrafterApp(
        Session.open(path, tmp_path / "recovery"),
        today=dt.date(2026, 11, 1),
        config=Config(autosave_seconds=3600),
        config_file=tmp_path / "config.toml",
    )
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        ids = app.query_one(Outline).entry_ids()
        assert len([i for i in ids if i.startswith("finding:")]) == FINDINGS
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running
