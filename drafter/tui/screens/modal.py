"""A modal screen that closes once, however many keys of one burst answer it."""

from __future__ import annotations

from typing import TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

ResultT = TypeVar("ResultT")


class OnceModalScreen(ModalScreen[ResultT]):
    def dismiss(self, result: ResultT | None = None) -> AwaitComplete:
        # Keys typed in one burst (enter pressed twice, "s" then "d") are all queued
        # before the first answer has closed the screen. Textual's dismiss pops
        # whatever screen is on top, so a second one would call back again and
        # close the screen beneath: the editor itself, which stops drafter.
        if self.app.screen is not self:
            return AwaitComplete.nothing()
        return super().dismiss(result)
