"""F1: every key of the editor, with the id to remap it by."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from drafter.tui.screens.modal import OnceModalScreen

#: The editing keys of text boxes, which the editor's own keys never take.
EDITING_KEYS = [
    ("ctrl+z / ctrl+y", "undo / redo in a text box"),
    ("ctrl+x / ctrl+c / ctrl+v", "cut / copy / paste"),
    ("ctrl+a / ctrl+e", "start / end of the line"),
    ("ctrl+home / ctrl+end", "start / end of the text (with shift: select to it)"),
    ("ctrl+k / ctrl+u", "delete to the end / start of the line"),
    ("f5 / f6 / f7", "select word / line / all in a text box"),
    ("tab / shift+tab", "next / previous field"),
]


class HelpScreen(OnceModalScreen[None]):
    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "dismiss", "Close", id="drafter.help-close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]], config_file: Path) -> None:
        super().__init__()
        self.rows = rows
        self.config_file = config_file

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static("[b]drafter: keys[/b]   (escape closes)", id="help-title")
            yield Static(self.table(), id="help-keys")
            yield Static(
                "Remap a key by its id in "
                f"{self.config_file} under [keys], e.g.\n"
                '  "drafter.save" = "ctrl+s,f10"\n'
                "The mouse works everywhere: click the outline, buttons and fields.",
                id="help-config",
                markup=False,
            )

    def table(self) -> Table:
        """Every key, what it does and its id: the ids whole at any width (they are
        what the settings file takes), the other columns wrapped to fit."""
        ids = [binding_id for _, _, binding_id in self.rows]
        table = Table(box=None, expand=True, padding=(0, 1), header_style="bold")
        table.add_column("Key", ratio=2, overflow="fold")
        table.add_column("Does", ratio=3)
        table.add_column("Id", no_wrap=True, min_width=max(map(len, ids)))
        for key, description, binding_id in self.rows:
            table.add_row(key, description, binding_id)
        for key, description in EDITING_KEYS:
            table.add_row(key, description, "")
        return table

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
