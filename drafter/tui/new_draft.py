"""The new-draft form, shared by the picker (an empty draft) and the import's last step.

The draft is made by drafter.actions.new, as `drafter new` makes it; this module
collects the form's values and words the action's refusals for the editor.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Input, Label, Static

from drafter.actions.new import Details, NewDraft, check_file_name
from drafter.actions.new import create_draft as create
from drafter.errors import AlreadyExists, BadFileName, MissingField, UsageError
from drafter.model import Finding
from drafter.tui.views.base import DateValidator, optional_date

#: The form's name for each detail a new draft needs.
_LABELS = {"title": "report title", "area": "area", "force": "force"}


def create_draft(
    folder: Path,
    name: str,
    title: str,
    published: str,
    area: str,
    force: str,
    *,
    findings: Sequence[Finding] = (),
) -> Path:
    """Write a new draft from the form; raise UsageError, worded for the form, on anything
    missing. ``findings`` are those an import found and the writer reviewed."""
    name = name.strip()
    if not name:
        raise UsageError("give the new draft a file name, e.g. kent-peel-2026")
    try:
        check_file_name(name)  # a name, not a path: the draft goes in ``folder``
    except BadFileName as bad:
        raise UsageError(
            f"not a file name: {bad.why}; give a plain name, e.g. kent-peel-2026"
        ) from None
    path = folder / (name if name.endswith(".toml") else f"{name}.toml")
    try:
        date = optional_date(published)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    new = NewDraft(
        path=path,
        title=title,
        published=date,
        findings=tuple(findings),
        details=Details(area=area, force=force),
    )
    try:
        create(new)
    except AlreadyExists:
        raise UsageError(f"{path} already exists; choose another name or open it") from None
    except MissingField as error:
        label = _LABELS.get(error.field, error.field)
        raise UsageError(f"the {label} must not be empty") from None
    return path


FORM_FIELDS = (
    ("name", "File name", "kent-peel-2026"),
    ("title", "Report title", "PEEL 2025–27: An inspection of Kent Police"),
    ("published", "Published", "12 June 2026"),
    ("area", "Policing area", "Kent"),
    ("force", "Force", "Kent Police"),
)


class NewDraftForm(Vertical):
    """The five details a new draft starts from; the picker and the import both use it."""

    class Submitted(Message):
        def __init__(self, form: NewDraftForm, values: dict[str, str]) -> None:
            super().__init__()
            self.form = form
            self.values = values

        @property
        def control(self) -> NewDraftForm:
            return self.form

    def __init__(self, values: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.initial = values or {}

    def compose(self) -> ComposeResult:
        for key, label, hint in FORM_FIELDS:
            with Horizontal(classes="form-row"):
                yield Label(label, classes="detail-label")
                validators = [DateValidator()] if key == "published" else []
                yield Input(
                    self.initial.get(key, ""),
                    id=f"new-{key}",
                    placeholder=hint,
                    compact=True,
                    validators=validators,
                )
        yield Static("", id="new-error", classes="error", markup=False)
        yield Button("Create and open", id="new-create", compact=True, variant="primary")

    def values(self) -> dict[str, str]:
        return {key: self.query_one(f"#new-{key}", Input).value for key, _, _ in FORM_FIELDS}

    def show_error(self, message: str) -> None:
        self.query_one("#new-error", Static).update(message)

    @on(Button.Pressed, "#new-create")
    @on(Input.Submitted)
    def _submit(self, event: Message) -> None:
        event.stop()
        self.post_message(self.Submitted(self, self.values()))
