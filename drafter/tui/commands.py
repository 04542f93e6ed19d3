"""drafter's own commands in the ctrl+p palette: one explicit list, built per editor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from drafter.tui.outline_model import entries

if TYPE_CHECKING:
    from drafter.tui.editor_screen import EditorScreen

#: The score of a command found by the words of its help or text, not its name.
WORDS_SCORE = 0.05


@dataclass(frozen=True)
class AppCommand:
    name: str
    help: str
    run: Callable[[EditorScreen], Any]
    #: More words the palette finds the command by (a finding's whole text).
    words: str = ""


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
            "Correct this finding or group…",
            "Its number, kind, addressee, deadline, text or noted group; a group's name",
            lambda editor: editor.action_correct(),
        ),
        AppCommand(
            "Add a finding…",
            "A finding the import missed, with its number, kind and text",
            lambda editor: editor.action_add_finding(),
        ),
        AppCommand(
            "Undo the last correction",
            "Put back the findings and noted groups as they were before it",
            lambda editor: editor.action_undo_correction(),
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
    return commands + goto_commands(editor)


def goto_commands(editor: EditorScreen) -> list[AppCommand]:
    """A "Go to" command for every entry of the outline, in its order.

    A finding is found by its words and its addressee as well as its title: the
    writer remembers "the one about call handlers" or "the College's", not its number.
    """
    from drafter.tui.outline import Outline

    draft = editor.draft
    labels = {e.id: e.label for e in entries(draft)}
    commands = []
    for entry_id in editor.query_one(Outline).entry_ids():
        kind, _, arg = entry_id.partition(":")
        go = partial(_goto, entry_id=entry_id)
        if kind == "finding":
            finding = draft.findings[int(arg)]
            to = f" · to {finding.addressee}" if finding.addressee else ""
            commands.append(
                AppCommand(
                    f"Go to {finding.title}{to}",
                    " ".join(finding.text.split())[:100],
                    go,
                    finding.text,
                )
            )
        elif kind == "noted":
            group = draft.response.noted[int(arg)]
            name = f"Go to the noted group: {labels[entry_id]}"
            commands.append(AppCommand(name, group.statement[:100], go))
        elif kind == "comments":
            commands.append(AppCommand(f"Go to the {labels[entry_id]}", "", go))
        elif kind == "progress":
            commands.append(AppCommand(f"Go to progress: {labels[entry_id]}", "", go))
        elif kind == "signoff":
            commands.append(AppCommand("Go to sign-off", labels[entry_id], go))
        else:
            commands.append(AppCommand("Go to report details", "", go))
    return commands


def _render(editor: EditorScreen, fmt: str) -> None:
    from drafter.tui.rendering import render_to_file

    render_to_file(editor.app, fmt)  # type: ignore[arg-type]


def _goto(editor: EditorScreen, entry_id: str) -> None:
    editor.goto(entry_id)


def literal(text: str) -> str:
    """``text`` as markup that shows it as typed: the palette reads names and help as
    markup, and a finding's words may hold "[sic]" or "[/]". (Textual's own escape
    leaves "[North]" alone, which the palette then takes for a tag.)"""
    return text.replace("[", "\\[")


class DrafterCommands(Provider):
    """Offers EditorScreen.palette_commands(): built-in and per-finding."""

    def _commands(self) -> list[AppCommand]:
        commands = getattr(self.screen, "palette_commands", None)
        return commands() if commands else []

    def _runner(self, command: AppCommand) -> Callable[[], Any]:
        return partial(command.run, self.screen)

    async def discover(self) -> Hits:
        for command in self._commands():
            # The palette reads names and help as markup; a finding's words are not.
            yield DiscoveryHit(
                literal(command.name), self._runner(command), help=literal(command.help)
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        wanted = " ".join(query.casefold().split())
        for command in self._commands():
            score = matcher.match(command.name)
            if score <= 0 and len(wanted) >= 3:
                # Words of the help or of the finding's text, as typed (not a fuzzy
                # match: any long text holds the letters of a short query somewhere),
                # below every match on a name.
                among = " ".join(f"{command.help} {command.words}".casefold().split())
                score = WORDS_SCORE if wanted in among else 0
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(literal(command.name)),
                    self._runner(command),
                    text=command.name,
                    help=literal(command.help),
                )
