"""Fixtures for the editor's tests: a copy of an example, its app, typing helpers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter.tui.app import DrafterApp
from drafter.tui.config import Config
from drafter.tui.session import Session
from tui.helpers import QUIET, TODAY, Clock, keep_notices
from tui.journeys import Drafts


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def make_app(recovery_dir: Path) -> Callable[..., DrafterApp]:
    def make(path: Path, config: Config = QUIET) -> DrafterApp:
        session = Session.open(path, recovery_dir)
        app = DrafterApp(session, today=TODAY, config=config, config_file=Path("config.toml"))
        app.notices = keep_notices(app)  # type: ignore[attr-defined]
        return app

    return make


@pytest.fixture
def copy_of(tmp_path: Path) -> Callable[[Path], Path]:
    def copy(source: Path) -> Path:
        folder = tmp_path / "drafts"
        folder.mkdir(exist_ok=True)
        return Path(shutil.copy(source, folder / source.name))

    return copy


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The editor's clock, stopped: a test with it calls ``app.editor.tick()`` itself.
    The app's own half-second timer is put off for an hour, since on a busy machine it
    could tick between a test's steps and keep the recovery file a step early."""
    import drafter.tui.saving as saving_module

    fake = Clock()
    monkeypatch.setattr(saving_module, "TICK", 3600.0)
    monkeypatch.setattr(saving_module, "time", fake)
    return fake


@pytest.fixture
def question_clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The clock of the questions that wait for typing to pause (ChoiceDialog's
    ``settle``), stopped: keys typed on never answer one because a busy machine took
    longer than the pause between two of a test's key presses. The test moves it on."""
    import drafter.tui.screens.choice as choice_module

    fake = Clock()
    monkeypatch.setattr(choice_module, "time", fake)
    return fake


@pytest.fixture(scope="session")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Drafts:
    """Drafts in the journey states (tui/journeys.py), each built once per worker."""
    return Drafts(tmp_path_factory.mktemp("states"))
