"""Corrections to imported findings before they become a draft: merge, split, renumber.

Plain functions on a list of ``Finding``: the rules of the editor's import review,
kept out of the TUI so that the screen stays a thin layer of keys and widgets, and
each rule is tested without a terminal.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from drafter.errors import DrafterError
from drafter.importers.cleaning import ends_sentence
from drafter.model import Finding, FindingKind

#: The kind column of the review list: short, so the text keeps most of the width.
SHORT_KINDS = {
    FindingKind.RECOMMENDATION: "Rec.",
    FindingKind.CAUSE_OF_CONCERN: "Cause",
    FindingKind.AREA_FOR_IMPROVEMENT: "AFI",
}

KIND_ORDER = list(FindingKind)


class EditRefused(DrafterError):
    """A correction that cannot be made as asked; the message says what to do instead."""


def first_words(text: str, width: int) -> str:
    """The start of a finding's text on one line, cut at a word with an ellipsis."""
    flat = " ".join(text.split())
    if width < 2:
        return ""
    return textwrap.shorten(flat, width=width, placeholder="…") if len(flat) > width else flat


def join_texts(first: str, second: str) -> str:
    """Two pieces of one finding's text: a sentence broken in two joins with a space."""
    first, second = first.rstrip(), second.lstrip()
    if not first or not second:
        return first + second
    if second.startswith("- ") or ends_sentence(first):
        return f"{first}\n{second}"
    return f"{first} {second}"


def merge_with_next(findings: list[Finding], index: int) -> str:
    """Merge the finding at ``index`` with the one after it; return what was done."""
    if not 0 <= index < len(findings) - 1:
        raise EditRefused("there is no next finding to merge with; select an earlier one")
    first, second = findings[index], findings[index + 1]
    first.text = join_texts(first.text, second.text)
    first.addressee = first.addressee or second.addressee
    first.deadline = first.deadline or second.deadline
    first.cause = first.cause or second.cause
    del findings[index + 1]
    message = f"Merged {second.title} into {first.title}"
    if second.kind is FindingKind.CAUSE_OF_CONCERN and not _cause_exists(findings, second.number):
        if first.kind is FindingKind.CAUSE_OF_CONCERN:
            moved = _repoint(findings, second.number, first.number)
            if moved:
                message += f"; moved its {_count(moved, 'recommendation')} to {first.title}"
        else:
            cleared = _repoint(findings, second.number, "")
            if cleared:
                message += f"; cleared the cause of {_count(cleared, 'recommendation')}"
    return message


def split_at(findings: list[Finding], index: int, offset: int) -> str:
    """Split a finding's text at ``offset``: the rest becomes a new finding after it.

    The new finding keeps the kind, addressee, deadline and cause, and takes the next
    free number of its kind, so that nothing clashes until the writer renumbers.
    """
    finding = findings[index]
    before, after = finding.text[:offset].rstrip(), finding.text[offset:].strip()
    if not before or not after:
        raise EditRefused(
            f"put the cursor in {finding.title}'s text where the second finding should start"
        )
    finding.text = before
    new = Finding(
        kind=finding.kind,
        number=next_number(findings, finding.kind),
        text=after,
        addressee=finding.addressee,
        deadline=finding.deadline,
        cause=finding.cause,
    )
    findings.insert(index + 1, new)
    return f"Split {finding.title}; the rest is now {new.title}"


def next_number(findings: Sequence[Finding], kind: FindingKind) -> str:
    numbers = [
        int(m.group()) for f in findings if f.kind is kind and (m := re.match(r"\d+", f.number))
    ]
    return str(max(numbers, default=0) + 1)


def renumber(findings: list[Finding], kind: FindingKind) -> str:
    """Number the findings of one kind 1, 2, 3 ... in the order of the list.

    Renumbering causes of concern carries their recommendations along.
    """
    new_numbers: dict[str, str] = {}
    count = 0
    for finding in findings:
        if finding.kind is kind:
            count += 1
            new_numbers.setdefault(finding.number, str(count))
            finding.number = str(count)
    if kind is FindingKind.CAUSE_OF_CONCERN:
        for finding in findings:
            if finding.cause in new_numbers:
                finding.cause = new_numbers[finding.cause]
    plural = kind.plural
    if count == 0:
        raise EditRefused(f"there are no {plural} to renumber")
    return f"Renumbered the {plural} 1 to {count}" if count > 1 else f"Renumbered the {plural}"


def delete(findings: list[Finding], index: int) -> str:
    finding = findings.pop(index)
    message = f"Deleted {finding.title}"
    if finding.kind is FindingKind.CAUSE_OF_CONCERN and not _cause_exists(findings, finding.number):
        cleared = _repoint(findings, finding.number, "")
        if cleared:
            message += f"; cleared the cause of {_count(cleared, 'recommendation')}"
    return message


def next_kind(kind: FindingKind) -> FindingKind:
    return KIND_ORDER[(KIND_ORDER.index(kind) + 1) % len(KIND_ORDER)]


def problems(findings: Sequence[Finding]) -> list[tuple[int, str]]:
    """What stops these findings becoming a draft: (index, message naming its row)."""
    if not findings:
        return [(0, "there are no findings left; go back and import again, or start empty")]
    found: list[tuple[int, str]] = []
    first_row: dict[tuple[FindingKind, str], int] = {}
    causes = {f.number for f in findings if f.kind is FindingKind.CAUSE_OF_CONCERN}
    for index, finding in enumerate(findings):
        row = index + 1
        where = f"row {row} ({finding.title})" if finding.number else f"row {row}"
        if not finding.number:
            found.append((index, f"{where}: give the finding its number"))
        elif finding.key in first_row:
            found.append(
                (
                    index,
                    f"{where}: {finding.title} is also row {first_row[finding.key]}; "
                    "change one number, or renumber",
                )
            )
        else:
            first_row[finding.key] = row
        if not finding.text.strip():
            found.append((index, f"{where}: the text is empty; write it, or delete the finding"))
        if finding.cause and finding.kind is not FindingKind.RECOMMENDATION:
            found.append(
                (
                    index,
                    f"{where}: only a recommendation can belong to a cause of concern; "
                    "clear its cause",
                )
            )
        elif finding.cause and finding.cause not in causes:
            found.append(
                (
                    index,
                    f"{where}: there is no cause of concern {finding.cause}; give the number "
                    "of one, or clear its cause",
                )
            )
    return found


def _cause_exists(findings: Sequence[Finding], number: str) -> bool:
    return any(f.kind is FindingKind.CAUSE_OF_CONCERN and f.number == number for f in findings)


def _repoint(findings: Sequence[Finding], old: str, new: str) -> int:
    moved = 0
    for finding in findings:
        if finding.cause == old and finding.kind is FindingKind.RECOMMENDATION:
            finding.cause = new
            moved += 1
    return moved


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
