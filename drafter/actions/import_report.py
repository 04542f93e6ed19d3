"""Import a report: read its findings, then keep them as a draft or a report file.

Reading is drafter.importers' work; this module turns what was found into the
Report a draft or a report file holds, with what the writer typed laid over it,
and writes the report file. A draft from an import is created by
drafter.actions.new, like any other.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafter.errors import DrafterError, MissingField, UsageError
from drafter.importers import ImportResult, import_report
from drafter.importers.pipeline import read_at_most
from drafter.model import Report, ReportKind
from drafter.store import reportfile
from drafter.store.atomic import make_folder_for

__all__ = ["ImportResult", "found_report", "import_report", "read_at_most", "write_report_file"]


def found_report(
    result: ImportResult,
    *,
    title: str = "",
    published: dt.date | None = None,
    url: str = "",
    kind: ReportKind | None = None,
) -> Report:
    """The report ``result`` found, with the given details over it.

    Raises MissingField("title", source=...) when neither the source nor ``title``
    gives the report a title.
    """
    report = result.report(title=title.strip(), published=published)
    if not report.title:
        raise MissingField("title", source=result.source)
    report.url = url
    if kind is not None:
        report.kind = kind
    return report


def write_report_file(
    result: ImportResult,
    path: Path,
    *,
    title: str = "",
    published: dt.date | None = None,
    url: str = "",
    kind: ReportKind | None = None,
) -> Report:
    """Write the report ``result`` found (details as for found_report) as a report
    file (docs/report-format.md), atomically; return it. A file already at ``path``
    is replaced only if it is a report file: a draft given by mistake holds a
    writer's work, signatures and progress. Raises UsageError."""
    if path.exists():
        try:
            reportfile.load(path)
        except DrafterError:
            raise UsageError(
                f"{path} is not a report file, and only a report file is replaced; "
                "choose another name"
            ) from None
    report = found_report(result, title=title, published=published, url=url, kind=kind)
    make_folder_for(path)
    reportfile.save(report, path)
    return report
