"""The outline: one OptionList for the whole response, however many findings it has."""

from __future__ import annotations

from rich.text import Text
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
    def __init__(self, draft: Draft, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.draft = draft
        self.rebuild(draft)

    def rebuild(self, draft: Draft) -> None:
        self.draft = draft
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        self.set_options(Option(prompt(e), id=e.id, disabled=e.is_heading) for e in entries(draft))
        if highlighted:
            self.select_entry(highlighted)

    def redraw(self, entry_id: str) -> None:
        self.replace_option_prompt(entry_id, prompt(entry_for(self.draft, entry_id)))

    def select_entry(self, entry_id: str) -> None:
        try:
            self.highlighted = self.get_option_index(entry_id)
        except OptionDoesNotExist:
            return

    def entry_ids(self) -> list[str]:
        return [o.id for o in self.options if o.id and not o.disabled]
