"""Two commands changing one draft at once both keep their change (issue 14, item 3).

Each run forks two processes from this one (so that they start within a
millisecond of each other, not a Python start-up apart), releases them together,
and has one sign as the commissioner and the other as the chief officer. Before the
draft lock, both read the unsigned draft and the later save dropped the earlier
signature in most runs.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from drafter import store
from drafter.errors import SaveError
from drafter.model import Role
from drafter.store.lock import draft_lock, lock_path

REPO = Path(__file__).resolve().parents[2]
WILTSHIRE = (REPO / "drafts" / "wiltshire-prevent-2020.toml").read_text("utf-8")
READY = WILTSHIRE[: WILTSHIRE.index("[workflow]")].rstrip() + "\n"
RUNS = 25


def _race(*argvs: list[str]) -> list[int]:
    """Run each ``drafter ARGV`` in its own forked process, all released at once."""
    from drafter.cli import main

    go_read, go_write = os.pipe()
    children = []
    for argv in argvs:
        pid = os.fork()
        if pid == 0:  # the child: wait for the start, run, and never return to pytest
            status = 70
            try:
                os.close(go_write)
                os.read(go_read, 1)
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
                status = main(argv)
            finally:
                os._exit(status)
        children.append(pid)
    os.close(go_read)
    os.write(go_write, b"x" * len(argvs))
    os.close(go_write)
    return [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]


def test_two_signatures_at_once_are_both_kept(tmp_path: Path) -> None:
    draft = tmp_path / "ready.toml"
    lost = 0
    for run in range(RUNS):
        draft.write_text(READY, encoding="utf-8")
        statuses = _race(
            ["sign", str(draft), "--role", "commissioner", "--name", "Philip Wilkinson"],
            ["sign", str(draft), "--role", "chief", "--name", "Kier Pritchard"],
        )
        assert statuses == [0, 0], f"run {run}: {statuses}"
        roles = {s.role for s in store.load(draft).workflow.signoffs}
        if roles != {Role.COMMISSIONER, Role.CHIEF}:
            lost += 1
    assert lost == 0, f"a signature was lost in {lost} of {RUNS} runs"


def test_the_lock_file_is_private(tmp_path: Path) -> None:
    draft = tmp_path / "x.toml"
    draft.write_text(READY, encoding="utf-8")
    with draft_lock(draft):
        where = lock_path(draft)
        assert stat.S_IMODE(where.stat().st_mode) == 0o600
        assert stat.S_IMODE(where.parent.stat().st_mode) == 0o700
    assert [p.name for p in tmp_path.iterdir()] == ["x.toml"], "no lock file beside the draft"


def test_a_held_lock_makes_a_save_wait_then_fail_naming_the_holder(tmp_path: Path) -> None:
    draft = tmp_path / "x.toml"
    draft.write_text(READY, encoding="utf-8")
    with draft_lock(draft, purpose="drafter sign"):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                with draft_lock(draft, timeout=0.3):
                    code = 1
            except SaveError as error:
                text = str(error)
                code = 0 if ("drafter sign" in text and str(os.getppid()) in text) else 2
            finally:
                os._exit(code)
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0


def test_a_draft_and_a_link_to_it_share_one_lock(tmp_path: Path) -> None:
    draft = tmp_path / "x.toml"
    draft.write_text(READY, encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(draft)
    assert lock_path(link) == lock_path(draft), "one file, however it is named, has one lock"


pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
