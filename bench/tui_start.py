"""Start a Textual app headless, print "painted" at its first full paint, and exit.

    python bench/tui_start.py floor
    python bench/tui_start.py widgets DRAFT
    python bench/tui_start.py drafter DRAFT TODAY

run.py times this process from spawning it to the "painted" line. drafter runs as
``drafter edit DRAFT`` does, through the command line and the settings file. The
apps are measured the same way: on mount they ask for a callback after the next refresh,
which Textual runs once the screen has been laid out and rendered with nothing
left dirty. Everything a user waits for (interpreter start, imports, loading the
draft, composing, styling, the first render) is inside the figure.
"""

from __future__ import annotations

import os
import sys
import tempfile
from typing import ClassVar

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


def widgets_app(path: str) -> object:
    """Plain Textual showing the draft with the widget kinds drafter's first screen uses.

    Not the floor the target is held to: a second one, to tell the framework's cost of
    such a screen from drafter's own. The same draft, read with tomllib alone: a status
    line, an OptionList of every finding, the first undecided finding's text, five
    compact Buttons, a TextArea with its response, two Inputs and a Footer of nine keys.
    """
    import tomllib

    from textual.app import App, ComposeResult
    from textual.binding import Binding, BindingType
    from textual.containers import Horizontal, Vertical, VerticalScroll
    from textual.widgets import Button, Footer, Input, Label, OptionList, Static, TextArea

    with open(path, "rb") as file:
        findings = tomllib.load(file)["findings"]
    first = next((f for f in findings if "decision" not in f), findings[0])
    keys = ("ctrl+q", "ctrl+s", "f1", "f2", "f3", "f4", "alt+n", "alt+p", "ctrl+p")

    class Widgets(App[None]):
        CSS = """
        #status { height: 1; background: $panel; }
        OptionList { width: 34; height: 1fr; border: none; border-right: tall $primary; }
        #view { padding: 0 1; }
        #text { height: auto; max-height: 7; margin-bottom: 1; }
        #buttons { height: 1; margin-bottom: 1; }
        Button { margin-right: 1; }
        TextArea { height: 1fr; }
        #action { height: 1; margin-top: 1; }
        """
        BINDINGS: ClassVar[list[BindingType]] = [
            Binding(key, "bell", key, show=True, priority=True) for key in keys
        ]
        AUTO_FOCUS = "TextArea"

        def compose(self) -> ComposeResult:
            yield Static("status", id="status")
            with Horizontal():
                yield OptionList(*(f"○ {f['kind']} {f['number']}" for f in findings))
                with Vertical(id="view"):
                    yield Static(f"{first['kind']} {first['number']}")
                    with VerticalScroll(id="text"):
                        yield Static(first["text"], markup=False)
                    with Horizontal(id="buttons"):
                        for label in ("Accept", "Partly", "Not accepted", "Note", "Clear"):
                            yield Button(label, compact=True)
                    yield Label("Response")
                    yield TextArea(first.get("response", ""), soft_wrap=True)
                    with Horizontal(id="action"):
                        yield Label("Owner")
                        yield Input(compact=True)
                        yield Label("Target")
                        yield Input(compact=True)
            yield Footer()

        def on_mount(self) -> None:
            self.call_after_refresh(painted, self)

    return Widgets()


def run_drafter(path: str, today: str) -> None:
    """``drafter edit PATH``, through the command line as a writer runs it, headless."""
    import drafter.tui.app as app_module
    from drafter.cli import main as drafter_main

    class ProbeScreen(app_module.EditorScreen):
        # The editor is the app's screen: its mount, not the app's, is where the first
        # paint of the editor follows. Textual calls on_mount of every class in the
        # MRO, so EditorScreen's runs too.
        def on_mount(self) -> None:
            self.call_after_refresh(painted, self.app)

    class Probe(app_module.DrafterApp):
        def run(self, *args: object, **kwargs: object) -> None:
            super().run(headless=True, size=SIZE)

    # The edit command looks the classes up when it runs; the probe's stand in.
    app_module.EditorScreen = ProbeScreen  # type: ignore[misc]
    app_module.DrafterApp = Probe  # type: ignore[misc]
    # The recovery folder is under the user's state folder: a fresh one, so that no
    # left-over edits open a dialog.
    os.environ["XDG_STATE_HOME"] = RECOVERY.name
    drafter_main(["edit", path, "--today", today])


def main() -> None:
    mode = sys.argv[1]
    if mode == "drafter":
        run_drafter(sys.argv[2], sys.argv[3])
        return
    app = floor_app() if mode == "floor" else widgets_app(sys.argv[2])
    app.run(headless=True, size=SIZE)  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
