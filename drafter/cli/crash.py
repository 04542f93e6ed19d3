"""What happens on a bug: a short message, and the details kept in a file."""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path


def crash_folder() -> Path:
    from platformdirs import user_log_path

    return user_log_path("drafter", appauthor=False)


def report_crash(error: BaseException) -> Path | None:
    """Write the traceback to a crash file and tell the user where, without showing it."""
    details = "".join(traceback.format_exception(error))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path: Path | None = crash_folder() / f"crash-{stamp}.txt"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
        path.write_text(details, encoding="utf-8")  # type: ignore[union-attr]
        where = f"the details are in {path}"
    except OSError:
        path = None
        where = "the details could not be saved"
    print(
        f"drafter: stopped on an unexpected problem ({type(error).__name__}: {error}). "
        f"This is a bug in drafter, not in your draft; {where}. "
        "Please send them to the drafter developers. Your draft files were not changed.",
        file=sys.stderr,
    )
    return path
