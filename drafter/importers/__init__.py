"""Reading a report's findings from its PDF, its web page or pasted text.

``import_report`` is the one entry point, for the command line and the TUI alike:
give it a file's path, pasted text (a ``str``) or raw bytes, and it returns an
``ImportResult`` with the findings, the title and date where the source states
them, and warnings for the writer to check; or raises ``ImportProblem`` with a
message saying what was and was not found. It never touches the network.
"""

from __future__ import annotations

from drafter.importers.pipeline import ImportResult, SourceKind, import_report
from drafter.importers.problems import ImportProblem

__all__ = ["ImportProblem", "ImportResult", "SourceKind", "import_report"]
