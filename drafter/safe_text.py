"""Text from a draft or a report, made safe to show: on a terminal, and in a spreadsheet.

A draft is written by people and a report comes from outside, so either may hold
characters a terminal acts on rather than shows: an escape sequence can erase the
line that shows a changed decision, or retitle the window; a right-to-left override
(U+202E) makes text read backwards. Every command prints such text through
``visible``, which shows each of these characters as a visible mark instead, and
``drafter check`` reports them as a problem (``unsafe_characters``).

A CSV cell that starts with = + - or @ is run as a formula by spreadsheet programs;
``csv_cell`` neutralises it as OWASP recommends, with a leading apostrophe.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")

#: Bidirectional controls: embeddings, overrides, isolates and marks. Shown, never
#: obeyed, since they can make the text on screen differ from the text in the file.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: C0 controls but tab and line end, DEL, C1 controls, and the bidirectional ones.
_UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI}]")
#: The same and tab and line end too: what has no place in a one-line value (a name).
_UNSAFE_IN_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{BIDI}]")
#: What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _mark(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def one_for_one() -> dict[int, str]:
    """A ``str.translate`` table giving each unsafe character one visible character
    (a control picture, or U+FFFD for C1 and bidirectional controls), so that text
    shown in an editor keeps its length and the cursor its column."""
    table = {code: chr(0x2400 + code) for code in range(0x20) if code not in (9, 10)}
    table[0x7F] = "\u2421"
    table.update({code: "\ufffd" for code in range(0x80, 0xA0)})
    table.update({ord(char): "\ufffd" for char in BIDI})
    return table


def visible(text: str) -> str:
    """``text`` with every control character shown as a mark (tabs and line ends kept)."""
    return _UNSAFE.sub(_mark, text)


def visible_value(value: Any) -> Any:
    """``visible`` applied to every string inside ``value`` (lists, tuples, mappings);
    enumerations (a decision, a status) are kept as they are."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, list | tuple):
        return type(value)(visible_value(v) for v in value)
    if isinstance(value, Mapping):
        return {k: visible_value(v) for k, v in value.items()}
    return value


def unsafe_characters(text: str, *, one_line: bool = False) -> list[str]:
    """The distinct control characters in ``text``, each as ``visible`` shows it; with
    ``one_line``, tabs and line ends count too (␉, ␊)."""
    seen: dict[str, None] = {}
    for match in (_UNSAFE_IN_LINE if one_line else _UNSAFE).finditer(text):
        seen.setdefault(_mark(match), None)
    return list(seen)


def csv_cell(value: Any) -> Any:
    """A value for a CSV cell: text that a spreadsheet would run as a formula is
    prefixed with an apostrophe, and control characters are shown; numbers stay
    numbers (a negative count is not a formula)."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return visible(value)


def csv_text(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A CSV file: ``columns`` as its heading row, then ``rows`` (None as an empty
    cell), every cell through csv_cell."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else csv_cell(v) for v in row])
    return out.getvalue()


def table(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows as lines of aligned columns, a rule under the first (the headings), every
    cell shown through ``visible`` (so a control character cannot upset the columns)."""
    shown = [[visible(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in shown) for i in range(len(shown[0]))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in shown
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


#: What XML 1.0 (so Word's .docx) cannot hold at all: C0 controls but tab and line
#: ends. python-docx refuses them, and a pasted page break (form feed) or a stray NUL
#: stopped `render --to docx`.
_NOT_XML = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]")


def xml_safe(text: str) -> str:
    """``text`` fit for XML: a manual line break (vertical tab, as Word pastes it)
    becomes a line end, and any other character XML cannot hold its visible mark."""
    return _NOT_XML.sub(lambda m: "\n" if m.group() == "\x0b" else _mark(m), text)


def map_strings(value: T, change: Callable[[str], str]) -> T:
    """``value`` (dataclasses, lists, tuples) with ``change`` applied to every string
    in it; enumerations, dates and numbers are kept as they are."""
    if isinstance(value, Enum) or (
        not isinstance(value, str | list | tuple)
        and not (is_dataclass(value) and not isinstance(value, type))
    ):
        return value
    if isinstance(value, str):
        return change(value)  # type: ignore[return-value]
    if isinstance(value, list | tuple):
        return type(value)(map_strings(v, change) for v in value)  # type: ignore[return-value]
    return replace(  # type: ignore[type-var]
        value, **{f.name: map_strings(getattr(value, f.name), change) for f in fields(value)}
    )
