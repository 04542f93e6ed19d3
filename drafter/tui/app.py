"""The editor's app: what every screen shares, and the start of ``drafter edit``.

The app holds the open draft's session, the date deadlines are counted from and the
writer's settings; the editor itself (its widgets, keys, layout and saving) is its
screen, EditorScreen in editor_screen.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
from pathlib import Path
from typing import Any, ClassVar

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen

from drafter.model import Draft
from drafter.tui.config import Config, config_path, load_config
from drafter.tui.crash import CrashGuard
from drafter.tui.editor_screen import EditorScreen
from drafter.tui.session import Session
from drafter.tui.typed_ahead import FOCUS_BINDINGS, TypedAhead

HERE = Path(__file__).parent
#: Signals that end the editor as ctrl+q would, keeping unsaved edits for recovery.
STOPPING = (signal.SIGHUP, signal.SIGTERM)


def binding_owners() -> tuple[type, ...]:
    """Every class whose BINDINGS hold a remappable key, the import screens' included."""
    from drafter.tui.importing import binding_owners as import_owners
    from drafter.tui.screens.choice import ChoiceDialog
    from drafter.tui.screens.conflict import ConflictScreen, ConflictsScreen
    from drafter.tui.screens.correct import CorrectFindingScreen
    from drafter.tui.screens.help import HelpScreen
    from drafter.tui.screens.problems import ProblemsScreen
    from drafter.tui.screens.review import ReviewScreen
    from drafter.tui.screens.sign import SignScreen

    owners = (DrafterApp, EditorScreen, ChoiceDialog, ConflictScreen, ConflictsScreen, HelpScreen)
    screens = (CorrectFindingScreen, ProblemsScreen, ReviewScreen, SignScreen)
    return (*owners, *screens, *import_owners())


def remappable_bindings() -> list[tuple[type, Binding]]:
    """Each binding with an id, with the class it belongs to."""
    return [
        (owner, b)
        for owner in binding_owners()
        for b in owner.BINDINGS
        if isinstance(b, Binding) and b.id
    ]


def binding_ids() -> set[str]:
    """Every binding id the keymap in the settings file may name."""
    return {b.id for _, b in remappable_bindings() if b.id}


def writer_config(path: Path | None = None) -> Config:
    """The writer's settings file, checked: what ``drafter edit`` starts with."""
    from textual.theme import BUILTIN_THEMES

    return load_config(path, binding_ids=binding_ids, themes=BUILTIN_THEMES.keys())


# Not Textual's own ctrl+q, which quits at once: the editor's quit asks first about
# unsaved edits, and in a dialog ctrl+q does nothing.
class DrafterApp(TypedAhead, CrashGuard, inherit_bindings=False):
    TITLE = "drafter"
    CSS_PATH: ClassVar[list[str | Path]] = [  # type: ignore[misc]
        HERE / "app.tcss",
        HERE / "preview.tcss",
        *sorted((HERE / "views").glob("*.tcss")),
    ]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        # The palette opens over any screen; each screen offers its own commands.
        Binding(
            "ctrl+p", "command_palette", "Commands", show=False, priority=True, id="drafter.palette"
        ),
        Binding("ctrl+c", "help_quit", show=False, system=True),
        *FOCUS_BINDINGS,
    ]

    def __init__(
        self,
        session: Session,
        *,
        today: dt.date | None = None,
        config: Config | None = None,
        config_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        # Fixed once, here: tests and snapshots pass a date; nothing deeper calls today().
        self.today = today or dt.date.today()
        self.config = config or Config()
        self.config_file = config_file or config_path()
        self.editor = EditorScreen(session, id="_default")
        #: The signal that stopped the editor (the terminal closed, the system asked).
        self.stopped_by: signal.Signals | None = None

    @property
    def draft(self) -> Draft:
        return self.session.draft

    def keep_unsaved(self) -> None:
        self.editor.keep_after_crash()

    def settles_before(self, namespace: DOMNode | None) -> bool:
        # The editor's keys are priority bindings, run as they arrive, while letters
        # typed just before them (a fast typist, a paste, tmux over SSH) may still
        # wait in the focused box's queue, and its Changed message in the queues of
        # the view and screen above it: ctrl+s saved without the last letters, ctrl+q
        # quit without asking and lost them, alt+n carried them to the next finding.
        return namespace is self.editor

    def get_default_screen(self) -> Screen[None]:
        return self.editor

    async def on_mount(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in STOPPING:
            loop.add_signal_handler(signum, self._stop, signum)
        self.theme = self.config.theme
        if self.config.keys:
            self.set_keymap(self.config.keys)
        # The editor composes in its own task: the app is ready (for a test's pilot, or
        # the keys typed at once) when the editor is.
        await self.editor.mounted.wait()

    def _stop(self, signum: signal.Signals) -> None:
        # An SSH session that drops sends SIGHUP; a shutdown or `kill`, SIGTERM. Left
        # to Python's default, the last second typed was lost (the recovery file waits
        # for a pause) and the terminal stayed in the editor's modes.
        self.stopped_by = signum
        # Whatever keeping does (a full disk), the editor must still end: left
        # running without its terminal, it spun at full CPU for ever.
        with contextlib.suppress(Exception):
            self.keep_unsaved()
        if signum == signal.SIGHUP:
            # The terminal is gone: putting it back would wait on it for ever (the
            # process stayed, holding the draft). Ended as the signal ends a process.
            with contextlib.suppress(Exception):
                self.session.close()
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        self.exit(return_code=128 + signum)

    def on_unmount(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in STOPPING:
            loop.remove_signal_handler(signum)
        # Let another editor take the draft (the system does so too if this one dies).
        self.session.close()

    async def action_quit(self) -> None:
        # Textual's own Quit (the palette's "Quit the application as soon as possible")
        # exited at once, unsaved edits and all: every way out asks what ctrl+q asks.
        await self.editor.action_quit()

    def get_system_commands(self, screen: Screen[Any]) -> Any:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Every key of drafter", self.editor.action_help)
