"""``drafter`` alone: choose a draft under ./drafts, or start a new one."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from drafter import store
from drafter.errors import DrafterError
from drafter.model import Draft, Officer, Report, Response
from drafter.tui.config import Config
from drafter.tui.views.base import DateValidator, optional_date

NEW = "new-draft"


def draft_title(path: Path) -> str:
    try:
        return store.load(path).report.title
    except DrafterError as error:
        return f"cannot be opened: {error.message if hasattr(error, 'message') else error}"


def create_draft(
    folder: Path, name: str, title: str, published: str, area: str, force: str
) -> Path:
    """Write a new draft from the form; raise DrafterError on anything missing."""
    from drafter.cli.commands.new import short_name
    from drafter.errors import UsageError

    name = name.strip()
    if not name:
        raise UsageError("give the new draft a file name, e.g. kent-peel-2026")
    path = folder / (name if name.endswith(".toml") else f"{name}.toml")
    if path.exists():
        raise UsageError(f"{path} already exists; choose another name or open it")
    for label, value in (("report title", title), ("area", area), ("force", force)):
        if not value.strip():
            raise UsageError(f"the {label} must not be empty")
    try:
        date = optional_date(published)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    draft = Draft(
        report=Report(title=title.strip(), published=date),
        response=Response(
            area=area.strip(),
            force=force.strip(),
            force_short=short_name(force.strip()),
            commissioner=Officer(title="Police and Crime Commissioner"),
            chief=Officer(title="Chief Constable"),
        ),
    )
    store.loads(store.dumps(draft), path)
    folder.mkdir(parents=True, exist_ok=True)
    store.save(draft, path)
    return path


class PickerApp(App[Path]):
    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q,escape", "quit", "Quit", id="drafter.picker-quit", priority=True)
    ]

    def __init__(self, folder: Path, config: Config) -> None:
        super().__init__()
        self.folder = folder
        self.config = config

    def compose(self) -> ComposeResult:
        drafts = sorted(self.folder.glob("*.toml")) if self.folder.is_dir() else []
        with Vertical(id="picker"):
            yield Static(f"[b]drafter[/b]: open a draft under {self.folder}/", id="picker-title")
            options = [Option(f"{p.name}\n  {draft_title(p)}", id=str(p)) for p in drafts]
            options.append(Option("+ Start a new draft", id=NEW))
            yield OptionList(*options, id="picker-list")
            with Vertical(id="new-form"):
                for key, label, hint in (
                    ("name", "File name", "kent-peel-2026"),
                    ("title", "Report title", "PEEL 2025–27: An inspection of Kent Police"),
                    ("published", "Published", "12 June 2026"),
                    ("area", "Policing area", "Kent"),
                    ("force", "Force", "Kent Police"),
                ):
                    with Horizontal(classes="form-row"):
                        yield Label(label, classes="detail-label")
                        validators = [DateValidator()] if key == "published" else []
                        yield Input(
                            id=f"new-{key}", placeholder=hint, compact=True, validators=validators
                        )
                yield Static("", id="new-error", classes="error")
                yield Button("Create and open", id="new-create", compact=True, variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.theme = self.config.theme

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == NEW:
            self.query_one("#new-form").add_class("-shown")
            self.query_one("#new-name", Input).focus()
        elif event.option.id:
            self.exit(Path(event.option.id))

    @on(Button.Pressed, "#new-create")
    @on(Input.Submitted, "#new-form Input")
    def _create(self) -> None:
        values = {
            key: self.query_one(f"#new-{key}", Input).value
            for key in ("name", "title", "published", "area", "force")
        }
        try:
            path = create_draft(self.folder, **values)
        except DrafterError as error:
            self.query_one("#new-error", Static).update(str(error))
            return
        self.exit(path)


def choose_draft(folder: Path, *, config: Config) -> Path | None:
    return PickerApp(folder, config).run()
