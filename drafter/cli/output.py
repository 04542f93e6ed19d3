"""Writing a command's result: to standard output, or atomically to a file."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from drafter.errors import UsageError
from drafter.store import write_atomic


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def write_output(
    content: str | bytes,
    output: Path | None,
    *,
    inputs: Iterable[Path] = (),
) -> None:
    """Send ``content`` to ``output`` (standard output when None).

    Refuses to write over any of ``inputs``: a render must never replace the draft.
    """
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
    for source in inputs:
        if same_file(output, source):
            raise UsageError(f"{output} is the draft being read; choose another output file")
    data = content.encode("utf-8") if isinstance(content, str) else content
    write_atomic(output, data)


def warn_of_comments(lines: list[int], path: Path) -> None:
    """Warn, on standard error, that saving ``path`` drops the comments at ``lines``."""
    from drafter.store.comments import not_kept

    if lines:
        print(f"drafter: warning: {path}: {not_kept(lines)}", file=sys.stderr)
