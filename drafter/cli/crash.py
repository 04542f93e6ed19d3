"""What happens on a bug: a short message, and the details kept in a file."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import traceback
from pathlib import Path


def crash_folder() -> Path:
    from platformdirs import user_log_path

    return user_log_path("drafter", appauthor=False)


def write_private(folder: Path, prefix: str, suffix: str, text: str) -> Path:
    """Write ``text`` to a new file of a unique name in ``folder``: file 0600, folder 0700.

    A traceback quotes a draft's values, which may be private; two crashes in the same
    second each keep their own file.
    """
    from drafter.store.lock import private_folder

    private_folder(folder)
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)  # made 0600
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return Path(name)


NOT_CHANGED = "Your draft files were not changed."


def report_crash(error: BaseException, files: str = NOT_CHANGED) -> Path | None:
    """Write the traceback to a crash file and say where, in one line.

    Only the kind of error is printed, not its message: a message can quote the
    draft's text, and the terminal's scrollback is not private. ``files`` says what
    became of the writer's files.
    """
    details = "".join(traceback.format_exception(error))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path: Path | None = None
    try:
        path = write_private(crash_folder(), f"crash-{stamp}-", ".txt", details)
        where = f"the details are in {path}"
    except OSError:
        where = "the details could not be saved"
    from drafter.cli.output import say

    say(
        f"drafter: stopped on an unexpected problem ({type(error).__name__}). "
        f"This is a bug in drafter, not in your draft; {where}. "
        f"Please send them to the drafter developers. {files}",
        err=True,
    )
    return path
