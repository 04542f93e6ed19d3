"""F1: every key of the editor, with the id to remap it by."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

#: The editing keys of text boxes, which the editor's own keys never take.
EDITING_KEYS = [
    ("ctrl+z / ctrl+y", "undo / redo in a text box"),
    ("ctrl+x / ctrl+c / ctrl+v", "cut / copy / paste"),
    ("ctrl+a / ctrl+e", "start / end of the line"),
    ("ctrl+k / ctrl+u", "delete to the end / start of the line"),
    ("f5 / f6 / f7", "select word / line / all in a text box"),
    ("tab / shift+tab", "next / previous field"),
]


class HelpScreen(ModalScreen[None]):
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
            table: DataTable[str] = DataTable(id="help-keys", cursor_type="row", zebra_stripes=True)
            table.add_columns("Key", "Does", "Id")
            for key, description, binding_id in self.rows:
                table.add_row(key, description, binding_id)
            for key, description in EDITING_KEYS:
                table.add_row(key, description, "")
            yield table
            yield Static(
                "Remap a key by its id in "
                f"{self.config_file} under [keys], e.g.\n"
                '  "drafter.save" = "ctrl+s,f10"\n'
                "The mouse works everywhere: click the outline, buttons and fields.",
                id="help-config",
                markup=False,
            )

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
