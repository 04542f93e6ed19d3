"""The check inside the editor (F4): what stands before sign-off, then spelling and style.

Choosing a problem goes to it; a spelling problem puts the cursor on its word. The
British English dictionary takes a second or more to load the first time, so the
spelling check runs in a worker thread on a copy of the draft; the list says
"checking spelling…" until it is done and the editor stays usable meanwhile.
"""

from __future__ import annotations

import contextlib
import copy
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from drafter.check import Problem, Readiness
from drafter.errors import DrafterError
from drafter.model import Draft
from drafter.tui.screens.modal import OnceModalScreen
from drafter.workflow.signoff import standing

CHECKING = "checking spelling…"


@dataclass(frozen=True)
class Jump:
    """Where a chosen problem is put right: an outline entry and, maybe, a line and column."""

    entry_id: str
    place: tuple[int, int] | None = None
    #: For a word not in the dictionary: the word, which the writer may accept.
    word: str = ""
    #: For a merge conflict: its index in draft.conflicts, to show both versions.
    conflict: int | None = None


def entry_for_field(field: str, finding: int | None = None) -> str:
    """The outline entry that edits a field named as in the draft file."""
    if finding is not None:
        return f"finding:{finding}"
    if field.startswith("findings["):
        return f"finding:{field[len('findings[') : field.index(']')]}"
    if field.startswith("response.commissioner"):
        return "comments:commissioner"
    if field.startswith("response.chief"):
        return "comments:chief"
    if field.startswith("noted["):
        return f"noted:{field[len('noted[') : field.index(']')]}"
    if field.startswith("workflow"):
        return "signoff"
    return "details"


def entry_for_problem(problem: Problem) -> str:
    """The outline entry where a problem can be put right."""
    return entry_for_field(problem.field, problem.finding)


def spelling_jumps(draft: Draft, words: tuple[str, ...]) -> list[tuple[str, Jump]]:
    """(message, where) for each spelling and style problem; runs off the app's thread."""
    from drafter.spelling import SPELLING, check_spelling, prose_fields

    labels = {f.field: f.label for f in prose_fields(draft)}
    out = []
    for problem in check_spelling(draft, words):
        label = labels.get(problem.field, problem.field)
        out.append(
            (
                f"{label}, line {problem.line}: {problem.message}",
                Jump(
                    entry_for_field(problem.field, problem.finding),
                    (problem.line, problem.column),
                    problem.word if problem.kind == SPELLING else "",
                ),
            )
        )
    return out


class ProblemsScreen(OnceModalScreen[Jump | None]):
    """Dismisses with where to go for the chosen problem, or None."""

    CSS_PATH = Path(__file__).with_suffix(".tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="drafter.problems-close"),
        Binding("a", "add_word", "Add to the office's words", id="drafter.spelling-add"),
        Binding("i", "ignore_word", "Ignore in this draft", id="drafter.spelling-ignore"),
    ]

    def __init__(self, readiness: Readiness, draft: Draft, draft_path: Path) -> None:
        super().__init__()
        self.readiness = readiness
        # A copy for the worker thread: nothing the writer does later can change it.
        self.draft = copy.deepcopy(draft)
        self.draft_path = draft_path
        # The notes after the problems: worth a look, no bar to sign-off.
        self.jumps: list[Jump] = [
            entry_for_jump(p) for p in [*readiness.problems, *readiness.notices]
        ]
        #: The spelling and style lines once the check is done; None while it runs.
        self.spelling: list[str] | None = None

    def compose(self) -> ComposeResult:
        problems = self.readiness.problems
        with Vertical(id="problems"):
            if problems:
                count = len(problems)
                title = f"Not ready for sign-off: {count} problem{'s' if count != 1 else ''}"
            else:
                title = "Ready for sign-off: no problems"
            stands = standing(self.draft, self.readiness, deadline=False)
            if not stands.startswith(("ready", "not ready")):
                # Published, or signed by both: what is true of it, not an invitation.
                title = stands[0].upper() + stands[1:]
            yield Static(title, id="problems-title", markup=False)
            yield Static(self.readiness.deadline, id="problems-deadline", markup=False)
            options = [Option(p.message, id=f"problem-{i}") for i, p in enumerate(problems)]
            options += [
                Option(f"Note: {n.message}", id=f"problem-{len(problems) + i}")
                for i, n in enumerate(self.readiness.notices)
            ]
            options.append(Option("Spelling and style", id="spelling-heading", disabled=True))
            options.append(Option(CHECKING, id="spelling-status", disabled=True))
            yield OptionList(*options, id="problems-list")
            yield Static(
                "enter goes to the problem · on a misspelt word: a adds it to the office's "
                "words, i ignores it in this draft · escape closes",
                classes="hint",
            )

    def on_mount(self) -> None:
        self._check_spelling()

    @work(thread=True, exclusive=True, group="spelling")
    def _check_spelling(self) -> None:
        from drafter.profile import office_profile

        try:
            words = office_profile(self.draft_path).words
            found = spelling_jumps(self.draft, words)
        except DrafterError as error:
            self.app.call_from_thread(self._spelling_failed, str(error))
            return
        self.app.call_from_thread(self._spelling_done, found)

    def _spelling_done(self, found: list[tuple[str, Jump]]) -> None:
        listing = self.query_one("#problems-list", OptionList)
        listing.remove_option("spelling-status")
        if not found:
            listing.add_option(Option("No spelling or style problems", disabled=True))
        first = len(self.jumps)
        for offset, (message, jump) in enumerate(found):
            self.jumps.append(jump)
            listing.add_option(Option(message, id=f"problem-{first + offset}"))
        self.spelling = [message for message, _ in found]

    def _spelling_failed(self, message: str) -> None:
        listing = self.query_one("#problems-list", OptionList)
        listing.replace_option_prompt("spelling-status", f"Spelling not checked: {message}")
        self.spelling = []

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        index = int((event.option.id or "problem-0").removeprefix("problem-"))
        self.dismiss(self.jumps[index])

    def action_close(self) -> None:
        self.dismiss(None)

    def _highlighted_word(self) -> str:
        listing = self.query_one("#problems-list", OptionList)
        index = listing.highlighted
        option = listing.get_option_at_index(index) if index is not None else None
        if option is None or not (option.id or "").startswith("problem-"):
            return ""
        return self.jumps[int((option.id or "").removeprefix("problem-"))].word

    def action_add_word(self) -> None:
        """Accept the highlighted word in every draft of the office (its drafter.toml)."""
        from drafter.actions.words import add_office_word

        word = self._highlighted_word()
        if not word:
            self.app.bell()
            return
        try:
            profile = add_office_word(self.draft_path, word)
        except DrafterError as error:
            self.app.notify(str(error), severity="error", title="Word not added")
            return
        self.app.notify(f"Added {word!r} to the office's words in {profile}.", title="Spelling")
        self._accepted(word)

    def action_ignore_word(self) -> None:
        """Accept the highlighted word in this draft alone (saved with the draft)."""
        from drafter.actions.words import accept_in_draft

        word = self._highlighted_word()
        if not word:
            self.app.bell()
            return
        app = self.app
        if app.editor.refuse_read_only():  # type: ignore[attr-defined]
            return
        if accept_in_draft(app.draft, word):  # type: ignore[attr-defined]
            # The editor (the app's screen below this one) marks its draft edited.
            app.editor.mark_edited()  # type: ignore[attr-defined]
        app.notify(f"{word!r} is accepted in this draft.", title="Spelling")
        self._accepted(word)

    def _accepted(self, word: str) -> None:
        """Take every line about ``word`` off the list: it is a known word now."""
        listing = self.query_one("#problems-list", OptionList)
        for index, jump in enumerate(self.jumps):
            if jump.word == word:
                with contextlib.suppress(OptionDoesNotExist):  # taken off already
                    listing.remove_option(f"problem-{index}")
        if self.spelling is not None:
            self.spelling = [m for m in self.spelling if f"{word!r}" not in m]


def entry_for_jump(problem: Problem) -> Jump:
    return Jump(entry_for_problem(problem), conflict=problem.conflict)
