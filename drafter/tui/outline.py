"""The outline: one OptionList for the whole response, however many findings it has."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from drafter.model import Draft
from drafter.tui.outline_model import Entry, entries, entry_for


def prompt(entry: Entry) -> Text:
    if entry.state is None:
        return Text(entry.label, style="bold")
    text = Text()
    text.append(f"{entry.state.glyph} ", style=entry.state.colour)
    text.append(entry.label)
    return text


class Outline(OptionList):
    """The outline's lines, each redrawn only when its mark or label changes.

    Replacing one option's prompt makes the OptionList re-render every visible line,
    and the views report an edit on every key: comparing each entry with the one
    shown keeps typing from redrawing an outline that looks the same.
    """

    def __init__(self, draft: Draft, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft = draft
        #: The entry each line shows now, in outline order.
        self.shown: dict[str, Entry] = {}
        #: The content width OptionList's render caches were filled at; -1 once cleared.
        self._cache_width = -1
        self.rebuild(draft)

    def rebuild(self, draft: Draft) -> None:
        """Show ``draft``: the whole list when its entries differ, else the changed lines."""
        self.draft = draft
        wanted = entries(draft)
        if [e.id for e in wanted] == list(self.shown):
            for entry in wanted:
                self._show(entry)
            return
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        self.shown = {e.id: e for e in wanted}
        self.set_options([Option(prompt(e), id=e.id, disabled=e.is_heading) for e in wanted])
        if highlighted:
            self.select_entry(highlighted)

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._cache_width < 0:
            self._cache_width = self.scrollable_content_region.width
        return super().render_lines(crop)

    def _on_resize(self, event: events.Resize) -> None:
        # OptionList forgets every rendered line on any resize, and the first one comes
        # after the first frame has already rendered them at this very width: redrawing
        # them again was a second render of the outline before the editor was ready.
        # Its caches do not record the width, so they are kept only if they were filled
        # at the width the outline has now. (OptionList's own handler, which clears
        # them, runs after this one unless prevented; no other class of it has one.)
        if self.scrollable_content_region.width == self._cache_width:
            event.prevent_default()
        else:
            self._cache_width = -1

    def redraw(self, entry_id: str) -> None:
        self._show(entry_for(self.draft, entry_id))

    def _show(self, entry: Entry) -> None:
        if self.shown.get(entry.id) == entry:
            return
        self.shown[entry.id] = entry
        self.replace_option_prompt(entry.id, prompt(entry))

    def select_entry(self, entry_id: str) -> None:
        try:
            self.highlighted = self.get_option_index(entry_id)
        except OptionDoesNotExist:
            return

    def entry_ids(self) -> list[str]:
        return [o.id for o in self.options if o.id and not o.disabled]
