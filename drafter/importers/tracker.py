"""The lines a recommendations register or tracker puts between its recommendations.

HMICFRS's register, and the trackers forces publish, follow each recommendation
with where it stands: a status word ("Completed", "Superseded", "Being
progressed"), a date, the force's name, a labelled note ("Progress: ...").
None of these is a finding; none ends the list or joins two recommendations.
"""

from __future__ import annotations

import re

from drafter.dates import MONTHS

_STATUS = (
    r"(?:completed?|superseded|being\s+progressed|in\s+progress|not\s+started|open|closed|"
    r"ongoing|on\s+track|overdue|awaiting\s+review|partially\s+(?:completed?|met)|met|"
    r"not\s+met|no\s+longer\s+(?:relevant|applicable)|accepted|withdrawn|discharged)"
)
_LABELS = (
    r"(?:status|date|force|service|report|published|date\s+published|progress(?:\s+note)?|"
    r"update|latest\s+update|comment|note|last\s+updated|owner|lead|evidence|rag|deadline|"
    r"type|inspection|report\s+title|recommendation\s+(?:type|status|id|number))"
)
PATTERNS = [
    re.compile(rf"^(?:status\s*:\s*)?{_STATUS}\.?$", re.I),
    re.compile(rf"^{_LABELS}\s*(?::|$)", re.I),  # "Progress: ...", or a column's heading
    re.compile(rf"^(?:\w+day\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\s+\d{{4}}\.?$", re.I),
    re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$"),
    re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    re.compile(
        r"^(?:[A-Z][\w'’&-]*\s+){1,5}(?:Police(?:\s+Service)?|Constabulary|Fire\s+and\s+Rescue\s+"
        r"Service|Fire\s+&\s+Rescue\s+Service)$"
    ),
]


def is_tracker_line(text: str) -> bool:
    """Whether ``text`` is a register's status, date, force name or labelled note."""
    text = text.strip()
    return any(pattern.match(text) for pattern in PATTERNS)
