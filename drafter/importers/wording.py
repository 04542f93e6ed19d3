"""Who a finding is addressed to and by when, read from its own words.

"By 31 March 2024, chief constables should ..." names both: the addressee is the
subject of "should" and the deadline is the date. Older wording puts them
elsewhere ("HMIC recommends that within six months the force should ..."), and
some findings name neither; then the field is left empty for the writer.
"""

from __future__ import annotations

import re

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\s+\d{{4}}"
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)"
)

DEADLINES = [
    re.compile(
        rf"\b(?:by|not later than|no later than)\s+(?:the\s+end\s+of\s+)?({_DATE}|(?:{_MONTHS})\s+\d{{4}})",
        re.I,
    ),
    re.compile(r"\b(with immediate effect)\b", re.I),
    re.compile(
        rf"\b(within\s+(?:the\s+next\s+)?{_COUNT}\s+(?:days?|weeks?|months?|years?))\b", re.I
    ),
    re.compile(r"\b(immediately)\b", re.I),
]
_DATE_ONLY = re.compile(_DATE, re.I)

#: Words that open the sentence before its subject: a deadline, "HMICFRS recommends that".
_LEADS = [
    re.compile(
        rf"^(?:by|not later than|no later than)\s+(?:the\s+end\s+of\s+)?(?:{_DATE}|(?:{_MONTHS})\s+\d{{4}})\s*,?\s*",
        re.I,
    ),
    re.compile(r"^with immediate effect\s*,?\s*", re.I),
    re.compile(
        rf"^within\s+(?:the\s+next\s+)?{_COUNT}\s+(?:days?|weeks?|months?|years?)\s*,?\s*", re.I
    ),
    re.compile(r"^immediately\s*,?\s*", re.I),
    re.compile(
        r"^(?:HMICFRS|HMIC|HM\s+Inspectorate[\w\s,']*?|we|the\s+inspectorate)\s+(?:also\s+)?recommends?\s+that\s+",
        re.I,
    ),
    re.compile(r"^(?:and|that|therefore|so|also)\s*,?\s+", re.I),
]
_SHOULD = re.compile(r"\s(?:should|must|needs? to|ought to)\b")
_DETERMINERS = {"the", "all", "each", "every", "those", "these", "both", "any"}
_MAX_WORDS = 20


def deadline(text: str) -> str:
    """The deadline as the text names it: "31 March 2024", "within six months", or ""."""
    sentence = _first_sentence(text)
    for pattern in DEADLINES:
        found = pattern.search(sentence)
        if found:
            value = found.group(1)
            if _DATE_ONLY.fullmatch(value) or value[:1].isdigit():
                return re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value)
            if re.match(rf"(?:{_MONTHS})\s", value):
                return value
            return value.lower()
    return ""


def addressee(text: str) -> str:
    """The body the finding asks to act: the subject of its "should", as printed."""
    sentence = _first_sentence(text)
    changed = True
    while changed:
        changed = False
        for lead in _LEADS:
            stripped = lead.sub("", sentence, count=1)
            if stripped != sentence:
                sentence, changed = stripped, True
    found = _SHOULD.search(" " + sentence)
    if not found:
        return ""
    subject = sentence[: found.start()].strip(" ,")
    for pattern in DEADLINES:
        subject = pattern.sub("", subject)
    subject = " ".join(subject.replace(" ,", ",").split()).strip(" ,")
    words = subject.split()
    if not words or len(words) > _MAX_WORDS or words[-1].casefold() in ("and", "or", "the"):
        return ""
    return _lower_first(subject)


def _first_sentence(text: str) -> str:
    """The words up to the first full stop or colon: where the subject and deadline sit."""
    head = text.split("\n", 1)[0]
    found = re.search(r"(?<!\b[A-Z])(?<!\bNo)[.:;](?=\s|$)", head)
    return head[: found.start()] if found else head


def _lower_first(subject: str) -> str:
    words = subject.split()
    first = words[0]
    if first.casefold() in _DETERMINERS:
        return first.lower() + subject[len(first) :]
    if len(first) > 1 and first.isupper():
        return subject  # NPCC, IOPC: an acronym
    if len(words) > 1 and words[1][:1].isupper():
        return subject  # Home Office, National Employers: a name
    return first[:1].lower() + subject[1:]
