"""Two editors on one draft, and the editor's save beside other commands (issue 14,
items 1, 3 and 8).

Before: a second `drafter edit` offered the first editor's live edits as if from a
crash, and discarding them there deleted them; the editor's save wrote over a
`drafter sign` that had just finished; the recovery file was world-readable.
"""

from __future__ import annotations

import os
import stat

import pytest
from conftest import NORTHMOOR

from drafter import store
from drafter.errors import SaveError
from drafter.tui.session import ChangedOnDisk, Session
from tui.helpers import wait_for


@pytest.fixture
def path(copy_of):  # type: ignore[no-untyped-def]
    return copy_of(NORTHMOOR)


def test_a_second_editor_is_read_only_and_names_the_first(path, recovery_dir) -> None:
    first = Session.open(path, recovery_dir)
    try:
        first.keep_for_recovery(first.snapshot().replace("Northmoor", "Edited", 1), 1)
        second = Session.open(path, recovery_dir)
        holder = second.held_by
        assert holder is not None and holder.pid == os.getpid()
        assert "drafter edit" in str(holder)
        # The first editor's live edits are not a crash's leftovers to the second...
        assert second.recovered() is None
        second.forget_recovery()
        assert first.recovery_file.exists(), "the second editor removed the first's edits"
        # ...and the second saves nothing.
        with pytest.raises(SaveError, match=r"read-only.*drafter edit"):
            second.write(second.snapshot())
        second.close()
    finally:
        first.close()
    # Once the first has gone (closed, or killed: the system drops its hold), the next
    # editor holds the draft and is offered the first one's unsaved edits.
    third = Session.open(path, recovery_dir)
    try:
        assert third.held_by is None
        recovered = third.recovered()
        assert recovered is not None and "Edited" in recovered.text
    finally:
        third.close()


def test_the_recovery_file_is_private(path, recovery_dir) -> None:
    session = Session.open(path, recovery_dir)
    try:
        session.keep_for_recovery("format = 1\n", 1)
        assert stat.S_IMODE(session.recovery_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(recovery_dir.stat().st_mode) == 0o700
    finally:
        session.close()


def test_the_editors_save_never_writes_over_a_sign_that_just_finished(path, cli) -> None:
    wiltshire = (NORTHMOOR.parent / "wiltshire-prevent-2020.toml").read_text("utf-8")
    path.write_text(wiltshire[: wiltshire.index("[workflow]")].rstrip() + "\n", "utf-8")
    session = Session.open(path, path.parent / "recovery")
    try:
        text = session.snapshot()
        assert cli("sign", path, "--role", "chief", "--name", "Kier Pritchard").status == 0
        # The app's tick looks for changes before it saves; a sign landing between that
        # look and the write is caught again under the draft's lock.
        with pytest.raises(ChangedOnDisk):
            session.write(text)
    finally:
        session.close()
    assert "Kier Pritchard" in path.read_text("utf-8")
    assert store.load(path).workflow.signoffs


async def test_the_second_editor_says_it_is_read_only(path, make_app, recovery_dir) -> None:
    first = Session.open(path, recovery_dir)
    try:
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            assert app.session.held_by is not None
            await wait_for(pilot, lambda: any(n.title == "Read-only" for n in app.notices))
            titles = [n.title for n in app.notices]
            assert "Read-only" in titles, titles
    finally:
        first.close()
