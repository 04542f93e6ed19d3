"""What happens on a bug: a short message, and the details kept in a file."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from pathlib import Path


def crash_folder() -> Path:
    from platformdirs import user_log_path

    return user_log_path("drafter", appauthor=False)


def write_crash_file(details: str, folder: Path) -> Path:
    """A new file of its own (two crashes in one second keep both), readable by you alone.

    The traceback names the writer's files and may quote their text: mode 0600, as
    mkstemp makes it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    fd, name = tempfile.mkstemp(prefix=f"crash-{stamp}-", suffix=".txt", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(details)
    return Path(name)


NOT_CHANGED = "Your draft files were not changed."


def report_crash(error: BaseException, files: str = NOT_CHANGED) -> Path | None:
    """Write the traceback to a crash file and say where, in one line.

    Only the kind of error is printed, not its message: a message can quote the
    draft's text, and the terminal's scrollback is not private. ``files`` says what
    became of the writer's files.
    """
    details = "".join(traceback.format_exception(error))
    path: Path | None
    try:
        path = write_crash_file(details, crash_folder())
        where = f"the details are in {path}"
    except OSError:
        path = None
        where = "the details could not be saved"
    print(
        f"drafter: stopped on an unexpected problem ({type(error).__name__}). "
        f"This is a bug in drafter, not in your draft; {where}. "
        f"Please send them to the drafter developers. {files}",
        file=sys.stderr,
    )
    return path
