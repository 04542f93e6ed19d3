"""Shared fixtures: the example drafts, and the CLI run in-process."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DRAFTS = REPO / "drafts"
WILTSHIRE = DRAFTS / "wiltshire-prevent-2020.toml"
NORTHMOOR = DRAFTS / "northmoor-peel-2026-fictional.toml"
REFERENCE = REPO / "tests" / "data" / "reference-wiltshire-prevent-2020.md"
EXAMPLES = sorted(DRAFTS.glob("*.toml"))

#: A short report as pasted from a web page, in drafter's own words, for `drafter import`:
#: a cause of concern, a recommendation and two areas for improvement.
SHORT_REPORT = """PEEL 2026: An inspection of Testshire Police

Causes of concern

Cause of concern 1

The force does not answer emergency calls quickly enough.

Recommendation 1

By 31 March 2027, the force should make sure that it answers nine in ten emergency
calls within ten seconds.

Areas for improvement

Area for improvement 1

The force should improve how it records the outcome of each investigation.

Area for improvement 2

The force should make better use of its neighbourhood teams.
"""


@pytest.fixture(scope="session", autouse=True)
def own_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Settings, state (locks, recovery files, crash logs) and caches of the suite's
    own, one set per xdist worker: never the tester's (an office profile or a keymap
    in ~/.config would change what the tests see), and not shared by the two workers.
    A test that needs its own sets them again (monkeypatch.setenv). And no
    SOURCE_DATE_EPOCH from the shell: the Word files' dates would be that moment."""
    base = tmp_path_factory.mktemp("home")
    names = ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "SOURCE_DATE_EPOCH")
    saved = {name: os.environ.get(name) for name in names}
    for name in names[:3]:
        os.environ[name] = str(base / name.removeprefix("XDG_").removesuffix("_HOME").lower())
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@dataclass
class Result:
    status: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run ``drafter ARGS...`` in this process; return status, stdout and stderr."""
    from drafter.cli import main

    def run(*args: str | Path) -> Result:
        try:
            status = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors
            status = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return run


@pytest.fixture
def wiltshire(tmp_path: Path) -> Path:
    """A copy of the reference draft in a temporary folder."""
    return Path(shutil.copy(WILTSHIRE, tmp_path / WILTSHIRE.name))


@pytest.fixture
def northmoor(tmp_path: Path) -> Path:
    """A copy of the fictional example draft in a temporary folder."""
    return Path(shutil.copy(NORTHMOOR, tmp_path / NORTHMOOR.name))


@pytest.fixture
def unsigned(wiltshire: Path) -> Path:
    """The reference draft, ready for sign-off but not yet signed or published."""
    from drafter import store
    from drafter.model import Workflow

    draft = store.load(wiltshire)
    draft.workflow = Workflow()
    store.save(draft, wiltshire)
    return wiltshire
