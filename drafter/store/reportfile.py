"""Report files: a report's findings without any response, as TOML (docs/report-format.md).

A national report is imported once and its report file shared by every force;
``drafter new --from-report`` starts a draft from one. The [report] table and the
[[findings]] blocks are those of a draft, read and written by the draft format's
own code (drafter.store.schema), so a report file is a draft minus its response.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from drafter.errors import DraftError
from drafter.model import Draft, Officer, Report, Response
from drafter.store import read_text, write_atomic
from drafter.store.fields import FieldError, Table
from drafter.store.locate import locate
from drafter.store.schema import (
    DEFAULT_INSPECTORATE,
    _check_consistency,
    _findings,
    _report,
    _table,
    _value,
)

#: The version of the report-file format this drafter writes and reads.
REPORT_FORMAT_VERSION = 1
#: Finding keys that belong to a response, never to a report file.
RESPONSE_KEYS = ("decision", "response", "owner", "target", "status")


def dumps(report: Report) -> str:
    out: list[str] = [_value("format", REPORT_FORMAT_VERSION)]
    out += _table(
        "[report]",
        [
            ("title", report.title, False),
            ("published", report.published, False),
            (
                "inspectorate",
                "" if report.inspectorate == DEFAULT_INSPECTORATE else report.inspectorate,
                False,
            ),
            ("kind", report.kind, False),
            ("url", report.url, False),
        ],
    )
    for f in report.findings:
        out += _table(
            "[[findings]]",
            [
                ("number", f.number, False),
                ("kind", f.kind, False),
                ("cause", f.cause, False),
                ("addressee", f.addressee, False),
                ("deadline", f.deadline, False),
                ("text", f.text, True),
            ],
            always=True,
        )
    return "\n".join(out) + "\n"


def loads(source: str, path: Path | str = "<report>") -> Report:
    if not source.strip():
        raise DraftError(
            f"is empty; a report file starts with `format = {REPORT_FORMAT_VERSION}` "
            "(see docs/report-format.md)",
            path=path,
        )
    try:
        raw = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise DraftError(
            f"not valid TOML: {exc}; fix the file in an editor (docs/report-format.md shows the format)",
            path=path,
        ) from None
    try:
        return _decode(raw)
    except FieldError as exc:
        line, column = locate(source, exc.parts)
        raise exc.located(path, line, column) from None


def _decode(raw: dict) -> Report:  # type: ignore[type-arg]
    root = Table(raw, ())
    if "response" in raw:
        raise FieldError(
            ("response",),
            "this is a draft, not a report file; start a new response with "
            "`drafter new` and the report's details, or copy the draft",
        )
    version = root.integer("format")
    if version is None:
        raise FieldError(
            ("format",),
            f"is missing; a report file starts with the line: format = {REPORT_FORMAT_VERSION}",
        )
    if version > REPORT_FORMAT_VERSION:
        raise FieldError(
            ("format",),
            f"this report file is format {version}, written by a newer drafter; this drafter "
            f"reads formats up to {REPORT_FORMAT_VERSION}: upgrade drafter to open it",
        )
    if version < 1:
        raise FieldError(("format",), f"{version} is not a report-file format version")
    report = _report(root.table("report", required=True))  # type: ignore[arg-type]
    report.findings = _findings(root)
    root.finish()
    for i, finding in enumerate(raw.get("findings", [])):
        for key in RESPONSE_KEYS:
            if key in finding:
                raise FieldError(
                    ("findings", i, key),
                    "a report file holds the report only; the response belongs in a draft: "
                    f"remove {key!r}",
                )
    # The draft format's cross-field rules (numbers once each, causes that exist)
    # hold for a report file too; they only look at the findings of this stand-in.
    _check_consistency(Draft(report=report, response=_NO_RESPONSE))
    return report


_NO_RESPONSE = Response(
    area="", force="", force_short="", commissioner=Officer(title=""), chief=Officer(title="")
)


def load(path: Path | str) -> Report:
    path = Path(path)
    return loads(read_text(path), path)


def save(report: Report, path: Path | str) -> None:
    write_atomic(Path(path), dumps(report).encode("utf-8"))
