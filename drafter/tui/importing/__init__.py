"""Starting a draft from the report itself: choose the source, import, review, create.

The picker's "Start a new draft" asks how (ChoiceDialog); the source screens run
drafter.importers in a worker; the review screen lets the writer correct what was
found; the details screen writes the draft. Textual is imported here, so only the
TUI imports this package.
"""

from __future__ import annotations


def binding_ids() -> set[str]:
    """The ids of the import screens' keys, for the settings file's [keys] table."""
    from textual.binding import Binding

    from drafter.tui.importing.details import DetailsScreen
    from drafter.tui.importing.review import ReviewScreen
    from drafter.tui.importing.source import ImportScreen
    from drafter.tui.picker import PickerApp

    ids: set[str] = set()
    for owner in (PickerApp, ImportScreen, ReviewScreen, DetailsScreen):
        ids |= {b.id for b in owner.BINDINGS if isinstance(b, Binding) and b.id}
    return ids
