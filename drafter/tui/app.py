"""The editor's app: what every screen shares, and the start of ``drafter edit``.

The app holds the open draft's session, the date deadlines are counted from and the
writer's settings; the editor itself (its widgets, keys, layout and saving) is its
screen, EditorScreen in editor_screen.py.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from textual.actions import ActionParseResult
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

from drafter.model import Draft
from drafter.tui.config import Config, config_path, load_config
from drafter.tui.crash import CrashGuard
from drafter.tui.editor_screen import EditorScreen
from drafter.tui.session import Session

HERE = Path(__file__).parent


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


#: Rounds of the event loop a binding waits at most for letters typed before it.
SETTLE_ROUNDS = 200


async def settle(widget: Widget) -> None:
    """Return once ``widget`` and every node above it up to its screen have handled
    their messages: queues empty on three checks running, as a message being handled
    may post more. The app's own queue is not waited for: the binding runs on it."""
    chain = [widget, *(node for node in widget.ancestors if isinstance(node, Widget))]
    quiet = 0
    for _ in range(SETTLE_ROUNDS):
        if any(node.message_queue_size for node in chain):
            quiet = 0
        else:
            quiet += 1
            if quiet == 3:
                return
        await asyncio.sleep(0)


# Not Textual's own ctrl+q, which quits at once: the editor's quit asks first about
# unsaved edits, and in a dialog ctrl+q does nothing.
class DrafterApp(CrashGuard, inherit_bindings=False):
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
        # Priority, so that the focus moves as the key arrives: otherwise Textual hands
        # tab to the focused box's queue, and letters typed straight after it reach
        # that box too before the tab moves the focus (a fast typist, a paste, tmux).
        Binding("tab", "focus_next", show=False, priority=True),
        Binding("shift+tab", "focus_previous", show=False, priority=True),
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

    @property
    def draft(self) -> Draft:
        return self.session.draft

    def keep_unsaved(self) -> None:
        self.editor.keep_after_crash()

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        # The editor's keys are priority bindings, run as they arrive, while letters
        # typed just before them (a fast typist, a paste, tmux over SSH) may still
        # wait in the focused box's queue, and its Changed message in the queues of
        # the view and screen above it: ctrl+s saved without the last letters, ctrl+q
        # quit without asking and lost them, alt+n carried them to the next finding.
        # Such a binding acts once that box and its parents have handled them.
        if default_namespace is self.editor and self.focused is not None:
            await settle(self.focused)
        return await super().run_action(action, default_namespace, namespaces)

    def get_default_screen(self) -> Screen[None]:
        return self.editor

    async def on_mount(self) -> None:
        self.theme = self.config.theme
        if self.config.keys:
            self.set_keymap(self.config.keys)
        # The editor composes in its own task: the app is ready (for a test's pilot, or
        # the keys typed at once) when the editor is.
        await self.editor.mounted.wait()

    def on_unmount(self) -> None:
        # Let another editor take the draft (the system does so too if this one dies).
        self.session.close()

    def get_system_commands(self, screen: Screen[Any]) -> Any:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Every key of drafter", self.editor.action_help)
