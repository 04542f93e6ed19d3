"""Helper process for test_crash_safety.py: forks writers that the test SIGKILLs.

usage: python save_worker.py TARGET DRAFT_A DRAFT_B

It loads both drafts once, then reads commands on standard input, one a line:

``go``    fork a writer that saves A, B, A, B, ... to TARGET with drafter.store.save
          until it is killed; print the writer's process id.
``reap``  wait for that writer and print how it ended ("killed 9", or "exited N").
``time``  fork a writer that saves A then B once and exits; print the seconds that
          took, fork included: the test spreads its kills over a span measured so,
          since a busy machine makes every save several times slower.

Forking from one long-lived process makes a trial cost milliseconds instead of a
Python start-up, so the test can kill hundreds of writers in a few seconds.

Encoding a 5 MB draft (store.dumps) takes far longer than writing it and touches no
file, so a kill during it proves nothing; each draft's text is therefore encoded
once, and the writers spend their time in what matters: save's comparison with the
file on disk, and write_atomic.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from drafter import store
from drafter.model import Draft


def main(target: Path, a: Path, b: Path) -> None:
    drafts = [store.load(a), store.load(b)]
    # The test writes A and B in canonical form, so a file's text is its draft's dumps.
    texts = {id(d): p.read_text(encoding="utf-8") for d, p in zip(drafts, (a, b), strict=True)}
    real_dumps = store.dumps

    def cached_dumps(draft: Draft) -> str:
        return texts.get(id(draft)) or real_dumps(draft)

    store.dumps = cached_dumps  # type: ignore[assignment]
    writer = 0
    # Keep the collector away from the parent's objects, so a forked writer does not
    # spend its first milliseconds copying pages it only needed to read.
    gc.freeze()
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "go":
            writer = os.fork()
            if writer == 0:
                _write_forever(drafts, target)
            print(writer, flush=True)
        elif command == "time":
            start = time.perf_counter()
            timer = os.fork()
            if timer == 0:
                _write_once(drafts, target)
            os.waitpid(timer, 0)
            print(f"{time.perf_counter() - start:.6f}", flush=True)
        elif command == "reap":
            _, status = os.waitpid(writer, 0)
            if os.WIFSIGNALED(status):
                print(f"killed {os.WTERMSIG(status)}", flush=True)
            else:
                print(f"exited {os.waitstatus_to_exitcode(status)}", flush=True)


def _write_forever(drafts: list[Draft], target: Path) -> None:
    # A forked writer must never fall back into the command loop above.
    try:
        while True:
            for draft in drafts:
                store.save(draft, target)
    except BaseException as error:
        print(f"writer failed: {error!r}", file=sys.stderr, flush=True)
    finally:
        os._exit(1)


def _write_once(drafts: list[Draft], target: Path) -> None:
    status = 1
    try:
        for draft in drafts:
            store.save(draft, target)
        status = 0
    finally:
        os._exit(status)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
