"""drafter's own commands in the ctrl+p palette: one explicit list, built per editor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from drafter.tui.editor_screen import EditorScreen


@dataclass(frozen=True)
class AppCommand:
    name: str
    help: str
    run: Callable[[EditorScreen], Any]


def builtin_commands(editor: EditorScreen) -> list[AppCommand]:
    """drafter's own commands: save, check, preview, note, sign, render, go to each finding."""
    from drafter.tui.rendering import FORMAT_NAMES, formats, target_for

    commands = [
        AppCommand("Save", "Save the draft now", lambda editor: editor.action_save()),
        AppCommand(
            "Check", "List what stands before sign-off", lambda editor: editor.action_check()
        ),
        AppCommand(
            "Review every finding",
            "Each finding's decision, response, owner, target and problems on one screen",
            lambda editor: editor.action_review(),
        ),
        AppCommand(
            "Merge conflicts",
            "Choose between the two versions of each field a merge left in conflict",
            lambda editor: editor.action_conflicts(),
        ),
        AppCommand(
            "Toggle preview",
            "Show or hide the rendered response",
            lambda editor: editor.action_preview(),
        ),
        AppCommand(
            "Note findings to other bodies",
            "Mark undecided findings addressed to others as noted, and group them",
            lambda editor: editor.action_note_others(),
        ),
        AppCommand(
            "Sign off…",
            "Record the commissioner's or the chief officer's signature",
            lambda editor: editor.action_sign(),
        ),
    ]
    for fmt in formats():
        commands.append(
            AppCommand(
                f"Render to {FORMAT_NAMES[fmt]}",
                f"Write {target_for(editor.session.path, fmt).name} beside the draft",
                partial(_render, fmt=fmt),
            )
        )
    commands.append(AppCommand("Go to report details", "", lambda editor: editor.goto("details")))
    commands.append(AppCommand("Go to sign-off", "", lambda editor: editor.goto("signoff")))
    for index in editor.finding_order():
        finding = editor.draft.findings[index]
        commands.append(
            AppCommand(
                f"Go to {finding.title}",
                finding.text[:80],
                partial(_goto_finding, index=index),
            )
        )
    return commands


def _render(editor: EditorScreen, fmt: str) -> None:
    from drafter.tui.rendering import render_to_file

    render_to_file(editor.app, fmt)  # type: ignore[arg-type]


def _goto_finding(editor: EditorScreen, index: int) -> None:
    editor.goto(f"finding:{index}")


class DrafterCommands(Provider):
    """Offers EditorScreen.palette_commands(): built-in and per-finding."""

    def _commands(self) -> list[AppCommand]:
        commands = getattr(self.screen, "palette_commands", None)
        return commands() if commands else []

    def _runner(self, command: AppCommand) -> Callable[[], Any]:
        return partial(command.run, self.screen)

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
