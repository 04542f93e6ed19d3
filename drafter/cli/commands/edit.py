"""drafter edit: open a draft in the editor (the Textual app)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
from pathlib import Path

from drafter.cli.args import date_arg, draft_arg
from drafter.errors import ExitStatus

HELP = "open a draft in the editor (with no draft: choose one under ./drafts)"
DESCRIPTION = """\
Open a draft in drafter's editor: an outline of the whole response beside the
part being written, a live preview, the check one key away, and saving as you go
(with a recovery file should the terminal close).

With no DRAFT, list the drafts under ./drafts to open, or start a new one.
Press F1 inside for every key; docs/tui.md describes the editor.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "draft", nargs="?", type=draft_arg, metavar="DRAFT", help="the draft file (.toml)"
    )
    # Hidden: tests and screenshots fix the date the deadline is counted from.
    parser.add_argument("--today", type=date_arg, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from drafter.tui.alt_keys import install
    from drafter.tui.app import DrafterApp, writer_config
    from drafter.tui.session import Session

    install()

    today: dt.date = args.today or dt.date.today()
    config = writer_config()
    path: Path | None = args.draft
    if path is None:
        from drafter.tui.picker import choose_draft

        path = choose_draft(Path("drafts"), config=config)
        if path is None:
            return ExitStatus.OK
    # Loaded before any screen appears, so a bad draft is reported like any other error.
    session = Session.open(path)
    app = DrafterApp(session, today=today, config=config)
    # The modules and the draft loaded so far live as long as the editor: frozen, the
    # garbage collector stops walking them again on every full collection while the
    # screens are built (CPython's gc.freeze, meant for long-lived start-up objects).
    gc.freeze()
    app.run()
    if app.crash is not None:
        # Reported now that the terminal is restored, as any bug is; the unsaved edits
        # are already in the recovery file.
        from drafter.cli.crash import report_crash

        report_crash(
            app.crash,
            "Edits not yet saved were kept: open the draft again to restore them."
            if session.recovery_file.exists()
            else "Your draft files were not changed; edits not yet saved, if there were "
            "any, could not be kept.",
        )
        return ExitStatus.INTERNAL
    if app.stopped_by is not None:
        # After SIGHUP nobody may be reading; the recovery file is what matters.
        from drafter.cli.output import say

        with contextlib.suppress(OSError):
            say(
                f"drafter: stopped by {app.stopped_by.name}. Edits not yet saved were "
                "kept: open the draft again to restore them.",
                err=True,
            )
        return 128 + app.stopped_by
    return ExitStatus.OK
