"""``drafter`` alone: choose a draft under ./drafts, or start a new one."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.dom import DOMNode
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from drafter import store
from drafter.errors import DrafterError
from drafter.tui.config import Config
from drafter.tui.crash import CrashGuard
from drafter.tui.new_draft import NewDraftForm, create_draft
from drafter.tui.screens.choice import Answer, ChoiceDialog
from drafter.tui.typed_ahead import FOCUS_BINDINGS, TypedAhead

NEW = "new-draft"


def draft_title(path: Path) -> str:
    try:
        return store.load(path).report.title
    except DrafterError as error:
        return f"cannot be opened: {error.message if hasattr(error, 'message') else error}"


class PickerApp(TypedAhead, CrashGuard):
    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="drafter.picker-quit", priority=True),
        # Named as in the editor's footer (Textual's own name for it is "palette").
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            show=False,
            priority=True,
            id="drafter.picker-palette",
        ),
        # Not priority: on the import screens escape goes back a step instead.
        Binding("escape", "quit", "Quit", show=False, id="drafter.picker-escape"),
        *FOCUS_BINDINGS,
    ]

    def __init__(self, folder: Path, config: Config) -> None:
        super().__init__()
        self.folder = folder
        self.config = config

    def compose(self) -> ComposeResult:
        drafts = sorted(self.folder.glob("*.toml")) if self.folder.is_dir() else []
        with Vertical(id="picker"):
            # Names and titles are the user's text, shown as typed: "[sic]" is no markup.
            title = Content.from_markup(
                "[b]drafter[/b]: open a draft under $folder/", folder=str(self.folder)
            )
            yield Static(title, id="picker-title")
            options = [Option(Content(f"{p.name}\n  {draft_title(p)}"), id=str(p)) for p in drafts]
            options.append(Option("+ Start a new draft", id=NEW))
            yield OptionList(*options, id="picker-list")
            yield NewDraftForm(id="new-form")
        yield Footer()

    def settles_before(self, namespace: DOMNode | None) -> bool:
        # ctrl+q on the import's review asks first; the letters typed before it are
        # the review's, and taken first.
        return namespace is self

    def on_mount(self) -> None:
        self.theme = self.config.theme
        if self.config.keys:
            self.set_keymap(self.config.keys)

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == NEW:
            self.push_screen(start_choice(), self._started)
        elif event.option.id:
            self.exit(Path(event.option.id))

    def _started(self, how: str | None) -> None:
        if how == "empty":
            self.query_one("#new-form").add_class("-shown")
            self.query_one("#new-name", Input).focus()
        elif how in ("file", "paste"):
            from drafter.tui.importing.source import FileImportScreen, PasteImportScreen

            screen = (
                FileImportScreen(self.folder) if how == "file" else PasteImportScreen(self.folder)
            )
            self.push_screen(screen, self._imported)

    def _imported(self, path: Path | None) -> None:
        if path is not None:
            self.exit(path)

    @on(NewDraftForm.Submitted, "#new-form")
    def _create(self, event: NewDraftForm.Submitted) -> None:
        try:
            path = create_draft(self.folder, **event.values)
        except DrafterError as error:
            event.control.show_error(str(error))
            return
        self.exit(path)

    async def action_quit(self) -> None:
        from drafter.tui.importing.review import ReviewScreen

        if not any(isinstance(s, ReviewScreen) for s in self.screen_stack):
            self.exit()
            return
        self.push_screen(
            ChoiceDialog(
                "Quit without creating the draft?",
                "The findings you imported and corrected have not been written anywhere "
                "yet. Quitting now loses them.",
                [Answer("quit", "Quit", "q", "error"), Answer("stay", "Keep reviewing", "k")],
                cancel="stay",
                name="quit-import",
            ),
            lambda answer: self.exit() if answer == "quit" else None,
        )


def start_choice() -> ChoiceDialog:
    """How a new draft starts: from the report's file, its pasted text, or nothing."""
    return ChoiceDialog(
        "Start a new draft",
        "drafter can read the report's recommendations, causes of concern and areas for "
        "improvement from the report itself, for you to check before you write. Import "
        "the report from a file (PDF, web page saved as HTML, text or Markdown), paste "
        "its text, or start an empty draft and type the findings yourself.",
        [
            Answer("file", "From a file", "f", "primary"),
            Answer("paste", "Paste text", "p"),
            Answer("empty", "Start empty", "e"),
        ],
        cancel="",
        name="start-choice",
    )


def choose_draft(folder: Path, *, config: Config) -> Path | None:
    app = PickerApp(folder, config)
    chosen: Path | None = app.run()
    if app.crash is not None:
        # Reported by the command line as any bug is, now that the terminal is back.
        raise app.crash
    return chosen
