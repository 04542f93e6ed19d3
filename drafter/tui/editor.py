"""Long text in the writer's own editor ($VISUAL or $EDITOR), through App.suspend."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from textual.app import App, SuspendNotSupported

from drafter.errors import DrafterError


class EditorProblem(DrafterError):
    """The external editor could not be started or did not finish cleanly."""


def editor_command() -> list[str]:
    return shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")


def tidy(text: str) -> str:
    """One paragraph a line, as the draft keeps prose: blank lines between paragraphs go."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line.strip())


def edit_externally(app: App[object], text: str, name: str) -> str:
    """Open ``text`` in the editor as a temporary .md file; return what was saved."""
    command = editor_command()
    fd, name_on_disk = tempfile.mkstemp(prefix=f"drafter-{name}-", suffix=".md")
    path = Path(name_on_disk)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            # A blank line between paragraphs reads better in an editor.
            handle.write("\n\n".join(text.split("\n")) + "\n")
        try:
            with app.suspend():
                result = subprocess.run([*command, str(path)], check=False)
        except SuspendNotSupported:
            raise EditorProblem(
                "this terminal cannot hand over to another program; edit the text here"
            ) from None
        except FileNotFoundError:
            raise EditorProblem(
                f"cannot start the editor {command[0]!r}; set $EDITOR to one you have"
            ) from None
        if result.returncode != 0:
            raise EditorProblem(
                f"the editor {command[0]!r} stopped with status {result.returncode}; "
                "nothing was changed"
            )
        try:
            saved = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise EditorProblem(
                f"the editor {command[0]!r} removed the file it was given; nothing was changed"
            ) from None
        except UnicodeDecodeError:
            # An editor in a Latin-1 locale, or one saving as UTF-16: guessing could
            # turn "café" into something else in a signed response.
            raise EditorProblem(
                f"the editor {command[0]!r} saved text that is not UTF-8; nothing was "
                "changed (set it to save UTF-8, or type the text here)"
            ) from None
        return tidy(saved)
    finally:
        path.unlink(missing_ok=True)
