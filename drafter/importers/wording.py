"""Who a finding is addressed to and by when, read from its own words.

"By 31 March 2024, chief constables should ..." names both: the addressee is the
subject of "should" and the deadline is the date. Older wording puts them
elsewhere ("HMIC recommends that within six months the force should ..."), and
some findings name neither; then the field is left empty for the writer.
"""

from __future__ import annotations

import re

from drafter.dates import MONTHS

_DATE = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})(?:\s+\d{{4}})?"
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)"
)

#: The words by which a finding asks for something: "should", "must", "needs to",
#: "recommends", "is to", "expects ... to". A paragraph without them is not a finding,
#: and a short line without them may be a page's running furniture.
ASKS = re.compile(
    r"\b(?:should|must|needs? to|recommends?|are to|is to|expects?\b.{1,80}?\bto)\b", re.I
)

DEADLINES = [
    re.compile(
        rf"\b(?:by|not later than|no later than)\s+(?:the\s+end\s+of\s+)?({_DATE}|(?:{MONTHS})\s+\d{{4}})",
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
        rf"^(?:by|not later than|no later than)\s+(?:the\s+end\s+of\s+)?(?:{_DATE}|(?:{MONTHS})\s+\d{{4}})\s*,?\s*",
        re.I,
    ),
    re.compile(r"^with immediate effect\s*,?\s*", re.I),
    re.compile(
        rf"^within\s+(?:the\s+next\s+)?{_COUNT}\s+(?:days?|weeks?|months?|years?)\s*,?\s*", re.I
    ),
    re.compile(r"^immediately\s*,?\s*", re.I),
    re.compile(
        r"^(?:to\s+address\s+(?:this|these|the)\s+causes?\s+of\s+concern\s*,?\s*)?"
        r"(?:HMICFRS|HMIC|HM\s+Inspectorate[\w\s,']*?|we|the\s+inspectorate)\s+(?:also\s+)?"
        r"recommends?\s+that\s*,?\s*",
        re.I,
    ),
    re.compile(r"^(?:and|that|therefore|so|also)\s*,?\s+", re.I),
]
_SHOULD = re.compile(r"\s(?:should|must|needs? to|ought to|are to|is to)\b")
#: "We expect forces to publish ...": the body expected to act sits between.
_EXPECT = re.compile(
    r"^(?:we|HMICFRS|HMIC|the\s+inspectorate)\s+(?:would\s+)?(?:also\s+)?expects?\s+(.+?)\s+to\s",
    re.I,
)
#: A clause before the subject ("To improve the service ..., the force should").
_CLAUSE = re.compile(
    r"^(?:to|where|if|when|once|as|in|following|given|having|because|although|before|after|"
    r"until|for|with|without|while|whilst|since|unless)\b[^,]*,\s*",
    re.I,
)
#: Partners named beside the body asked to act: kept in the text, not the addressee.
_PARTNERS = re.compile(
    r",?\s*\b(?:working|in\s+partnership|in\s+consultation|together|jointly|in\s+collaboration)"
    r"\s+with\s+(.+?)(?:,|$)",
    re.I,
)
#: "The use of X should cease", "X should be reviewed": a thing, not a body, is the subject.
_PASSIVE = re.compile(r"^\s*(?:should|must|needs? to|ought to)\s+be\s+\w+ed\b")
_CEASES = re.compile(r"^\s*(?:should|must|needs? to|ought to)\s+(?:cease|stop|end)\b")
_THING = re.compile(
    r"^(?:the\s+|this\s+|that\s+|such\s+|any\s+)?(?:use|practice|policy|approach|routine)s?\b",
    re.I,
)
_PRONOUNS = {"they", "it"}
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
            if re.match(rf"(?:{MONTHS})\s", value):
                return value
            return value.lower()
    return ""


def addressee(text: str) -> str:
    """The body the finding asks to act: the subject of its "should", as printed."""
    return asked(text)[0]


def asked(text: str) -> tuple[str, str]:
    """The body asked to act and the partners it is to work with ("" where none)."""
    sentence = _strip_leads(_first_sentence(text))
    expected = _EXPECT.match(sentence)
    if expected:
        return _tidy(expected.group(1)), ""
    found = _SHOULD.search(" " + sentence)
    if not found:
        # "We recommend that, within three months, the force:" and its points.
        named = _tidy(sentence) if text.rstrip().endswith(":") else ""
        return (
            (named, "") if named and len(named.split()) <= 8 and _BODIES.search(named) else ("", "")
        )
    subject = sentence[: found.start()].strip(" ,")
    verb = sentence[found.start() :]
    if _PASSIVE.match(verb) or (_CEASES.match(verb) and _THING.match(subject)):
        return "", ""
    for pattern in DEADLINES:
        subject = pattern.sub("", subject)
    clause = ""
    while (opened := _CLAUSE.match(subject)) and opened.end() < len(subject):
        clause += opened.group()
        subject = _strip_leads(subject[opened.end() :])
    partners = ""
    named = _PARTNERS.search(subject)
    if named:
        partners = named.group(1).strip(" ,")
        subject = subject[: named.start()] + subject[named.end() :]
    if subject.strip().casefold() in _PRONOUNS:
        subject = _body_in(clause)
    return _tidy(subject), partners


def body_named(words: str) -> str:
    """The body a group heading names ("the Crown Prosecution Service"), as an addressee."""
    return _tidy(words.rstrip(" :."))


def _strip_leads(sentence: str) -> str:
    changed = True
    while changed:
        changed = False
        for lead in _LEADS:
            stripped = lead.sub("", sentence, count=1)
            if stripped != sentence:
                sentence, changed = stripped, True
    return sentence


def _tidy(subject: str) -> str:
    subject = " ".join(subject.replace(" ,", ",").split()).strip(" ,")
    words = subject.split()
    if not words or len(words) > _MAX_WORDS or words[-1].casefold() in ("and", "or", "the"):
        return ""
    if words[0].casefold() in _PRONOUNS or subject.casefold().startswith(("we ", "hmic")):
        return ""
    return _lower_first(subject)


#: Who "they" or "it" stands for, read from the clause before ("Where forces find ...").
_BODIES = re.compile(
    r"\b((?:the\s+|all\s+|each\s+|every\s+)?(?:forces?|chief\s+constables?|"
    r"police\s+and\s+crime\s+commissioners?|PCCs|fire\s+and\s+rescue\s+services?|"
    r"services?|the\s+Home\s+Office|the\s+College\s+of\s+Policing|the\s+NPCC))\b",
    re.I,
)


def _body_in(clause: str) -> str:
    found = _BODIES.search(re.sub(r"^\w+\s+", "", clause))
    return found.group(1) if found else ""


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
