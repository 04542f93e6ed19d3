"""The one error an import can end in: what was read, what was not found, what to do."""

from __future__ import annotations

from drafter.errors import DrafterError


class ImportProblem(DrafterError):
    """A source that is not a report drafter can read, or that holds no findings.

    Nothing has been written when this is raised; the message names the source.
    """
