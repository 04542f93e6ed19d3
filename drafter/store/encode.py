"""The draft format, written: the model to TOML in one fixed, canonical shape.

Keys come in a fixed order and every empty or default value is left out, so the
same draft always gives the same bytes, and prose is written one paragraph a line
so that ``git diff`` reads like prose. docs/draft-format.md documents the layout;
drafter.store.schema reads it back.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import tomli_w

from drafter.model import Draft, Finding, ProgressUpdate, Report, SignOff, Status
from drafter.store.conflicts import conflict_entries
from drafter.store.fields import normalise_text
from drafter.store.schema import (
    DEFAULT_INSPECTORATE,
    DEFAULT_LAYOUT,
    FORMAT_VERSION,
    RESPONSE_KEYS,
)

#: Fields holding prose: always written as multi-line strings, one paragraph a line,
#: so that a changed paragraph is one changed line in ``git diff``.
Entry = tuple[str, Any, bool]


def encode_report(report: Report, version: int) -> list[str]:
    """The format line and the [report] table: shared by drafts and report files."""
    return [
        _value("format", version),
        *_table(
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
        ),
    ]


def finding_entries(f: Finding, *, response: bool = True) -> list[Entry]:
    """A [[findings]] block's keys in canonical order; without the response for report files."""
    entries: list[Entry] = [
        ("number", f.number, False),
        ("kind", f.kind, False),
        ("cause", f.cause, False),
        ("addressee", f.addressee, False),
        ("deadline", f.deadline, False),
        ("text", f.text, True),
        ("decision", f.decision, False),
        ("owner", f.owner, False),
        ("target", f.target, False),
        ("status", f.action_status, False),
        ("response", f.response, True),
    ]
    return entries if response else [e for e in entries if e[0] not in RESPONSE_KEYS]


def progress_entries(update: ProgressUpdate) -> list[Entry]:
    """A [[findings.progress]] block's keys in canonical order."""
    return [
        ("date", update.date, False),
        ("status", update.status, False),
        ("note", update.note, True),
        ("evidence", update.evidence, False),
    ]


def encode_findings(findings: list[Finding], *, response: bool = True) -> list[str]:
    out: list[str] = []
    for f in findings:
        out += _table("[[findings]]", finding_entries(f, response=response), always=True)
        if response:
            for update in f.progress:
                out += _table("[[findings.progress]]", progress_entries(update), always=True)
    return out


def encode(draft: Draft, version: int = FORMAT_VERSION) -> str:
    report = draft.report
    out = encode_report(report, version)
    response = draft.response
    out += _table(
        "[response]",
        [
            ("area", response.area, False),
            ("force", response.force, False),
            ("force-short", response.force_short, False),
            ("layout", "" if response.layout == DEFAULT_LAYOUT else response.layout, False),
            (
                "include-areas-for-improvement",
                None if response.include_areas_for_improvement else False,
                False,
            ),
            ("cc", response.cc, False),
        ],
    )
    for name, officer in (("commissioner", response.commissioner), ("chief", response.chief)):
        out += _table(
            f"[response.{name}]",
            [
                ("title", officer.title, False),
                ("name", officer.name, False),
                ("comments", officer.comments, True),
            ],
        )
    out += encode_findings(report.findings)
    for g in response.noted:
        out += _table(
            "[[noted]]",
            [("addressee", g.addressee, False), ("statement", g.statement, True)],
            always=True,
        )
    out += _table("[spelling]", [("words", draft.spelling_words, False)])
    workflow = draft.workflow
    out += _table(
        "[workflow]",
        [
            ("status", None if workflow.status is Status.DRAFT else workflow.status, False),
            ("published", workflow.published, False),
        ],
    )
    for s in workflow.signoffs:
        out += _table("[[workflow.signoffs]]", _signoff_entries(s), always=True)
    for w in workflow.withdrawn:
        out += _table(
            "[[workflow.withdrawn]]",
            [*_signoff_entries(w.signoff), ("withdrawn", w.withdrawn, False)],
            always=True,
        )
    for conflict in draft.conflicts:
        out += _table("[[conflicts]]", conflict_entries(conflict), always=True)
    return "\n".join(out)


def _signoff_entries(s: SignOff) -> list[Entry]:
    return [
        ("role", s.role, False),
        ("name", s.name, False),
        ("date", s.date, False),
        ("hash", s.content_hash, False),
    ]


def _table(header: str, entries: list[Entry], *, always: bool = False) -> list[str]:
    lines = [_value(key, value, prose) for key, value, prose in entries if not _empty(value)]
    if not lines and not always:
        return []
    return ["", header, *lines]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _value(key: str, value: Any, prose: bool = False) -> str:
    if isinstance(value, str):
        value = normalise_text(value)
        if prose:
            return f"{key} = {_multiline(value)}"
    if isinstance(value, list):
        items = "".join(f"    {_literal(normalise_text(v))},\n" for v in value)
        return f"{key} = [\n{items}]"
    if isinstance(value, dt.date | int | bool | str):
        return f"{key} = {_literal(value)}"
    raise TypeError(f"cannot write {type(value).__name__} for {key}")


def _literal(value: Any) -> str:
    if isinstance(value, str):
        value = str(value)  # an enum member writes as its plain value
    return tomli_w.dumps({"v": value}, multiline_strings=True)[len("v = ") : -1]


def _multiline(text: str) -> str:
    """A TOML multi-line basic string, using tomli-w's escaping, even for one paragraph.

    tomli-w escapes every double quote; prose is full of them, and a reviewer reads
    ``"`` far more easily than ``\\"``, so quotes are left bare wherever TOML allows:
    everywhere but before another quote or at the very end.
    """
    literal = _literal(text)
    body = literal[4:-3] if literal.startswith('"""') else literal[1:-1]
    return '"""\n' + _bare_quotes(body) + '"""'


def _bare_quotes(body: str) -> str:
    # An escape is a backslash and the character after it (\" \\ \n \u), read left to right.
    def bare(match: re.Match[str]) -> str:
        following = body[match.end() : match.end() + 2]
        if match.group() == '\\"' and following and following != '\\"':
            return '"'
        return match.group()

    return _ESCAPE.sub(bare, body)


_ESCAPE = re.compile(r"\\.", re.S)
