"""Reading typed values out of parsed TOML, with the field path of every problem.

Each reader raises DraftError naming the field as the user would find it in the
file (``findings[3].decision``); the store adds the file, line and column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, TypeVar

from drafter.errors import DraftError
from drafter.model import out_of_range

PathPart = str | int
E = TypeVar("E", bound=StrEnum)


def dotted(path: Sequence[PathPart]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


class FieldError(DraftError):
    """A DraftError that still carries its path as parts, for locating in the source."""

    def __init__(self, path: Sequence[PathPart], message: str) -> None:
        self.parts = tuple(path)
        super().__init__(message, field=dotted(path) or None)


def normalise_text(text: str) -> str:
    """Line ends as the format stores them: ``\\n`` only (Word pastes ``\\r\\n``)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Table:
    """One TOML table being read; tracks which keys were used to catch unknown ones."""

    def __init__(self, value: Any, path: Sequence[PathPart]) -> None:
        if not isinstance(value, dict):
            raise FieldError(path, f"must be a table, not {describe(value)}")
        self.value = value
        self.path = tuple(path)
        self.used: set[str] = set()

    def _get(self, key: str) -> Any:
        self.used.add(key)
        return self.value.get(key)

    def at(self, key: str | int) -> tuple[PathPart, ...]:
        return (*self.path, key)

    def text(self, key: str, *, required: bool = False) -> str:
        value = self._get(key)
        if value is None:
            if required:
                raise FieldError(
                    self.at(key), f'is missing; add it as text in double quotes: {key} = "..."'
                )
            return ""
        if not isinstance(value, str):
            raise FieldError(self.at(key), f"must be text in double quotes, not {describe(value)}")
        if required and not value.strip():
            raise FieldError(self.at(key), "is empty; it must hold some text")
        return normalise_text(value)

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        value = self._get(key)
        if value is None:
            if required:
                raise FieldError(self.at(key), "is missing; add a date such as 2024-03-31")
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            hint = " (write it without quotes)" if isinstance(value, str) else ""
            raise FieldError(
                self.at(key),
                f"must be a date such as 2024-03-31{hint}, not {describe(value)}",
            )
        problem = out_of_range(value)
        if problem:
            raise FieldError(self.at(key), f"{problem}; check the year")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise FieldError(self.at(key), f"must be true or false, not {describe(value)}")
        return value

    def choice(self, key: str, enum: type[E], *, required: bool = False) -> E | None:
        value = self._get(key)
        allowed = [m.value for m in enum]
        if value is None:
            if required:
                raise FieldError(self.at(key), f"is missing; use one of {', '.join(allowed)}")
            return None
        if not isinstance(value, str):
            raise FieldError(self.at(key), f"must be text in double quotes, not {describe(value)}")
        try:
            return enum(value)
        except ValueError:
            raise FieldError(
                self.at(key), f"{quote(value)} is not one of {', '.join(allowed)}"
            ) from None

    def integer(self, key: str, *, required: bool = False) -> int | None:
        value = self._get(key)
        if value is None:
            if required:
                raise FieldError(self.at(key), "is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise FieldError(self.at(key), f"must be a whole number, not {describe(value)}")
        return value

    def texts(self, key: str) -> list[str]:
        value = self._get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise FieldError(
                self.at(key),
                f'must be a list of texts in double quotes, such as ["one", "two"], not {describe(value)}',
            )
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise FieldError(
                    (*self.at(key), i), f"must be text in double quotes, not {describe(item)}"
                )
        return [normalise_text(v) for v in value]

    def table(self, key: str, *, required: bool = False) -> Table | None:
        value = self._get(key)
        if value is None:
            if required:
                raise FieldError(self.at(key), f"is missing; add a [{dotted(self.at(key))}] table")
            return None
        return Table(value, self.at(key))

    def tables(self, key: str) -> list[Table]:
        value = self._get(key)
        if value is None:
            return []
        name = dotted(self.at(key))
        if not isinstance(value, list):
            raise FieldError(
                self.at(key), f"must be a list of [[{name}]] tables, not {describe(value)}"
            )
        return [Table(v, (*self.at(key), i)) for i, v in enumerate(value)]

    def finish(self) -> None:
        """Refuse keys this format does not know: a typo must not be silently dropped.

        Call after reading every known key, so that ``used`` is the known set.
        """
        known = sorted(self.used)
        for key in self.value:
            if key not in self.used:
                import difflib  # for a mistake only: a valid draft loads without it

                close = difflib.get_close_matches(key, known, n=1)
                hint = (
                    f"; did you mean {quote(close[0])}?"
                    if close
                    else f"; known keys: {', '.join(known)}"
                )
                raise FieldError(self.at(key), f"unknown key {quote(key)}{hint}")


def describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the value {str(value).lower()}"
    if isinstance(value, str):
        return f"the text {quote(value)}"
    if isinstance(value, dt.datetime):
        return f"the date and time {value.isoformat()}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dt.time):
        return f"the time {value.isoformat()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def quote(text: str, limit: int = 40) -> str:
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return '"' + short.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
