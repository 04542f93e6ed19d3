"""Changes between drafts as text for a reader, in colour on a terminal.

Without colour, removed and added words are marked as ``git diff --word-diff``
marks them (``[-old-]{+new+}``), so the output reads the same in a file, a pipe or
an email.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from enum import StrEnum
from typing import Any, TextIO

from drafter.dates import long_date
from drafter.model import Decision
from drafter.review.diff import PROSE_FIELDS, Change
from drafter.review.words import Segment, changed_lines
from drafter.safe_text import visible, visible_value

RED, GREEN, BOLD, RESET = "\033[31m", "\033[32m", "\033[1m", "\033[0m"
ARROW = "→"
#: Characters of a finding's text shown when the finding was added or removed.
PREVIEW = 72


def use_colour(choice: str, stream: TextIO) -> bool:
    """Colour for ``--colour auto|always|never``; auto means a terminal, unless NO_COLOR is set."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


class Style:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def paint(self, code: str, text: str) -> str:
        return f"{code}{text}{RESET}" if self.colour and text else text

    def segment(self, segment: Segment) -> str:
        if segment.op == "=":
            return segment.text
        if self.colour:
            return self.paint(RED if segment.op == "-" else GREEN, segment.text)
        return f"[-{segment.text}-]" if segment.op == "-" else f"{{+{segment.text}+}}"


def format_diff(old_label: str, new_label: str, changes: list[Change], *, colour: bool) -> str:
    """The whole report: nothing at all when the drafts are the same, as with diff(1)."""
    if not changes:
        return ""
    # Shown before painted: a control character from a draft (or a file name) is
    # marked, and the only escape sequences left are the colours added here.
    old_label, new_label = visible(old_label), visible(new_label)
    changes = [_visible_change(c) for c in changes]
    style = Style(colour)
    lines = [style.paint(BOLD, f"--- {old_label}"), style.paint(BOLD, f"+++ {new_label}")]
    for change in changes:
        lines += format_change(change, style)
    count = len(changes)
    lines.append(f"{count} change{'s' if count != 1 else ''}")
    return "\n".join(lines) + "\n"


def _visible_change(change: Change) -> Change:
    return replace(
        change,
        subject=visible(change.subject),
        old=visible_value(change.old),
        new=visible_value(change.new),
        words=tuple(Segment(s.op, visible(s.text)) for s in change.words),
    )


def format_change(change: Change, style: Style) -> list[str]:
    subject = style.paint(BOLD, change.subject)
    if change.field == "progress":
        # A progress update is added whole (or, by hand, removed whole): one line each.
        action = style.paint(GREEN if change.action == "added" else RED, change.action)
        return [f"{subject}: progress update {action}: {change.new or change.old}"]
    if change.action == "added":
        return [f"{subject}: {style.paint(GREEN, 'added')}{_summary(change, change.new)}"]
    if change.action == "removed":
        return [f"{subject}: {style.paint(RED, 'removed')}{_summary(change, change.old)}"]
    if change.field in PROSE_FIELDS:
        head = f"{subject}: {change.field} changed:"
        body = [
            "    " + "".join(style.segment(s) for s in line) for line in changed_lines(change.words)
        ]
        return [head, *body]
    old = style.paint(RED, describe(change.field, change.old))
    new = style.paint(GREEN, describe(change.field, change.new))
    return [f"{subject}: {change.field} {old} {ARROW} {new}"]


def _summary(change: Change, values: dict[str, Any]) -> str:
    if change.scope == "finding":
        decision = describe("decision", values.get("decision"))
        text = " ".join(str(values.get("text", "")).split())
        if len(text) > PREVIEW:
            text = text[: PREVIEW - 1].rstrip() + "…"
        return f" ({decision}): {text}"
    if change.scope == "signoff":
        return f" ({values['name']}, {describe('date', values['date'])})"
    return ""


def describe(field: str | None, value: Any) -> str:
    """A field's value as a reader would say it."""
    if field == "decision":
        return value.label if isinstance(value, Decision) else "undecided"
    if value is None or value == "" or value == []:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return long_date(value)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, list):
        return "[" + "; ".join(str(v) for v in value) + "]"
    if field == "hash":
        return str(value)[: len("sha256:") + 12] + "…"
    return f'"{value}"'
