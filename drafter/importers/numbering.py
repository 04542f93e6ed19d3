"""The numbers the findings of an import get.

HMICFRS's own number where the report gives one; the next after the highest so far
where it gives none; and where the report numbers a kind from 1 again (a joint
report's recommendations for each body, or each chapter's), the group's findings
numbered on after the highest before it, so that none is taken for a second copy of
another and dropped. Each is warned about: the writer checks the numbers against the
report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.importers.paragraphs import similar
from drafter.model import Finding, FindingKind


@dataclass
class Restart:
    """Where the report numbers one kind from 1 again, and the numbers drafter gave."""

    kind: FindingKind
    #: The heading the group is under ("Recommendations for the Home Office"), or "".
    heading: str
    first: int
    last: int


class Numbering:
    def __init__(self) -> None:
        self.unnumbered: dict[FindingKind, int] = {}
        self.restarts: list[Restart] = []

    def next_number(self, kind: FindingKind, findings: list[Finding]) -> str:
        """For a finding the report gives no number: the next after the highest."""
        self.unnumbered[kind] = self.unnumbered.get(kind, 0) + 1
        return str(_highest(kind, findings) + 1)

    def reported(
        self, kind: FindingKind, number: str, text: str, heading: str, findings: list[Finding]
    ) -> str:
        """The draft's number for a finding the report numbers ``number``: its own, or
        where the report starts again from 1 with a finding unlike the first 1, the next
        after the highest so far, and so on through that group."""
        if not number.isdigit():
            return number  # "3a": as printed
        restart = next((r for r in reversed(self.restarts) if r.kind is kind), None)
        offset = restart.first - 1 if restart is not None else 0
        if number == "1":
            first = next(
                (f for f in findings if f.kind is kind and f.number == str(1 + offset)), None
            )
            if first is not None and not similar(first.text, text):
                offset = _highest(kind, findings)
                restart = Restart(kind, heading, offset + 1, offset + 1)
                self.restarts.append(restart)
        if restart is not None and offset:
            restart.last = max(restart.last, int(number) + offset)
        return str(int(number) + offset)

    def warnings(self) -> list[str]:
        said = []
        for restart in self.restarts:
            under = f" under “{restart.heading}”" if restart.heading else ""
            numbered = (
                f"numbered it {restart.first}"
                if restart.first == restart.last
                else f"numbered them {restart.first} to {restart.last}"
            )
            said.append(
                f"the report numbers its {restart.kind.plural} from 1 again{under}; drafter "
                f"{numbered}, after the highest before; check the numbers against the report"
            )
        for kind, count in self.unnumbered.items():
            said.append(
                f"the report gives no number to {kind.counted(count)}; "
                "drafter numbered them in order"
            )
        return said


def _highest(kind: FindingKind, findings: list[Finding]) -> int:
    numbers = [
        int(m.group()) for f in findings if f.kind is kind and (m := re.match(r"\d+", f.number))
    ]
    return max(numbers, default=0)
