"""The report details view: the report, the force and the two officers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from drafter.dates import parse_date
from drafter.model import Draft, ReportKind
from drafter.tui.views.base import (
    DateValidator,
    DraftEdited,
    FieldInput,
    ShownWhenReady,
    date_problem,
    prose_area,
)


@dataclass(frozen=True)
class TextField:
    """One typed detail: how to read it from the draft and write it back."""

    key: str
    label: str
    get: Callable[[Draft], str]
    set: Callable[[Draft, str], None]
    required: bool = False


def _setter(path: str) -> Callable[[Draft, str], None]:
    *parents, last = path.split(".")

    def set_value(draft: Draft, value: str) -> None:
        target: object = draft
        for name in parents:
            target = getattr(target, name)
        setattr(target, last, value)

    return set_value


def _getter(path: str) -> Callable[[Draft], str]:
    def get_value(draft: Draft) -> str:
        target: object = draft
        for name in path.split("."):
            target = getattr(target, name)
        return str(target)

    return get_value


def _field(key: str, label: str, path: str, *, required: bool = False) -> TextField:
    return TextField(key, label, _getter(path), _setter(path), required)


FIELDS = [
    _field("title", "Report title", "report.title", required=True),
    _field("url", "Web address", "report.url"),
    _field("area", "Policing area", "response.area", required=True),
    _field("force", "Force", "response.force", required=True),
    _field("force-short", "Short name", "response.force_short", required=True),
    _field("commissioner-title", "Body's title", "response.commissioner.title", required=True),
    _field("commissioner-name", "Its holder", "response.commissioner.name"),
    _field("chief-title", "Chief's title", "response.chief.title", required=True),
    _field("chief-name", "Chief's name", "response.chief.name"),
]
BY_KEY = {f.key: f for f in FIELDS}


class DetailsView(ShownWhenReady, VerticalScroll):
    #: The date when the view was shown: kept while the box holds a half-typed date.
    _published_shown: dt.date | None = None

    def __init__(self, draft: Draft, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft = draft

    entry_id = "details"

    def compose(self) -> ComposeResult:
        yield Static("[b]Report details[/b]", id="details-heading")
        for field in FIELDS[:2]:
            yield from self._row(field)
        with Horizontal(classes="detail-row"):
            yield Label("Published", classes="detail-label")
            yield FieldInput(
                id="detail-published",
                compact=True,
                placeholder="e.g. 16 October 2026",
                validators=[DateValidator()],
                valid_empty=True,
            )
        with Horizontal(classes="detail-row"):
            yield Label("Kind", classes="detail-label")
            yield Select(
                [(k.value, k) for k in ReportKind],
                id="detail-kind",
                compact=True,
                prompt="(not set)",
            )
        for field in FIELDS[2:]:
            yield from self._row(field)
        yield Static("", id="details-error", classes="error")
        yield Label("Cc, one recipient a line", classes="field-label")
        yield prose_area("detail-cc")
        yield Checkbox("Include areas for improvement in the response", id="detail-afi")

    def _row(self, field: TextField) -> ComposeResult:
        with Horizontal(classes="detail-row"):
            yield Label(field.label, classes="detail-label")
            yield FieldInput(id=f"detail-{field.key}", compact=True)

    def show(self, draft: Draft) -> None:
        self.draft = draft
        for field in FIELDS:
            self.query_one(f"#detail-{field.key}", Input).value = field.get(draft)
        published = self._published_shown = draft.report.published
        self.query_one("#detail-published", Input).value = (
            published.isoformat() if published else ""
        )
        kind = self.query_one("#detail-kind", Select)
        # Select.clear(), not a sentinel: Textual renamed "no selection" (BLANK to
        # NULL) between majors, and the old name then meant something else.
        if draft.report.kind is None:
            kind.clear()
        else:
            kind.value = draft.report.kind
        cc = self.query_one("#detail-cc", TextArea)
        if cc.text != "\n".join(draft.response.cc):
            cc.load_text("\n".join(draft.response.cc))
        self.query_one("#detail-afi", Checkbox).value = draft.response.include_areas_for_improvement
        self.query_one("#details-error", Static).update("")

    def long_text(self) -> TextArea:
        return self.query_one("#detail-cc", TextArea)

    def held_back(self) -> list[str]:
        """What is typed here that the draft cannot take, said before it is lost."""
        held = []
        for field in FIELDS:
            if field.required and not self.query_one(f"#detail-{field.key}", Input).value.strip():
                held.append(f"{field.label} is empty; the draft keeps {field.get(self.draft)!r}")
        problem = date_problem(self.query_one("#detail-published", Input).value)
        if problem:
            held.append(f"Published: {problem}")
        return held

    def focus_target(self) -> Input:
        return self.query_one("#detail-title", Input)

    def _edited(self) -> None:
        # Titles and names appear in the outline's comment entries.
        self.post_message(DraftEdited("details", "comments:commissioner", "comments:chief", "*"))

    def _error(self, message: str) -> None:
        self.query_one("#details-error", Static).update(message)

    @on(Input.Changed, ".detail-row Input")
    def _text_changed(self, event: Input.Changed) -> None:
        key = (event.input.id or "").removeprefix("detail-")
        if key == "published":
            self._published_changed(event)
            return
        field = BY_KEY[key]
        value = event.value
        if field.required and not value.strip():
            self._error(f"{field.label} must not be empty; the draft keeps the last one typed")
            return
        self._error("")
        if value != field.get(self.draft):
            field.set(self.draft, value)
            self._edited()

    def _published_changed(self, event: Input.Changed) -> None:
        if event.validation_result is not None and not event.validation_result.is_valid:
            self._error(f"Published: {event.validation_result.failure_descriptions[0]}")
            # Half typed: the draft keeps the date shown until the new one reads.
            if self.draft.report.published != self._published_shown:
                self.draft.report.published = self._published_shown
                self._edited()
            return
        self._error("")
        value = parse_date(event.value) if event.value.strip() else None
        if value != self.draft.report.published:
            self.draft.report.published = value
            self._edited()

    @on(Select.Changed, "#detail-kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        value = event.value if isinstance(event.value, ReportKind) else None
        if value is not self.draft.report.kind:
            self.draft.report.kind = value
            self._edited()

    @on(TextArea.Changed, "#detail-cc")
    def _cc_changed(self, event: TextArea.Changed) -> None:
        cc = [line.strip() for line in event.text_area.text.split("\n") if line.strip()]
        if cc != self.draft.response.cc:
            self.draft.response.cc = cc
            self._edited()

    @on(Checkbox.Changed, "#detail-afi")
    def _afi_changed(self, event: Checkbox.Changed) -> None:
        if event.value != self.draft.response.include_areas_for_improvement:
            self.draft.response.include_areas_for_improvement = event.value
            self._edited()
