"""Which columns an action plan's table shows, in every format.

An action plan has seven columns: number, finding, decision, response, owner, target
date and status. A column the draft leaves empty in every row of a table is left
out of that table, so a page never carries a column of blank cells: a plan before
any status given has no Status column, an undecided draft no Decision. The number and
the finding always show. Each format's template (and the Word builder) asks this
module, so the five formats agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.render import prose

if TYPE_CHECKING:
    from drafter.render.document import Row, Table

#: Every column of an action plan, in the order printed.
COLUMNS = ("number", "finding", "decision", "response", "owner", "target", "status")
ALWAYS = frozenset({"number", "finding"})


def filled(row: Row) -> set[str]:
    """The columns ``row`` has something to show in.

    Mirrors the macros that print the cells (templates/_layout.j2 and
    _layout_text.j2): a noted group's decision reads "Noted"; the status is the one
    the response gave (signed with it), never a later progress update's: the plan is
    the response as signed and published, and progress is the progress layout's.
    """
    found = set(ALWAYS)
    finding = row.finding
    if row.group is not None or (finding is not None and finding.decision is not None):
        found.add("decision")
    if prose.one_line(row.right):
        found.add("response")
    if finding is not None:
        if prose.one_line(finding.owner):
            found.add("owner")
        if finding.target is not None:
            found.add("target")
        if finding.action_status is not None:
            found.add("status")
    return found


def plan_columns(table: Table) -> list[str]:
    """The columns of ``table`` some row fills, in COLUMNS order."""
    shown = set(ALWAYS).union(*(filled(row) for row in table.rows))
    return [column for column in COLUMNS if column in shown]
