"""The editor's footer, with its keys in the first frame rather than a moment after.

Textual's Footer composes empty and fills itself only once the screen reports its
bindings, after the first refresh; every later focus change rebuilds all its keys
again. At start that was a second styling, layout and render of the screen before
the editor was ready. The keys it shows are the app's own (none of the widgets the
writer types into has a shown key), so they are known at compose and rarely change:
this footer composes them at once and rebuilds only when what it shows would differ.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

#: What the footer shows for a screen: each shown key's binding and whether it is on.
Shown = tuple[tuple[object, ...], ...]


def shown_keys(footer: Footer, screen: Screen[object]) -> Shown:
    keys = [
        (binding.key, binding.action, binding.description, enabled, tooltip)
        for (_, binding, enabled, tooltip) in screen.active_bindings.values()
        if binding.show
    ]
    if footer.show_command_palette and screen.app.ENABLE_COMMAND_PALETTE:
        found = screen.active_bindings.get(screen.app.COMMAND_PALETTE_BINDING)
        if found is not None:
            _, binding, enabled, tooltip = found
            keys.append(("palette", binding.key, binding.description, enabled, tooltip))
    return tuple(keys)


class EditorFooter(Footer):
    def __init__(self) -> None:
        super().__init__()
        # Footer.compose yields nothing until this is set, which its own code does
        # only after the first refresh.
        self.set_reactive(Footer._bindings_ready, True)
        self._shown: Shown | None = None

    def compose(self) -> ComposeResult:
        self._shown = shown_keys(self, self.screen)
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen and shown_keys(self, screen) == self._shown:
            return
        super().bindings_changed(screen)
