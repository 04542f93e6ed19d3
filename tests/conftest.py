"""Shared fixtures: the example drafts, and the CLI run in-process."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DRAFTS = REPO / "drafts"
WILTSHIRE = DRAFTS / "wiltshire-prevent-2020.toml"
NORTHMOOR = DRAFTS / "northmoor-peel-2026-fictional.toml"
REFERENCE = REPO / "tests" / "data" / "reference-wiltshire-prevent-2020.md"
EXAMPLES = sorted(DRAFTS.glob("*.toml"))


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
