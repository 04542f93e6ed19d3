"""Moving about the response: the outline, the views beside it, next and previous finding.

Each view is mounted the first time the writer goes to it, not at start: the report
details alone hold a dozen inputs, a select and a text box, and building every view
before the first screen made the editor several times slower to open.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.widget import Widget
from textual.widgets import ContentSwitcher, TextArea

from drafter.model import Draft
from drafter.tui.outline import Outline

if TYPE_CHECKING:
    from drafter.tui.editor_screen import EditorScreen

#: Outline entry kind -> the module and class of the view that edits it, and that
#: view's widget id. A view's module (and the Textual widgets only it uses, such as
#: the details' Select) is imported on its first visit, not before the first screen.
VIEWS: dict[str, tuple[str, str, str]] = {
    "details": ("details", "DetailsView", "details-view"),
    "comments": ("comments", "CommentsView", "comments-view"),
    "finding": ("finding", "FindingView", "finding-view"),
    "noted": ("noted", "NotedView", "noted-view"),
    "signoff": ("signoff", "SignOffView", "signoff-view"),
    "progress": ("progress", "ProgressView", "progress-view"),
}


def view_class(kind: str) -> tuple[type[Widget], str]:
    """The view class for an entry kind, and its widget id."""
    module, name, widget_id = VIEWS[kind]
    cls = getattr(importlib.import_module(f"drafter.tui.views.{module}"), name)
    return cls, widget_id


#: Where, within a view, to put the cursor: (line, column), both from 1.
Place = tuple[int, int]


def first_entry(draft: Draft, entry_ids: list[str]) -> str:
    """The first finding still to decide, in outline order, else the report details."""
    for entry_id in entry_ids:
        kind, _, index = entry_id.partition(":")
        if kind == "finding" and draft.findings[int(index)].decision is None:
            return entry_id
    return "details"


def first_view(draft: Draft, outline: Outline) -> Widget:
    """The view the editor opens on, built for compose so the first paint shows it."""
    cls, widget_id = view_class(first_entry(draft, outline.entry_ids()).partition(":")[0])
    return cls(draft, id=widget_id)


class Navigation:
    """Mixed into EditorScreen: which entry is open, and getting to another."""

    current: str
    outline_open: bool
    narrow: bool
    preview_over: bool

    def view(self: EditorScreen, kind: str) -> Any:
        """The view for an entry kind, mounted now if this is its first visit."""
        cls, widget_id = view_class(kind)
        switcher = self.query_one("#views", ContentSwitcher)
        found = switcher.query_children(f"#{widget_id}")
        if found:
            return found.first()
        view = cls(self.draft, id=widget_id)
        switcher.mount(view)
        self.lock_view(view)
        return view

    def mounted_views(self: EditorScreen) -> list[Any]:
        return list(self.query_one("#views", ContentSwitcher).children)

    def held_back(self: EditorScreen) -> list[str]:
        """What the view on screen shows typed but the draft cannot take (a target that
        is not a date, a required detail emptied): lost on leaving it, so said first.
        Only the view on screen: a view left behind said so as the writer left it."""
        view = self.query_one("#views", ContentSwitcher).visible_content
        if view is None or not getattr(view, "ready", False):
            return []
        held: list[str] = getattr(view, "held_back", list)()
        return held

    def goto(
        self: EditorScreen,
        entry_id: str,
        *,
        focus: bool = True,
        place: Place | None = None,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Open an outline entry; ``place`` puts the cursor on a line of its long text.

        A view seen for the first time fills in (and takes the focus, and runs
        ``then``) once it has mounted, a moment later.
        """
        kind, _, arg = entry_id.partition(":")
        if kind not in VIEWS or (kind in ("finding", "noted", "comments", "progress") and not arg):
            kind, entry_id = "details", "details"
        view = self.view(kind)
        draft = self.draft

        def show() -> None:
            if kind in ("finding", "noted", "progress"):
                view.show(draft, int(arg))
            elif kind == "comments":
                view.show(draft, arg)
            else:
                view.show(draft)
            if focus:
                self.focus_in(view, place)
            if then is not None:
                then(view)

        if entry_id != self.current:
            held = self.held_back()
            if held:
                self.notify("\n".join(held), title="Not kept", severity="warning", timeout=15)
        self.current = entry_id
        self.query_one("#views", ContentSwitcher).current = view.id
        self.outline_open = False
        view.when_ready(show)

    def focus_in(self: EditorScreen, view: Any, place: Place | None) -> None:
        if self.preview_over:
            # The preview covers the view on a narrow terminal: keys must not type
            # into text the writer cannot see. F3 hides the preview and comes back.
            self.query_one("#preview").focus()
            return
        area: TextArea | None = view.long_text()
        if place is not None and area is not None:
            line, column = place
            if hasattr(area, "place_next") and not area.has_focus:
                area.place_next()
            area.focus()
            area.move_cursor((line - 1, column - 1))
            area.scroll_cursor_visible(center=True, animate=False)
            return
        target = getattr(view, "focus_target", view.long_text)()
        if target is None:
            view.focus()
            return
        target.focus()
        # The view may have just shown another text in the box that had the focus
        # already (no focus event then): the writer goes on at its end all the same.
        to_end = getattr(target, "action_document_end", None)
        if to_end is not None:
            to_end()

    def first_entry(self: EditorScreen) -> str:
        """Where the writer starts: the first finding still to decide, else the details."""
        return first_entry(self.draft, self.query_one(Outline).entry_ids())

    def finding_order(self: EditorScreen) -> list[int]:
        return [
            int(e.partition(":")[2])
            for e in self.query_one(Outline).entry_ids()
            if e.startswith("finding:")
        ]

    def _step(self: EditorScreen, delta: int) -> None:
        order = self.finding_order()
        if not order:
            self.notify("This draft has no findings yet.", severity="warning")
            return
        if self.current.startswith("finding:"):
            at = order.index(int(self.current.partition(":")[2]))
            target = order[max(0, min(len(order) - 1, at + delta))]
        else:
            target = order[0] if delta > 0 else order[-1]
        self.goto(f"finding:{target}")

    def action_next_finding(self: EditorScreen) -> None:
        self._step(1)

    def action_previous_finding(self: EditorScreen) -> None:
        self._step(-1)

    def action_close_outline(self: EditorScreen) -> None:
        """Escape over a narrow screen's outline: back to the view, as F2 does (typing
        into the outline, which ignores it, was the writer's text lost unseen)."""
        self.action_outline()

    def action_outline(self: EditorScreen) -> None:
        outline = self.query_one(Outline)
        if self.narrow:
            self.outline_open = not self.outline_open
            if self.outline_open:
                outline.focus()
            else:
                self.goto(self.current)
        elif outline.has_focus:
            self.goto(self.current)
        else:
            outline.focus()
