"""Finding where a field stands in a TOML source, so errors can name line and column.

tomllib gives positions only for syntax errors; for a value that parses but is not
valid (an unknown decision, say) we scan the source for the table header and key.
The scan understands headers, ``key = value`` lines and multi-line strings, which
is all a draft holds; for anything it cannot place it returns the nearest line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

PathPart = str | int

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=\s*""")


def _norm_header(name: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in name.split("."))


def _split(path: Sequence[PathPart]) -> tuple[str, int | None, str | None]:
    """('findings', 3, 'decision') -> ('findings', 3, 'decision'): table, index, key."""
    names: list[str] = []
    index: int | None = None
    rest: list[PathPart] = list(path)
    while rest:
        part = rest.pop(0)
        if isinstance(part, int):
            index = part
            break
        names.append(part)
    key = next((p for p in rest if isinstance(p, str)), None)
    if index is None:
        # a plain key in a [table] (or at top level): the last name is the key
        key = names.pop() if names else None
    return ".".join(names), index, key


def _lines_outside_strings(source: str) -> list[tuple[int, str]]:
    """Source lines with their numbers, skipping the insides of multi-line strings."""
    out: list[tuple[int, str]] = []
    closing: str | None = None
    for number, line in enumerate(source.split("\n"), start=1):
        if closing is not None:
            if _closes(line, closing):
                closing = None
            continue
        out.append((number, line))
        for delim in ('"""', "'''"):
            at = line.find(delim)
            if at != -1 and _KEY.match(line) and not _closes(line[at + 3 :], delim):
                closing = delim
                break
    return out


def _closes(text: str, delim: str) -> bool:
    at = 0
    while True:
        at = text.find(delim, at)
        if at == -1:
            return False
        if delim == '"""':
            slashes = len(text[:at]) - len(text[:at].rstrip("\\"))
            if slashes % 2:
                at += 1
                continue
        return True


def locate(source: str, path: Sequence[PathPart]) -> tuple[int | None, int | None]:
    """Line and column (both from 1) of the field at ``path``, as near as can be told."""
    table, index, key = _split(path)
    lines = _lines_outside_strings(source)
    counts: dict[str, int] = {}
    in_target = table == ""
    header_line: int | None = None
    for number, line in lines:
        header = _HEADER.match(line)
        if header:
            name = _norm_header(header.group(2))
            if header.group(1) == "[[":
                counts[name] = counts.get(name, -1) + 1
                in_target = name == table and counts[name] == index
            else:
                in_target = name == table and index is None
            if in_target:
                header_line = number
            continue
        if not in_target or key is None:
            continue
        match = _KEY.match(line)
        if match and match.group(1).strip("\"'") == key:
            return number, match.end() + 1
    if table == "" and key is not None:
        # a whole table at the top level ([extra] or [[extra]]): point at its header
        for number, line in lines:
            header = _HEADER.match(line)
            if header and _norm_header(header.group(2)).split(".")[0] == key:
                return number, 1
    if header_line is None and path and isinstance(path[-1], int):
        # an item of a plain list such as cc: point at the list's key
        return locate(source, path[:-1])
    return header_line, (1 if header_line else None)


def duplicate_key(source: str) -> tuple[int, int, str] | None:
    """Line, column and name of the first key given twice in one table, if any."""
    seen: set[str] = set()
    for number, line in _lines_outside_strings(source):
        if _HEADER.match(line):
            seen = set()
            continue
        match = _KEY.match(line)
        if not match:
            continue
        key = match.group(1).strip("\"'")
        if key in seen:
            return number, len(line) - len(line.lstrip()) + 1, key
        seen.add(key)
    return None
