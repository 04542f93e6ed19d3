"""Where an import starts: the report's file, or its text pasted into a box.

The import runs in a worker thread (a long PDF takes a second or two) under a
loading indicator. A problem is shown in the screen in the importer's own words;
nothing is written until the writer confirms the reviewed findings.
"""

from __future__ import annotations

from abc import abstractmethod
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Footer, Input, Static, TextArea

from drafter.errors import DrafterError
from drafter.tui.text_box import TextBox

if TYPE_CHECKING:
    from drafter.importers import ImportResult

#: What the file box accepts; anything else is better pasted as text.
SUFFIXES = (".pdf", ".html", ".htm", ".txt", ".text", ".md", ".markdown")


def source_path(value: str) -> Path:
    return Path(value.strip()).expanduser()


class ReportFileValidator(Validator):
    """A file that exists and is a PDF, a saved web page, text or Markdown."""

    def validate(self, value: str) -> ValidationResult:
        if not value.strip():
            return self.failure("type the path of the report's file")
        path = source_path(value)
        if path.is_dir():
            return self.failure(f"{path} is a folder; give the report's file inside it")
        if not path.exists():
            return self.failure(f"{path}: no such file; check the path")
        if path.suffix.lower() not in SUFFIXES:
            return self.failure(
                f"{path.name}: drafter reads PDF (.pdf), web pages (.html), text (.txt) "
                "and Markdown (.md); for anything else, paste the report's text instead"
            )
        return self.success()


class ImportScreen(Screen[Path]):
    """What both ways in share: the import key, the worker and the message line."""

    CSS_PATH = Path(__file__).with_name("source.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("alt+i", "run_import", "Import", priority=True, id="drafter.import-run"),
        Binding("escape", "back", "Back", id="drafter.import-back"),
    ]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        #: Where the new draft will be written.
        self.folder = folder
        self.running = False

    @abstractmethod
    def source(self) -> tuple[Path | str, str] | None:
        """The source to import and how messages name it; None (with a message) if none."""

    def busy_widget(self) -> Vertical:
        return self.query_one("#source-box", Vertical)

    def say(self, message: str) -> None:
        self.query_one("#source-error", Static).update(message)

    def action_run_import(self) -> None:
        if self.running:
            return
        source = self.source()
        if source is None:
            return
        self.say("")
        self.running = True
        self.busy_widget().loading = True
        self._import(*source)

    @work(thread=True, exclusive=True, group="import")
    def _import(self, source: Path | str, name: str) -> None:
        from drafter.importers import import_report

        try:
            result = import_report(source, name=name)
        except DrafterError as error:
            self.app.call_from_thread(self._failed, str(error))
        except Exception as error:  # an importer bug must not end the session in a traceback
            self.app.call_from_thread(
                self._failed,
                f"drafter could not read {name} ({type(error).__name__}: {error}); nothing "
                "was written. Paste the report's text instead, and please report this",
            )
        else:
            self.app.call_from_thread(self._found, result)

    def _finished(self) -> bool:
        self.running = False
        if not self.is_attached:
            return False
        self.busy_widget().loading = False
        return True

    def _failed(self, message: str) -> None:
        if self._finished():
            self.say(message)

    def _found(self, result: ImportResult) -> None:
        from drafter.tui.importing.review import ReviewScreen

        if self._finished():
            self.app.push_screen(ReviewScreen(result, self.folder), self._reviewed)

    def _reviewed(self, path: Path | None) -> None:
        if path is not None:
            self.dismiss(path)

    def action_back(self) -> None:
        if not self.running:
            self.dismiss(None)


class FileImportScreen(ImportScreen):
    def compose(self) -> ComposeResult:
        with Vertical(id="source-box"):
            yield Static("Import the report from a file", classes="source-title")
            yield Static(
                "The report's PDF, its web page saved as HTML, or its text or Markdown. "
                f"A path may be relative to {Path.cwd()}.",
                classes="source-help",
                markup=False,
            )
            yield Input(
                id="source-path",
                placeholder="~/Downloads/peel-2025-kent.pdf",
                validators=[ReportFileValidator()],
                validate_on=["changed", "submitted"],
            )
            with Horizontal(classes="source-buttons"):
                yield Button("Import", id="source-import", variant="primary", compact=True)
                yield Button("Back", id="source-back", compact=True)
            yield Static("", id="source-error", classes="error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#source-path", Input).focus()

    def source(self) -> tuple[Path | str, str] | None:
        box = self.query_one("#source-path", Input)
        validation = box.validate(box.value)
        if validation is not None and not validation.is_valid:
            self.say(validation.failure_descriptions[0])
            return None
        path = source_path(box.value)
        return path, str(path)

    @on(Input.Changed, "#source-path")
    def _typed(self, event: Input.Changed) -> None:
        # Say what is wrong only once the writer has typed something.
        if event.validation_result is not None and not event.validation_result.is_valid:
            self.say(event.validation_result.failure_descriptions[0] if event.value else "")
        else:
            self.say("")

    @on(Input.Submitted, "#source-path")
    @on(Button.Pressed, "#source-import")
    def _go(self) -> None:
        self.action_run_import()

    @on(Button.Pressed, "#source-back")
    def _back(self) -> None:
        self.action_back()


class PasteImportScreen(ImportScreen):
    def compose(self) -> ComposeResult:
        with Vertical(id="source-box"):
            yield Static("Import the report from pasted text", classes="source-title")
            yield Static(
                "Copy the report's text from its PDF or web page and paste it below "
                "(ctrl+v, or your terminal's paste), then import it. Blank lines between "
                "paragraphs help.",
                classes="source-help",
            )
            yield TextBox(id="source-text", soft_wrap=True, tab_behavior="focus")
            with Horizontal(classes="source-buttons"):
                yield Button("Import", id="source-import", variant="primary", compact=True)
                yield Button("Back", id="source-back", compact=True)
            yield Static("", id="source-error", classes="error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#source-text", TextArea).focus()

    def source(self) -> tuple[Path | str, str] | None:
        text = self.query_one("#source-text", TextArea).text
        if not text.strip():
            self.say("Paste the report's text into the box first.")
            return None
        return text, "the pasted text"

    @on(Button.Pressed, "#source-import")
    def _go(self) -> None:
        self.action_run_import()

    @on(Button.Pressed, "#source-back")
    def _back(self) -> None:
        self.action_back()
