"""A save killed at any moment leaves the complete old draft or the complete new one.

One helper process (save_worker.py) holds two versions, A and B, of a ~5 MB draft
and forks writers that save A, B, A, B, ... over the same file with
drafter.store.save. The test kills each writer with SIGKILL after a random delay
(seeded, so a failure can be replayed), then reads the file: it must be byte-equal
to A or to B. Hundreds of kills run in a few seconds.

The delays are spread over the time a save of A and B takes, measured as the test
goes (a busy machine makes saves several times slower, and fixed delays then all
landed before B was written), and the kills go on past TRIALS until they have
landed at every stage of a save, up to MAX_TRIALS.

What a kill can leave behind: when it lands between write_atomic's mkstemp and its
rename, the partly written temporary file ``.NAME.XXXXXXXX.tmp`` stays in the
draft's folder. It is hidden, does not end in .toml (so no ``*.toml`` glob, draft
picker or ``drafter check drafts/*.toml`` sees it), never has the draft's name, and
the next save picks a fresh random name beside it. The test checks all of that.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bigdraft import large_draft

from drafter import store

HERE = Path(__file__).resolve().parent
WORKER = HERE / "save_worker.py"
TRIALS = 200
MAX_TRIALS = 3 * TRIALS
#: Trials between two measurements of how long a save takes.
MEASURE_EVERY = 20
SEED = 20260516


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, bytes]:
    folder = tmp_path_factory.mktemp("versions")
    a = store.dumps(large_draft(200, 5_000_000, variant="A")).encode("utf-8")
    b = store.dumps(large_draft(200, 5_100_000, variant="B")).encode("utf-8")
    assert len(a) > 5_000_000 and len(b) > len(a)
    (folder / "a.toml").write_bytes(a)
    (folder / "b.toml").write_bytes(b)
    return folder, a, b


class Worker:
    """A helper process that forks a writer on "go" and reports its end on "reap"."""

    def __init__(self, script: Path, *args: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(script), *map(str, args)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=HERE,
        )
        assert self.ask(None) == "ready"

    def ask(self, command: str | None) -> str:
        assert self.process.stdin and self.process.stdout
        if command is not None:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def kill_after(self, seconds: float, started: Path | None = None) -> None:
        """Start a writer, SIGKILL it after ``seconds``, and check it did not stop by itself.

        ``started``: a file the writer makes once it is at work; the seconds count from
        then (an editor takes a second or more to start on a busy machine).
        """
        if started is not None:
            started.unlink(missing_ok=True)
        writer = int(self.ask("go"))
        deadline = time.monotonic() + 60
        while started is not None and not started.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        if started is None or started.exists():
            time.sleep(seconds)
        os.kill(writer, signal.SIGKILL)
        assert started is None or started.exists(), "the writer never started"
        assert self.ask("reap") == "killed 9", "the writer stopped by itself"

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait(timeout=30)


def test_sigkill_during_save_leaves_old_or_new_draft(
    versions: tuple[Path, bytes, bytes], tmp_path: Path
) -> None:
    folder, a, b = versions
    target = tmp_path / "response.toml"
    target.write_bytes(a)
    worker = Worker(WORKER, target, folder / "a.toml", folder / "b.toml")
    rng = random.Random(SEED)
    outcomes = {"A": 0, "B": 0}
    left_mid_write = 0

    def every_stage() -> bool:
        return min(outcomes.values()) > TRIALS // 10 and left_mid_write > TRIALS // 20

    try:
        for trial in range(MAX_TRIALS):
            if trial >= TRIALS and every_stage():
                break
            if trial % MEASURE_EVERY == 0:
                # About 25 ms on an idle machine (a fork, a comparison with the file
                # and a write); spread the kills from the fork to past the end of
                # the save of B, so that they land at every stage of one.
                span = float(worker.ask("time"))
            worker.kill_after(rng.uniform(0.1, 2.0) * span)

            on_disk = target.read_bytes()
            assert on_disk in (a, b), (
                f"trial {trial} (seed {SEED}): {target} holds {len(on_disk)} bytes, "
                "neither the old nor the new draft"
            )
            outcomes["A" if on_disk == a else "B"] += 1

            others = sorted(p.name for p in tmp_path.iterdir() if p != target)
            for name in others:
                assert name.startswith(f".{target.name}.") and name.endswith(".tmp"), name
            assert sorted(p.name for p in tmp_path.glob("*.toml")) == [target.name]
            if others:
                left_mid_write += 1
                assert len(others) == 1, others
                # A leftover never blocks or confuses the next save; remove it so
                # hundreds of 5 MB leftovers do not fill the disk.
                (tmp_path / others[0]).unlink()
    finally:
        worker.close()

    # The kills really did land at every stage: some before a save's rename (the
    # temporary file was still there), and some after each version was complete.
    print(
        f"kills: {sum(outcomes.values())}, file left as A {outcomes['A']}, as B {outcomes['B']}; "
        f"temporary file left by {left_mid_write}; a save of A and B took {span:.3f} s"
    )
    assert outcomes["A"] > TRIALS // 10 and outcomes["B"] > TRIALS // 10, outcomes
    assert left_mid_write > TRIALS // 20, left_mid_write
    assert store.load(target).findings[0].number == "1"


def test_save_after_a_leftover_temporary_file_works(tmp_path: Path) -> None:
    """A stray temporary file from a killed save does not stop or spoil the next save."""
    draft = large_draft(3, 3_000)
    target = tmp_path / "response.toml"
    stray = tmp_path / f".{target.name}.k1ll3d00.tmp"
    stray.write_bytes(b"format = 1\n[report]\ntitle = ")
    assert store.save(draft, target) is True
    assert target.read_bytes() == store.dumps(draft).encode("utf-8")
    assert stray.read_bytes() == b"format = 1\n[report]\ntitle = "
    assert sorted(p.name for p in tmp_path.glob("*.toml")) == [target.name]


# --- the editor's autosave and recovery file -----------------------------------------

TUI_WORKER = HERE / "tui_worker.py"
NORTHMOOR = HERE.parent.parent / "drafts" / "northmoor-peel-2026-fictional.toml"
TUI_TRIALS = 6
#: The finding the editor opens on in the example draft (its first undecided one).
OPENS_ON = 4


def written(text: str) -> bool:
    """Whether ``text`` is what the editor had written at some moment: a prefix of WORDS * n."""
    from tui_worker import WORDS

    stream = WORDS * (len(text) // len(WORDS) + 2)
    return stream.startswith(text)


def recovery_text(folder: Path) -> str | None:
    from drafter.tui.session import RECOVERY_HEADER

    files = [p for p in folder.glob("*.toml") if p.name != "config.toml"]
    if not files:
        return None
    assert len(files) == 1, files
    text = files[0].read_text(encoding="utf-8")
    header, _, body = text.partition("\n")
    assert header.startswith(RECOVERY_HEADER), header
    return body


async def restart_and_restore(draft: Path, recovery: Path, expected: str) -> None:
    """Open the editor again, as the officer would, restore the kept edits, and save."""
    import datetime as dt

    from tui.helpers import answer

    from drafter.tui.app import DrafterApp
    from drafter.tui.config import Config
    from drafter.tui.session import Session

    app = DrafterApp(
        Session.open(draft, recovery),
        today=dt.date(2026, 11, 29),
        config=Config(autosave_seconds=3600),
        config_file=recovery / "config.toml",
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.name == "recovery"
        # The question comes up unasked: it takes keys once typing has paused.
        await answer(pilot, "r")
        await pilot.pause()
        assert app.session.draft.findings[OPENS_ON].response == expected
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert store.load(draft).findings[OPENS_ON].response == expected
    assert recovery_text(recovery) is None


async def test_sigkill_while_editing_keeps_saved_and_recoverable_text(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    draft = folder / "response.toml"
    recovery = tmp_path / "recovery"
    recovery.mkdir()
    base = NORTHMOOR.read_bytes()
    original = store.loads(base.decode("utf-8"))
    assert original.findings[OPENS_ON].response == ""
    typing = tmp_path / "typing"
    worker = Worker(TUI_WORKER, draft, recovery, typing)
    rng = random.Random(SEED)
    saved_some = recovered_some = restarts = stale = 0
    try:
        for trial in range(TUI_TRIALS):
            draft.write_bytes(base)
            for path in recovery.iterdir():
                path.unlink()
            worker.kill_after(rng.uniform(0.4, 1.2), started=typing)

            on_disk = draft.read_bytes()
            saved = store.loads(on_disk.decode("utf-8"), draft)
            assert on_disk == store.dumps(saved).encode("utf-8")
            saved_text = saved.findings[OPENS_ON].response
            assert written(saved_text), f"trial {trial}: the file holds {saved_text[-60:]!r}"
            saved.findings[OPENS_ON].response = ""
            assert saved == original, f"trial {trial}: something else in the draft changed"
            saved_some += bool(saved_text)
            assert [p.name for p in folder.iterdir() if p != draft] == [] or all(
                p.name.startswith(f".{draft.name}.") for p in folder.iterdir() if p != draft
            )

            kept = recovery_text(recovery)
            if kept is None:
                continue
            recovered_some += 1
            kept_text = store.loads(kept).findings[OPENS_ON].response
            assert written(kept_text), f"trial {trial}: recovery holds {kept_text[-60:]!r}"
            if not kept_text.startswith(saved_text):
                # The recovery file is older than the saved draft: the known fault that
                # test_recovery_file_is_never_older_than_the_saved_draft pins down.
                stale += 1
                continue
            if restarts < 2:
                restarts += 1
                await restart_and_restore(draft, recovery, kept_text)
    finally:
        worker.close()
    print(
        f"editor kills: {TUI_TRIALS}, text saved in {saved_some}, recovery kept in "
        f"{recovered_some} (older than the saved draft in {stale}), restored {restarts}"
    )
    assert saved_some >= TUI_TRIALS // 2
    assert recovered_some >= 1
    assert restarts >= 1 or stale == recovered_some


async def test_recovery_file_is_never_older_than_the_saved_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed just after an autosave, the editor must not offer to restore older text.

    The save is held until the officer has typed on, and the app's clock is stopped
    (its tick would rewrite the recovery file half a second later), so the order of
    events is fixed: recovery kept ("abc"), save of "abc def" begins, "g" typed,
    save ends. A kill at that moment leaves "abc" to be offered for restoring.
    """
    import datetime as dt
    import threading

    from textual.widgets import TextArea

    import drafter.tui.saving as tui_saving
    from drafter.tui.app import DrafterApp
    from drafter.tui.config import Config
    from drafter.tui.session import Session

    monkeypatch.setattr(tui_saving, "TICK", 3600.0)
    draft = Path(shutil.copy(NORTHMOOR, tmp_path / "response.toml"))
    recovery = tmp_path / "recovery"
    session = Session.open(draft, recovery)
    app = DrafterApp(
        session,
        today=dt.date(2026, 11, 29),
        config=Config(autosave_seconds=3600),
        config_file=tmp_path / "config.toml",
    )
    gate = threading.Event()
    write = session.write

    def held_write(text: str) -> bool:
        gate.wait(10)
        return write(text)

    session.write = held_write  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        response = app.query_one("#response", TextArea)
        response.insert("abc")
        await pilot.pause()
        app.editor.keep_recovery()
        await app.workers.wait_for_complete()
        response.insert(" def")
        await pilot.pause()
        app.editor.save_in_background()
        response.insert("g")
        await pilot.pause()
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        # The moment a kill would leave behind:
        saved = store.load(draft).findings[OPENS_ON].response
        kept = recovery_text(recovery)
        assert saved == "abc def"
        assert kept is None or store.loads(kept).findings[OPENS_ON].response.startswith(saved)
