"""Report files: a report's findings without any response, as TOML (docs/report-format.md).

A national report is imported once and its report file shared by every force;
``drafter new --from-report`` starts a draft from one. The [report] table and the
[[findings]] blocks are those of a draft, read and written by the draft format's
own code (drafter.store.schema and .encode), so a report file is a draft minus its response.
"""

from __future__ import annotations

from pathlib import Path

from drafter.model import Report
from drafter.store import parse, read_text, write_atomic
from drafter.store.encode import encode_findings, encode_report
from drafter.store.fields import FieldError, Table
from drafter.store.schema import (
    RESPONSE_KEYS,
    check_findings,
    decode_findings,
    decode_report,
    read_version,
)

#: The version of the report-file format this drafter writes and reads.
REPORT_FORMAT_VERSION = 1
DOC = "docs/report-format.md"


def dumps(report: Report) -> str:
    lines = encode_report(report, REPORT_FORMAT_VERSION)
    lines += encode_findings(report.findings, response=False)
    return "\n".join(lines) + "\n"


def loads(source: str, path: Path | str = "<report>") -> Report:
    return parse(source, path, _decode, what="a report file", doc=DOC)


def _decode(raw: dict) -> Report:  # type: ignore[type-arg]
    root = Table(raw, ())
    if "response" in raw:
        raise FieldError(
            ("response",),
            "this is a draft, not a report file; start a new response with "
            "`drafter new` and the report's details, or copy the draft",
        )
    read_version(root, REPORT_FORMAT_VERSION, "report file")
    for i, finding in enumerate(raw.get("findings", [])):
        for key in RESPONSE_KEYS:
            if isinstance(finding, dict) and key in finding:
                raise FieldError(
                    ("findings", i, key),
                    "a report file holds the report only; the response belongs in a draft: "
                    f"remove {key!r}",
                )
    report = decode_report(root.table("report", required=True))  # type: ignore[arg-type]
    report.findings = decode_findings(root)
    root.finish()
    check_findings(report.findings)
    return report


def load(path: Path | str) -> Report:
    path = Path(path)
    text = read_text(
        path,
        what="a report file",
        create="make one with `drafter import REPORT.pdf --report-only -o FILE`",
    )
    return loads(text, path)


def save(report: Report, path: Path | str) -> None:
    write_atomic(Path(path), dumps(report).encode("utf-8"))
