"""drafter's own commands in the ctrl+p palette: one explicit list, built per editor."""

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


def builtin_commands(app: DrafterApp) -> list[AppCommand]:
    """drafter's own commands: save, check, preview, note, sign, render, go to each finding."""
    from drafter.tui.rendering import FORMAT_NAMES, formats, render_to_file, target_for

    commands = [
        AppCommand("Save", "Save the draft now", lambda app: app.action_save()),
        AppCommand("Check", "List what stands before sign-off", lambda app: app.action_check()),
        AppCommand(
            "Review every finding",
            "Each finding's decision, response, owner, target and problems on one screen",
            lambda app: app.action_review(),
        ),
        AppCommand(
            "Correct this finding or group…",
            "Its number, kind, addressee, deadline, text or noted group; a group's name",
            lambda app: app.action_correct(),
        ),
        AppCommand(
            "Add a finding…",
            "A finding the import missed, with its number, kind and text",
            lambda app: app.action_add_finding(),
        ),
        AppCommand(
            "Undo the last correction",
            "Put back the findings and noted groups as they were before it",
            lambda app: app.action_undo_correction(),
        ),
        AppCommand(
            "Merge conflicts",
            "Choose between the two versions of each field a merge left in conflict",
            lambda app: app.action_conflicts(),
        ),
        AppCommand(
            "Toggle preview", "Show or hide the rendered response", lambda app: app.action_preview()
        ),
        AppCommand(
            "Note findings to other bodies",
            "Mark undecided findings addressed to others as noted, and group them",
            lambda app: app.action_note_others(),
        ),
        AppCommand(
            "Sign off…",
            "Record the commissioner's or the chief officer's signature",
            lambda app: app.action_sign(),
        ),
    ]
    for fmt in formats():
        commands.append(
            AppCommand(
                f"Render to {FORMAT_NAMES[fmt]}",
                f"Write {target_for(app.session.path, fmt).name} beside the draft",
                partial(render_to_file, fmt=fmt),
            )
        )
    commands.append(AppCommand("Go to report details", "", lambda app: app.goto("details")))
    commands.append(AppCommand("Go to sign-off", "", lambda app: app.goto("signoff")))
    for index in app.finding_order():
        finding = app.draft.findings[index]
        commands.append(
            AppCommand(
                f"Go to {finding.title}",
                finding.text[:80],
                partial(_goto_finding, index=index),
            )
        )
    return commands


def _goto_finding(app: DrafterApp, index: int) -> None:
    app.goto(f"finding:{index}")


class DrafterCommands(Provider):
    """Offers DrafterApp.palette_commands(): built-in and per-finding."""

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
