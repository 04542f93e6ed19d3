"""Writing a command's result: to standard output, or atomically to a file."""

from __future__ import annotations

import sys
from pathlib import Path

from drafter.errors import UsageError


def say(text: str, *, err: bool = False) -> None:
    """Print a line to standard output (standard error when ``err``), every control
    character in it shown as a mark: names, titles and paths come from drafts and
    the command line, and must never act on the terminal."""
    from drafter.safe_text import visible

    print(visible(text), file=sys.stderr if err else sys.stdout)


def write_output(content: str | bytes, output: Path | None, *, draft_path: Path) -> None:
    """Send ``content`` to ``output``: standard output when None or "-", else the file,
    written atomically and never over the draft at ``draft_path``."""
    if output is None or str(output) == "-":
        if isinstance(content, bytes):
            if sys.stdout.isatty():
                raise UsageError(
                    "this format is binary and would garble the terminal; "
                    "give an output file with -o FILE"
                )
            sys.stdout.buffer.write(content)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(content)
            sys.stdout.flush()
        return
    from drafter.actions.render import write_file

    write_file(content, output, draft_path=draft_path)


def warn_of_comments(lines: list[int], path: Path, *, bom: bool = False) -> None:
    """Warn, on standard error, of what saving ``path`` drops: the comments at ``lines``,
    and the byte-order mark at its start when ``bom``."""
    from drafter.store.comments import BOM_NOT_KEPT, not_kept

    if bom:
        say(f"drafter: warning: {path}: {BOM_NOT_KEPT}", err=True)
    if lines:
        say(f"drafter: warning: {path}: {not_kept(lines)}", err=True)
