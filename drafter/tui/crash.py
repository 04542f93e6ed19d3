"""A bug in a Textual app of drafter's: keep the writer's text, say nothing of it.

Textual's own handler of an unhandled exception prints, once the terminal is back, a
traceback with the local variables of every frame: the draft's text, on the screen
and in the scrollback. An app with CrashGuard keeps unsaved edits in the recovery
file first, prints nothing itself, exits with status 70 (a bug in drafter, as the
README says) and leaves the exception in ``crash`` for ``drafter edit`` to report
the way the command line reports any bug: one line naming a private crash file.
"""

from __future__ import annotations

import contextlib
from typing import Any

from textual.app import App

from drafter.errors import ExitStatus


class CrashGuard(App[Any]):
    #: The exception that stopped the app, once one has.
    crash: BaseException | None = None

    def keep_unsaved(self) -> None:
        """Put unsaved text where the next start finds it; the app says where."""

    def _handle_exception(self, error: Exception) -> None:
        first = self.crash is None
        if first:
            self.crash = error
            # If keeping fails too, the first error is still the one reported.
            with contextlib.suppress(Exception):
                self.keep_unsaved()
        # Textual's handler stops the app, and under a test (App.run_test) makes the
        # test raise the error; what it would print is dropped below.
        super()._handle_exception(error)
        self._return_code = ExitStatus.INTERNAL
        self._exit_renderables.clear()
