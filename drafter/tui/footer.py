"""A footer of whole keys: on a narrow terminal a screen leaves its spare keys out.

Textual's Footer cuts whatever does not fit, often in the middle of a key. A screen
built on FittedFooterScreen names the keys it can spare and the width below which
it spares them; they still work, and the help screen (F1) lists every key.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar, Generic, TypeVar

from textual.binding import ActiveBinding
from textual.screen import Screen

ResultT = TypeVar("ResultT")


class FittedFooterScreen(Screen[ResultT], Generic[ResultT]):
    #: Binding ids the footer leaves out below FOOTER_ALL_KEYS columns.
    FOOTER_SPARE: ClassVar[frozenset[str]] = frozenset()
    #: The width from which every key the screen shows fits whole.
    FOOTER_ALL_KEYS: ClassVar[int] = 0

    narrow_footer = False

    def fit_footer(self, width: int) -> None:
        """Show the keys that fit ``width`` columns (the terminal's, after a resize)."""
        narrow = width < self.FOOTER_ALL_KEYS
        if narrow != self.narrow_footer:
            self.narrow_footer = narrow
            self.refresh_bindings()

    covered = False

    def on_screen_suspend(self) -> None:
        # A dialog over the screen takes the keys: its footer, still in view below the
        # dialog, shows only the app's own (the palette) until the screen is back on top.
        self.covered = True
        self.refresh_bindings()

    def on_screen_resume(self) -> None:
        # Not at the first showing: each refresh of the keys redraws the footer.
        if self.covered:
            self.covered = False
            self.refresh_bindings()

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        # What the footer shows; the keys themselves work whatever this says.
        shown = super().active_bindings
        if not self.is_active:
            return {key: active for key, active in shown.items() if active.node is self.app}
        if not self.narrow_footer:
            return shown
        return {
            key: active._replace(binding=replace(active.binding, show=False))
            if active.binding.id in self.FOOTER_SPARE
            else active
            for key, active in shown.items()
        }
