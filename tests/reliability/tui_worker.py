"""Helper process for test_crash_safety.py: forks editors that the test SIGKILLs.

usage: python tui_worker.py DRAFT RECOVERY_FOLDER TYPING

It imports Textual and drafter once, then reads commands on standard input:

``go``    fork an editor: the real DrafterApp, headless (App.run_test), on DRAFT,
          writing WORDS into the response of the finding it opens on, a word every
          few milliseconds, with the clock made fast (a tick every 50 ms, autosave
          after 100 ms of quiet and at least every 200 ms) so that autosaves and
          recovery writes happen many times a second; print its process id. The
          editor makes the file TYPING once its first word is in: the test counts
          its delay before the kill from then, not from the fork, since starting
          the app takes a second or more on a busy machine.
``reap``  wait for that editor and print how it ended ("killed 9", or "exited N").
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import itertools
import os
import sys
import traceback
from pathlib import Path

from textual.widgets import TextArea

import drafter.tui.saving as tui_saving
import drafter.tui.session as tui_session
from drafter.tui.app import DrafterApp
from drafter.tui.config import Config
from drafter.tui.session import Session

#: What the editor writes, a word at a time, again and again: any response the
#: editor saves or keeps for recovery must be a prefix of WORDS * n.
WORDS = "the force will act on every recommendation by March "


async def edit_forever(draft: Path, recovery: Path, typing: Path) -> None:
    tui_saving.TICK = 0.05
    tui_session.MAX_UNSAVED = 0.2
    session = Session.open(draft, recovery)
    app = DrafterApp(
        session,
        today=dt.date(2026, 11, 29),
        config=Config(autosave_seconds=0.1),
        config_file=recovery / "config.toml",
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        # Inserting words straight into the editor (as a paste does) rather than
        # pressing keys through the pilot, which waits for the app to go idle
        # after each key, keeps the text changing between the autosave's ticks.
        response = app.query_one("#response", TextArea)
        response.focus()
        words = itertools.cycle(WORDS.split(" ")[:-1])
        response.insert(next(words) + " ")
        typing.touch()
        while True:
            response.insert(next(words) + " ")
            await asyncio.sleep(0.004)


def run_editor(draft: Path, recovery: Path, typing: Path) -> None:
    # A forked editor must never fall back into the command loop.
    try:
        asyncio.run(edit_forever(draft, recovery, typing))
    except BaseException:
        traceback.print_exc()
    finally:
        os._exit(1)


def main(draft: Path, recovery: Path, typing: Path) -> None:
    editor = 0
    gc.freeze()
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "go":
            editor = os.fork()
            if editor == 0:
                run_editor(draft, recovery, typing)
            print(editor, flush=True)
        elif command == "reap":
            _, status = os.waitpid(editor, 0)
            if os.WIFSIGNALED(status):
                print(f"killed {os.WTERMSIG(status)}", flush=True)
            else:
                print(f"exited {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
