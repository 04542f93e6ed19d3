"""drafter's own commands in the ctrl+p palette, and a registry for more.

A later screen (import, render to file, sign-off) adds itself with ``register``
without touching the app module::

    register(AppCommand("Sign off…", "Record a signature", lambda app: app.push_screen(...)))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from drafter.tui.app import DrafterApp


@dataclass(frozen=True)
class AppCommand:
    name: str
    help: str
    run: Callable[[DrafterApp], Any]


_REGISTRY: list[AppCommand] = []


def register(command: AppCommand) -> None:
    """Add a command to the palette of every editor started after this call."""
    _REGISTRY.append(command)


def registered() -> list[AppCommand]:
    return list(_REGISTRY)


class DrafterCommands(Provider):
    """Offers DrafterApp.palette_commands(): built-in, per-finding and registered."""

    def _commands(self) -> list[AppCommand]:
        app = self.app
        commands = getattr(app, "palette_commands", None)
        return commands() if commands else []

    def _runner(self, command: AppCommand) -> Callable[[], Any]:
        return partial(command.run, self.app)

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.name, self._runner(command), help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.name),
                    self._runner(command),
                    text=command.name,
                    help=command.help,
                )
