"""Starting a draft from the report itself: choose the source, import, review, create.

The picker's "Start a new draft" asks how (ChoiceDialog); the source screens run
drafter.importers in a worker; the review screen lets the writer correct what was
found; the details screen writes the draft. Textual is imported here, so only the
TUI imports this package.
"""

from __future__ import annotations


def binding_owners() -> tuple[type, ...]:
    """The picker and import screens: every class whose BINDINGS hold a remappable key."""
    from drafter.tui.importing.details import DetailsScreen
    from drafter.tui.importing.review import ReviewScreen
    from drafter.tui.importing.source import ImportScreen
    from drafter.tui.picker import PickerApp

    return (PickerApp, ImportScreen, ReviewScreen, DetailsScreen)
