"""Drafts on disk: TOML in and out, validation with located errors, atomic saves.

``load`` and ``save`` are the only ways the rest of drafter touches a draft file.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from drafter.errors import DraftError
from drafter.model import Draft
from drafter.store.atomic import make_folder_for, write_atomic
from drafter.store.encode import encode
from drafter.store.fields import FieldError, quote
from drafter.store.locate import duplicate_key, locate
from drafter.store.migrations import decode
from drafter.store.schema import FORMAT_VERSION
from drafter.store.signing import content_hash, is_signed_off, settle, settled_status

T = TypeVar("T")

__all__ = [
    "FORMAT_VERSION",
    "content_hash",
    "dumps",
    "is_signed_off",
    "load",
    "loads",
    "make_folder_for",
    "parse",
    "read_regular",
    "read_text",
    "save",
    "settle",
    "settled_status",
    "write_atomic",
]

#: The byte-order mark some Windows editors put at the start of a UTF-8 file.
BOM = "\ufeff"

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\s*\(at end of document\)\s*$")

#: tomllib's wording for the mistakes people make most often by hand, in plain words.
_SYNTAX_HINTS = (
    (
        re.compile(r"^invalid value"),
        "a value is not written as TOML allows; put text in double quotes, write dates "
        "as 2024-03-31 and true or false in lower case",
    ),
    (
        re.compile(r"^invalid date or datetime"),
        "this date does not exist; check the day and the month (dates are written as 2024-03-31)",
    ),
    (
        re.compile(r"^illegal character '\\n'"),
        'a line ends inside a text in double quotes; close the quote, or put text of several lines between """ marks',
    ),
    (
        re.compile(r"^unterminated string"),
        'a text in double quotes is never closed; add the closing " (or """)',
    ),
    (
        re.compile(r"^cannot overwrite a value"),
        "a key is given twice in the same table; keep only one of them",
    ),
    (
        re.compile(r"^cannot declare \(([^)]*)\) twice"),
        "the table [{0}] appears twice; keep one "
        "(each finding is its own [[findings]] block, with two brackets)",
    ),
    (
        re.compile(r"^unescaped '\\' in a string"),
        "a backslash in text in double quotes must be written as two (\\\\), "
        'or the text put between """ marks',
    ),
)


def _plain_syntax(message: str) -> str:
    for pattern, plain in _SYNTAX_HINTS:
        match = pattern.search(message)
        if match:
            names = [
                ".".join(n.strip(" '\"") for n in g.split(",") if n.strip()) for g in match.groups()
            ]
            return plain.format(*names) + message[match.end() :]
    return message


def read_text(
    path: Path, *, what: str = "a draft", create: str = "create it with `drafter new`"
) -> str:
    """A file's text, with a clear DraftError for every way reading can fail.

    ``what`` names the kind of file and ``create`` says how to make a missing one. A
    byte-order mark (which some Windows editors add) is kept as U+FEFF at the start:
    ``parse`` passes over it, and the next save leaves it out.
    """
    path = Path(path)
    data = read_regular(path, what=what, create=create)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DraftError(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8 and try again",
            path=path,
            line=line,
            column=column,
        ) from None


def read_regular(
    path: Path,
    *,
    what: str = "a draft",
    create: str = "create it with `drafter new`",
    missing: str | None = None,
) -> bytes:
    """The bytes of a regular file; a folder, pipe or device is refused before it is read.

    The file is opened without blocking and checked through its descriptor, so a named
    pipe with no writer, or a pipe swapped in after a check, never hangs the reader.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise DraftError(
            missing or f"no such file; check the path, or {create}", path=path
        ) from None
    except IsADirectoryError:
        raise DraftError(
            f"is a folder, not {what}; give the path of a .toml file", path=path
        ) from None
    except PermissionError:
        raise DraftError("cannot be read: permission denied", path=path) from None
    except OSError as exc:
        raise DraftError(f"cannot be read: {exc.strerror or exc}", path=path) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise DraftError(f"is a folder, not {what}; give the path of a .toml file", path=path)
        raise DraftError(
            f"is not a regular file (a pipe, device or socket), not {what}; "
            "give the path of a .toml file",
            path=path,
        )
    with os.fdopen(fd, "rb") as handle:
        try:
            return handle.read()
        except OSError as exc:
            raise DraftError(f"cannot be read: {exc.strerror or exc}", path=path) from None


def parse(
    source: str,
    path: Path | str,
    decoder: Callable[[dict[str, Any]], T],
    *,
    what: str = "a draft",
    doc: str = "docs/draft-format.md",
    versioned: bool = True,
) -> T:
    """Parse TOML and decode it, every problem a DraftError located in ``path``.

    Shared by drafts, report files and office profiles: ``what`` and ``doc`` name the
    kind of file; an unversioned kind (a profile) may be empty.
    """
    source = source.removeprefix(BOM)
    if versioned and not source.strip():
        raise DraftError(
            f"is empty; {what} starts with `format = {FORMAT_VERSION}` (see {doc})",
            path=path,
        )
    try:
        raw = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(exc, source, path, doc) from None
    except RecursionError:
        raise _too_deep(path, doc) from None
    try:
        return decoder(raw)
    except FieldError as exc:
        line, column = locate(source, exc.parts)
        raise exc.located(path, line, column) from None
    except RecursionError:
        raise _too_deep(path, doc) from None


def _too_deep(path: Path | str, doc: str) -> DraftError:
    return DraftError(
        f"has lists or tables nested too deeply to read (thousands of levels); {doc} "
        "shows the format, whose deepest nesting is three levels",
        path=path,
    )


def loads(source: str, path: Path | str = "<draft>") -> Draft:
    """Parse and validate a draft's text; errors are located in ``path``."""
    return parse(source, path, decode)


def load(path: Path | str) -> Draft:
    path = Path(path)
    return loads(read_text(path), path)


def dumps(draft: Draft) -> str:
    """The canonical text of a draft: the same draft always gives the same text.

    The status written is the settled one: never "signed-off" beside a stale signature.
    """
    return encode(settle(draft)) + "\n"


def save(draft: Draft, path: Path | str) -> bool:
    """Save atomically; return False (and touch nothing) when the bytes would not change."""
    path = Path(path)
    data = dumps(draft).encode("utf-8")
    try:
        if path.is_file() and path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True


def _syntax_error(
    exc: tomllib.TOMLDecodeError, source: str, path: Path | str, doc: str
) -> DraftError:
    message = str(exc)
    line = column = None
    where = ""
    match = _TOML_POSITION.search(message)
    if match:
        line, column = int(match.group(1)), int(match.group(2))
        message = message[: match.start()]
    elif _TOML_END.search(message):
        message = _TOML_END.sub("", message)
        where = " at the end of the file"
    message = _plain_syntax(message[:1].lower() + message[1:])
    if message.startswith("a key is given twice"):
        # tomllib places this at the end of the document; name the repeated key instead
        repeated = duplicate_key(source)
        if repeated:
            line, column, key = repeated
            message = (
                f"the key {quote(key)} is given twice in the same table; keep only one of them"
            )
            where = ""
    return DraftError(
        f"not valid TOML{where}: {message}; fix the file in an editor ({doc} shows the format)",
        path=path,
        line=line,
        column=column,
    )
