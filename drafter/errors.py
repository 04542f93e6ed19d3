"""Typed errors: every problem the user can cause has a class and an exit status.

The CLI prints ``str(error)`` and exits with ``error.exit_status``; nothing the user
does should ever reach them as a traceback.
"""

from __future__ import annotations

from pathlib import Path

#: Exit statuses, documented in the README.
EXIT_OK = 0
EXIT_NOT_READY = 1
EXIT_INVALID = 2
EXIT_INTERNAL = 70


class DrafterError(Exception):
    """Base of every error drafter reports to the user."""

    exit_status = EXIT_INVALID


class DraftError(DrafterError):
    """A draft file that cannot be read or is not a valid draft.

    Formats as ``path:line:col: field: message`` with the parts that are known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.column = column
        self.field = field
        super().__init__(str(self))

    def located(self, path: Path | str, line: int | None, column: int | None) -> DraftError:
        return DraftError(self.message, path=path, line=line, column=column, field=self.field)

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


class SaveError(DrafterError):
    """A draft or output that could not be written; the old file is untouched."""


class TemplateProblem(DrafterError):
    """A template that is missing, broken, or refers to something a draft lacks."""


class UsageError(DrafterError):
    """Arguments that do not make sense together, or a file that should not be overwritten."""
