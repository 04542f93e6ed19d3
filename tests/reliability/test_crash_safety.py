"""A save killed at any moment leaves the complete old draft or the complete new one.

One helper process (save_worker.py) holds two versions, A and B, of a ~5 MB draft
and forks writers that save A, B, A, B, ... over the same file with
drafter.store.save. The test kills each writer with SIGKILL after a random delay
(seeded, so a failure can be replayed), then reads the file: it must be byte-equal
to A or to B. Hundreds of kills run in a few seconds.

What a kill can leave behind: when it lands between write_atomic's mkstemp and its
rename, the partly written temporary file ``.NAME.XXXXXXXX.tmp`` stays in the
draft's folder. It is hidden, does not end in .toml (so no ``*.toml`` glob, draft
picker or ``drafter check drafts/*.toml`` sees it), never has the draft's name, and
the next save picks a fresh random name beside it. The test checks all of that.
"""

from __future__ import annotations

import os
import random
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
    def __init__(self, target: Path, a: Path, b: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(target), str(a), str(b)],
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
    worker = Worker(target, folder / "a.toml", folder / "b.toml")
    rng = random.Random(SEED)
    outcomes = {"A": 0, "B": 0}
    left_mid_write = 0
    try:
        for trial in range(TRIALS):
            writer = int(worker.ask("go"))
            # A forked writer's saves of this size take 10 to 20 ms each; spread
            # the kills over a few saves so that they land at every stage of one.
            time.sleep(rng.uniform(0.005, 0.06))
            os.kill(writer, signal.SIGKILL)
            assert worker.ask("reap") == "killed 9", f"trial {trial}: the writer stopped by itself"

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
    assert outcomes["A"] > TRIALS // 10 and outcomes["B"] > TRIALS // 10, outcomes
    print(
        f"kills: {TRIALS}, file left as A {outcomes['A']}, as B {outcomes['B']}; "
        f"temporary file left by {left_mid_write}"
    )
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
