"""The office profile's ``[letter]`` table: the letterhead, reference, salutation and close
of the letter layout.

Read and checked here with the rest of ``drafter.toml`` (drafter.profile), and given to
the renderer as a plain :class:`Letter`; what the letter then says is worked out once in
drafter.render.document, for every format. The keys are documented in docs/profile.md.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from drafter.errors import ProfileError
from drafter.safe_text import unsafe_characters
from drafter.store.fields import FieldError, Table

#: What a reference pattern may name: {year} and {date} of the report's publication,
#: the report's {title} and the force's short name.
REFERENCE_FIELDS = ("year", "date", "title", "force")

#: The salutation of a letter to the Home Secretary and HM Inspector, unless the profile
#: sets another.
SALUTATION = "Dear Home Secretary and HM Inspector,"

#: Salutations to a reader whose name the writer does not know, which British letters
#: close "Yours faithfully"; any other ("Dear Home Secretary", "Dear Ms Williams") closes
#: "Yours sincerely".
_UNNAMED = re.compile(
    r"^(dear\s+(sir|madam|sirs|sir\s*(or|/)\s*madam|madam\s*(or|/)\s*sir)|to\s+whom\s+it\s+may\s+concern)\b",
    re.IGNORECASE,
)

#: Limits that keep the letterhead a letterhead: a postal address fits in eight lines
#: (Royal Mail's own limit is seven), and no line runs past the width of the page.
ADDRESS_LINES = 8
LINE_LENGTH = 80
LONG_LINE_LENGTH = 160


@dataclass(frozen=True)
class Letter:
    """The letter layout's details from the office profile; empty where it is silent."""

    #: The office's name at the head of the letter ("Office of the Police and Crime
    #: Commissioner for Wiltshire and Swindon").
    office: str = ""
    #: The postal address, a line each.
    address: tuple[str, ...] = ()
    telephone: str = ""
    email: str = ""
    website: str = ""
    #: A pattern for the "Our ref:" line, such as "OPCC/{year}/HMICFRS" (REFERENCE_FIELDS).
    reference: str = ""
    salutation: str = ""
    close: str = ""

    @property
    def has_letterhead(self) -> bool:
        return bool(self.office or self.letterhead_lines)

    @property
    def contact(self) -> list[str]:
        """ "Telephone: 01380 734022", "Email: ...", "Website: ...", for those given."""
        pairs = (("Telephone", self.telephone), ("Email", self.email), ("Website", self.website))
        return [f"{label}: {value}" for label, value in pairs if value]

    @property
    def letterhead_lines(self) -> list[str]:
        """The letterhead's lines under the office's name: the address, then the contact."""
        return [*self.address, *self.contact]


def read_letter(table: Table | None) -> Letter:
    """The ``[letter]`` table of a profile, checked; an empty Letter when there is none."""
    if table is None:
        return Letter()
    letter = Letter(
        office=_line(table, "office", LONG_LINE_LENGTH),
        address=_address(table),
        telephone=_line(table, "telephone", LINE_LENGTH),
        email=_email(table),
        website=_website(table),
        reference=_reference(table),
        salutation=_given(table, "salutation", LONG_LINE_LENGTH, SALUTATION),
        close=_given(table, "close", LINE_LENGTH, "Yours sincerely,"),
    )
    table.finish()
    return letter


def _one_line(table: Table, key: str | int, value: str, limit: int) -> str:
    value = value.strip()
    if "\n" in value:
        raise FieldError(
            table.at(key),
            "must be one line; for an address, give each line as its own text in the list",
        )
    unsafe = unsafe_characters(value)
    if unsafe:
        # a letterhead is printed and trusted: nothing in it may hide or reorder text
        raise FieldError(
            table.at(key),
            f"holds a control character ({', '.join(unsafe)}); remove it and type the text again",
        )
    if len(value) > limit:
        raise FieldError(
            table.at(key), f"is {len(value)} characters long; keep it to {limit} or fewer"
        )
    return value


def _line(table: Table, key: str, limit: int) -> str:
    return _one_line(table, key, table.text(key), limit)


def _given(table: Table, key: str, limit: int, default: str) -> str:
    """A key that, when present, must say something: an empty salutation or close would
    otherwise fall back to the default without a word."""
    value = _line(table, key, limit)
    if key in table.value and not value:
        raise FieldError(
            table.at(key),
            f'is empty; give the letter\'s {key}, such as "{default}", or leave the key out '
            "for the default (docs/profile.md)",
        )
    return value


def _address(table: Table) -> tuple[str, ...]:
    value = table.value.get("address")
    if isinstance(value, str):
        raise FieldError(
            table.at("address"),
            'must be a list of lines, such as ["Police Headquarters", "London Road", '
            '"Devizes SN10 2DN"], not one text',
        )
    lines = table.texts("address")
    if len(lines) > ADDRESS_LINES:
        raise FieldError(
            table.at("address"),
            f"has {len(lines)} lines; a postal address takes {ADDRESS_LINES} at most",
        )
    address = Table({}, table.at("address"))
    return tuple(
        line for i, text in enumerate(lines) if (line := _one_line(address, i, text, LINE_LENGTH))
    )


def _email(table: Table) -> str:
    email = _line(table, "email", LINE_LENGTH)
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise FieldError(
            table.at("email"), f"{email!r} is not an email address such as opcc@example.gov.uk"
        )
    return email


def _website(table: Table) -> str:
    website = _line(table, "website", LINE_LENGTH)
    if re.search(r"\s", website):
        raise FieldError(
            table.at("website"), "must be a web address without spaces, such as www.example.gov.uk"
        )
    return website


def _reference(table: Table) -> str:
    pattern = _line(table, "reference", LINE_LENGTH)
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        raise FieldError(
            table.at("reference"),
            "has a { or } without its pair; write a placeholder such as {year}, "
            "or {{ and }} for a brace itself",
        ) from None
    known = ", ".join("{" + name + "}" for name in REFERENCE_FIELDS)
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in REFERENCE_FIELDS or spec or conversion:
            raise FieldError(
                table.at("reference"),
                f"{{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}} "
                f"is not a placeholder drafter fills in; use {known}",
            )
    return pattern


def reference_line(pattern: str, values: dict[str, str]) -> str:
    """The reference a pattern gives for one response, or "" when the pattern names a
    value the draft does not hold (a {year} before the report's date is known)."""
    names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name}
    if any(not values.get(name) for name in names):
        return ""
    reference = pattern.format_map(values)
    if len(reference) > LINE_LENGTH:
        # The pattern was checked alone; a long {title} makes it run past the page.
        hint = ": {title} is long; use {year}, {date} or {force}" if "title" in names else ""
        raise ProfileError(
            f"the office profile's [letter] reference gives a reference of {len(reference)} "
            f"characters for this draft; keep it to {LINE_LENGTH} or fewer{hint} "
            "(docs/profile.md)"
        )
    return reference


def default_close(salutation: str) -> str:
    """How a letter that opens with ``salutation`` closes, by British convention:
    "Yours faithfully" to a reader not named ("Dear Sir or Madam"), "Yours sincerely"
    otherwise; with a comma when the salutation has one."""
    words = "Yours faithfully" if _UNNAMED.match(salutation.strip()) else "Yours sincerely"
    return words + ("," if salutation.rstrip().endswith(",") else "")
