"""Start a Textual app headless, print "painted" at its first full paint, and exit.

    python bench/tui_start.py floor
    python bench/tui_start.py drafter DRAFT TODAY

run.py times this process from spawning it to the "painted" line. Both apps are
measured the same way: on mount they ask for a callback after the next refresh,
which Textual runs once the screen has been laid out and rendered with nothing
left dirty. Everything a user waits for (interpreter start, imports, loading the
draft, composing, styling, the first render) is inside the figure.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

SIZE = (120, 40)
#: A fresh recovery folder, removed at exit: left-over edits would open a dialog.
RECOVERY = tempfile.TemporaryDirectory(prefix="drafter-bench-")


def painted(app: object) -> None:
    # Straight to the file descriptor: Textual redirects sys.stdout while it runs.
    os.write(1, b"painted\n")
    app.exit()  # type: ignore[attr-defined]


def floor_app() -> object:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Floor(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("floor")

        def on_mount(self) -> None:
            self.call_after_refresh(painted, self)

    return Floor()


def drafter_app(path: str, today: str) -> object:
    from drafter.tui.app import DrafterApp
    from drafter.tui.config import Config
    from drafter.tui.session import Session

    class Probe(DrafterApp):
        # Textual calls on_mount of every class in the MRO, so DrafterApp's runs too.
        def on_mount(self) -> None:
            self.call_after_refresh(painted, self)

    session = Session.open(Path(path), recovery_dir=Path(RECOVERY.name))
    return Probe(session, today=dt.date.fromisoformat(today), config=Config())


def main() -> None:
    mode = sys.argv[1]
    app = floor_app() if mode == "floor" else drafter_app(sys.argv[2], sys.argv[3])
    app.run(headless=True, size=SIZE)  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
