"""What the import found, for the writer to confirm or correct before the draft exists.

A list of the findings (kind, number, cause, addressee, deadline, first words)
under the report's title and date and the importer's warnings; below it, the
selected finding's fields. Merge, split, renumber, delete and change of kind are
keys (alt+letter, like the editor's, so they work from any box) with binding ids
the settings file can remap. Nothing is written until the writer creates the draft.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, DataTable, Footer, Input, Label, Static, TextArea

from drafter import import_corrections as corrections
from drafter.dates import long_date
from drafter.import_corrections import EditRefused
from drafter.model import Finding, FindingKind
from drafter.tui.footer import FittedFooterScreen
from drafter.tui.screens.choice import Answer, ChoiceDialog
from drafter.tui.text_box import TextBox

if TYPE_CHECKING:
    from drafter.importers import ImportResult

#: The list's columns, in order.
HEADINGS = {
    "kind": "Kind",
    "number": "No.",
    "cause": "Cause",
    "addressee": "Addressee",
    "deadline": "Deadline",
    "text": "Text",
}


def _b(key: str, action: str, description: str, binding_id: str, *, show: bool = True) -> Binding:
    # Priority, so that the focused text box never takes them; none is an editing key.
    return Binding(key, action, description, show=show, priority=True, id=f"drafter.{binding_id}")


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def counts(findings: list[Finding]) -> str:
    parts = []
    for kind in FindingKind:
        n = sum(1 for f in findings if f.kind is kind)
        if n:
            parts.append(kind.counted(n))
    return ", ".join(parts) or "no findings"


def published_on(result: ImportResult) -> str:
    return long_date(result.published) if result.published else ""


class ReviewScreen(FittedFooterScreen[Path]):
    CSS_PATH = Path(__file__).with_name("review.tcss")
    # On a narrow terminal the footer keeps its other keys whole, Back above all.
    FOOTER_SPARE = frozenset({"drafter.import-renumber", "drafter.import-kind"})
    FOOTER_ALL_KEYS = 103
    BINDINGS: ClassVar[list[BindingType]] = [
        _b("alt+n", "step(1)", "Next", "next-finding", show=False),
        _b("alt+p", "step(-1)", "Previous", "previous-finding", show=False),
        # In the order of the footer.
        _b("alt+c", "confirm", "Create", "import-confirm"),
        _b("alt+m", "merge", "Merge", "import-merge"),
        _b("alt+t", "split", "Split", "import-split"),
        _b("alt+r", "renumber", "Renumber", "import-renumber"),
        _b("alt+k", "kind", "Kind", "import-kind"),
        _b("alt+d", "delete", "Delete", "import-delete"),
        _b("alt+z", "undo", "Undo", "import-undo"),
        Binding("escape", "back", "Back", id="drafter.import-back"),
    ]

    def __init__(self, result: ImportResult, folder: Path) -> None:
        super().__init__()
        self.result = result
        self.folder = folder
        self.findings = result.report().findings
        self.index = 0
        self.changed = False
        #: Findings and selection before each merge, split, renumber or delete.
        self.history: list[tuple[list[Finding], int]] = []

    @property
    def finding(self) -> Finding:
        return self.findings[self.index]

    # --- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="review-head", markup=False)
        warnings = self.result.warnings
        # A few lines show under the head; focused (shift+tab from the list), the box
        # grows and the arrow and page keys scroll it, so that a warning that says a
        # finding was dropped or renumbered can always be read in full.
        with VerticalScroll(id="review-warnings") as box:
            box.set_class(not warnings, "-empty")
            box.can_focus = bool(warnings)
            yield Static(
                "\n".join(f"! {w}" for w in warnings), id="review-warnings-text", markup=False
            )
        yield DataTable(id="review-table", cursor_type="row", zebra_stripes=True)
        with Vertical(id="review-editor"):
            with Horizontal(classes="edit-row"):
                yield Label("Kind", classes="edit-label")
                yield Button("", id="edit-kind", compact=True)
                yield Label("Number", classes="edit-label-inner")
                yield Input(id="edit-number", compact=True)
                yield Label("Cause", classes="edit-label-inner")
                yield Input(id="edit-cause", compact=True, placeholder="none")
            with Horizontal(classes="edit-row"):
                yield Label("Addressee", classes="edit-label")
                yield Input(id="edit-addressee", compact=True, placeholder="none named")
                yield Label("Deadline", classes="edit-label-inner")
                yield Input(id="edit-deadline", compact=True, placeholder="none named")
            yield TextBox(id="edit-text", soft_wrap=True, tab_behavior="focus")
        yield Static(id="review-problem", classes="error", markup=False)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.refresh_head()
        self.fill_table()
        self.show()
        self.query_one("#review-table").focus()

    def on_resize(self) -> None:
        self.fit_footer(self.size.width)
        self.fill_table()

    def refresh_head(self) -> None:
        title = self.result.title or "(no title found: give it when you create the draft)"
        date = published_on(self.result)
        published = f"published {date}" if date else "no publication date found"
        warned = len(self.result.warnings)
        hint = f" · {plural(warned, 'warning', 'warnings')} (shift+tab to read)" if warned else ""
        self.query_one("#review-head", Static).update(
            f"{title}\n{published} · from {self.result.source} · {counts(self.findings)}{hint}"
        )

    def widths(self) -> dict[str, int]:
        widths = {"kind": 5, "number": 4, "cause": 5}
        total = self.app.size.width
        widths["addressee"] = max(12, total // 5)
        widths["deadline"] = 14 if total < 100 else 21
        # Each column has a cell of padding either side; two more for the scroll bar.
        used = sum(widths.values()) + 2 * (len(widths) + 1) + 2
        widths["text"] = max(10, total - used)
        return widths

    def cells(self, finding: Finding, widths: dict[str, int]) -> list[str]:
        return [
            corrections.SHORT_KINDS[finding.kind],
            corrections.first_words(finding.number, widths["number"]),
            corrections.first_words(finding.cause, widths["cause"]),
            corrections.first_words(finding.addressee, widths["addressee"]),
            corrections.first_words(finding.deadline, widths["deadline"]),
            corrections.first_words(finding.text, widths["text"]),
        ]

    def fill_table(self) -> None:
        table = self.query_one("#review-table", DataTable)
        widths = self.widths()
        table.clear(columns=True)
        for key, label in HEADINGS.items():
            table.add_column(label, width=widths[key], key=key)
        for i, finding in enumerate(self.findings):
            table.add_row(*self.cells(finding, widths), key=str(i))
        if self.findings:
            self.index = min(self.index, len(self.findings) - 1)
            table.move_cursor(row=self.index, animate=False)

    def refresh_row(self) -> None:
        table = self.query_one("#review-table", DataTable)
        widths = self.widths()
        cells = self.cells(self.finding, widths)
        for key, value in zip(HEADINGS, cells, strict=True):
            table.update_cell(str(self.index), key, value)

    def show(self) -> None:
        """Put the selected finding in the boxes below the list."""
        editor = self.query_one("#review-editor")
        editor.display = bool(self.findings)
        if not self.findings:
            return
        finding = self.finding
        self.query_one("#edit-kind", Button).label = f"{finding.kind.label} ▸"
        with self.prevent(Input.Changed, TextArea.Changed):
            for field in ("number", "cause", "addressee", "deadline"):
                self.query_one(f"#edit-{field}", Input).value = getattr(finding, field)
            self.query_one("#edit-text", TextArea).load_text(finding.text)

    # --- editing the selected finding --------------------------------------------

    @on(DataTable.RowHighlighted, "#review-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.findings) and event.cursor_row != self.index:
            self.index = event.cursor_row
            self.show()

    @on(DataTable.RowSelected, "#review-table")
    def _selected(self) -> None:
        self.query_one("#edit-text", TextArea).focus()

    @on(Input.Changed, "#review-editor Input")
    def _field_changed(self, event: Input.Changed) -> None:
        if not self.findings or event.input.id is None:
            return
        field = event.input.id.removeprefix("edit-")
        value = event.value if field in ("addressee", "deadline") else event.value.strip()
        setattr(self.finding, field, value)
        self.edited(head=False)

    @on(TextArea.Changed, "#edit-text")
    def _text_changed(self, event: TextArea.Changed) -> None:
        if self.findings:
            self.finding.text = event.text_area.text
            self.edited(head=False)

    @on(Button.Pressed, "#edit-kind")
    def _kind_pressed(self) -> None:
        self.action_kind()

    def edited(self, *, head: bool = True) -> None:
        self.changed = True
        self.query_one("#review-problem", Static).update("")
        self.refresh_row()
        if head:
            self.refresh_head()

    # --- the keys -----------------------------------------------------------------

    def action_step(self, delta: int) -> None:
        if self.findings:
            target = max(0, min(len(self.findings) - 1, self.index + delta))
            self.query_one("#review-table", DataTable).move_cursor(row=target, animate=False)

    def _restructure(self, change: str) -> None:
        """Run one of the list-changing corrections, keeping a copy to undo it."""
        if not self.findings:
            self.notify("There are no findings to change.", severity="warning")
            return
        before = (copy.deepcopy(self.findings), self.index)
        try:
            if change == "merge":
                message = corrections.merge_with_next(self.findings, self.index)
            elif change == "split":
                area = self.query_one("#edit-text", TextArea)
                offset = len(area.get_text_range((0, 0), area.cursor_location))
                message = corrections.split_at(self.findings, self.index, offset)
            elif change == "renumber":
                message = corrections.renumber(self.findings, self.finding.kind)
            else:
                message = corrections.delete(self.findings, self.index)
        except EditRefused as refused:
            self.notify(str(refused).capitalize(), severity="warning")
            return
        self.history.append(before)
        self.changed = True
        self.rebuilt()
        self.notify(message + ".", timeout=4)

    def rebuilt(self) -> None:
        self.index = max(0, min(self.index, len(self.findings) - 1))
        self.query_one("#review-problem", Static).update("")
        self.refresh_head()
        self.fill_table()
        self.show()

    def action_merge(self) -> None:
        self._restructure("merge")

    def action_split(self) -> None:
        self._restructure("split")

    def action_renumber(self) -> None:
        self._restructure("renumber")

    def action_delete(self) -> None:
        self._restructure("delete")

    def action_kind(self) -> None:
        if self.findings:
            self.finding.kind = corrections.next_kind(self.finding.kind)
            self.query_one("#edit-kind", Button).label = f"{self.finding.kind.label} ▸"
            self.edited()

    def action_undo(self) -> None:
        if not self.history:
            self.notify("Nothing to undo.", timeout=2)
            return
        self.findings, self.index = self.history.pop()
        self.rebuilt()
        self.notify("Undone.", timeout=2)

    def action_confirm(self) -> None:
        from drafter.tui.importing.details import DetailsScreen

        problems = corrections.problems(self.findings)
        if problems:
            index, message = problems[0]
            more = len(problems) - 1
            self.query_one("#review-problem", Static).update(
                f"Not yet: {message}."
                + (
                    f" ({plural(more, 'other problem', 'other problems')} after it.)"
                    if more
                    else ""
                )
            )
            self.action_step(index - self.index)
            return
        self.app.push_screen(
            DetailsScreen(
                self.folder,
                copy.deepcopy(self.findings),
                title=self.result.title,
                published=published_on(self.result),
            ),
            self._created,
        )

    def _created(self, path: Path | None) -> None:
        if path is not None:
            self.dismiss(path)

    def action_back(self) -> None:
        table = self.query_one("#review-table", DataTable)
        if self.focused is not table and self.findings:
            table.focus()
            return
        if not self.changed:
            self.dismiss(None)
            return
        self.app.push_screen(
            ChoiceDialog(
                "Discard your corrections?",
                "Going back to the import loses the corrections made to these findings. "
                "Nothing has been written yet.",
                [Answer("discard", "Discard", "d", "error"), Answer("keep", "Keep reviewing", "k")],
                cancel="keep",
                name="discard-review",
            ),
            lambda answer: self.dismiss(None) if answer == "discard" else None,
        )
