"""Temporary files left by a killed save are tidied away by a later save, once stale."""

from __future__ import annotations

import os
import time
from pathlib import Path

from drafter.store.atomic import STALE_SECONDS, write_atomic


def test_stale_temporaries_are_removed_and_fresh_ones_kept(tmp_path: Path) -> None:
    draft = tmp_path / "x.toml"
    stale = tmp_path / ".x.toml.abc123.tmp"
    fresh = tmp_path / ".x.toml.def456.tmp"
    other = tmp_path / ".y.toml.abc123.tmp"
    for leftover in (stale, fresh, other):
        leftover.write_bytes(b"half a draft")
    old = time.time() - STALE_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))

    write_atomic(draft, b"format = 1\n")

    assert draft.read_bytes() == b"format = 1\n"
    assert not stale.exists()
    assert fresh.exists(), "a save under way elsewhere must not lose its temporary file"
    assert other.exists(), "another draft's temporary files are its own business"
