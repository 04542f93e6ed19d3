"""Fixtures for the editor's tests: a copy of an example, its app, typing helpers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter.tui.app import DrafterApp
from drafter.tui.config import Config
from drafter.tui.session import Session
from tui.helpers import QUIET, TODAY


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def make_app(recovery_dir: Path) -> Callable[..., DrafterApp]:
    def make(path: Path, config: Config = QUIET) -> DrafterApp:
        session = Session.open(path, recovery_dir)
        return DrafterApp(session, today=TODAY, config=config, config_file=Path("config.toml"))

    return make


@pytest.fixture
def copy_of(tmp_path: Path) -> Callable[[Path], Path]:
    def copy(source: Path) -> Path:
        folder = tmp_path / "drafts"
        folder.mkdir(exist_ok=True)
        return Path(shutil.copy(source, folder / source.name))

    return copy


class Clock:
    """Stands in for ``time`` in the app's modules, so a test decides when it is.

    A test with this clock calls ``app.editor.tick()`` itself: the app's own half-second
    timer is put off for an hour, since on a busy machine it could tick between a
    test's steps and keep the recovery file a step early.
    """

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    import drafter.tui.saving as saving_module

    fake = Clock()
    monkeypatch.setattr(saving_module, "TICK", 3600.0)
    monkeypatch.setattr(saving_module, "time", fake)
    return fake
