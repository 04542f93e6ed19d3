"""Why a draft file's text is not its canonical form, in a few words.

`drafter fmt --check` lists the drafts it would rewrite; a reviewer deciding
whether to let it is better served by "format 1, written as format 2" or "key
order" than by a bare "would reformat". Only what is cheap to tell is told:
the comparison is of the parsed values and their order, never a text diff.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from typing import Any

from drafter.store import BOM
from drafter.store.comments import comment_lines
from drafter.store.schema import FORMAT_VERSION

#: How many differing fields a reason names before "and N more".
_NAMED = 3


def reformat_reasons(text: str, canonical: str) -> list[str]:
    """Why ``text`` (a readable draft) would be rewritten as ``canonical``."""
    reasons = []
    if text.startswith(BOM):
        reasons.append("a byte-order mark")
    if "\r" in text:
        reasons.append("Windows line ends (CRLF)")
    if comment_lines(text):
        reasons.append("TOML comments")
    try:
        before = tomllib.loads(text.removeprefix(BOM))
        after = tomllib.loads(canonical)
    except tomllib.TOMLDecodeError:  # never for a draft that loaded; say what is known
        return reasons or ["its layout"]
    version = before.get("format")
    if isinstance(version, int) and version < FORMAT_VERSION:
        # A migration renames values and re-hashes sign-offs: naming each would bury
        # the one thing that matters.
        return [f"format {version} (drafter writes format {FORMAT_VERSION})", *reasons]
    dropped = [at for at, kind in _differences(before, after) if kind == "dropped"]
    changed = [at for at, kind in _differences(before, after) if kind == "changed"]
    if dropped:
        # A status of "signed-off" with no signature is settled to the default, "draft".
        reasons.append(
            f"empty, default or settled values drafter does not write ({_name(dropped)})"
        )
    if "workflow.status" in changed:
        changed.remove("workflow.status")
        reasons.append(_status_reason(before["workflow"]["status"], after["workflow"]["status"]))
    if changed:
        reasons.append(f"values written another way ({_name(changed)})")
    if not dropped and not changed:
        moved = list(_reordered(before, after))
        if moved:
            reasons.append(f"key order ({_name(moved)})")
    if not reasons:
        reasons.append("spacing, quoting or line breaks")
    return reasons


def _status_reason(old: Any, new: Any) -> str:
    """The stored status settled to what the signatures say: not a matter of spelling."""
    if old in ("signed-off", "published"):
        why = ": the signatures no longer hold for the text"
    elif new in ("signed-off", "published"):
        why = ": the text is back as both signed it"
    else:
        why = ""
    return f"the stored status is brought up to date ({old} to {new}{why})"


def _name(places: list[str]) -> str:
    shown = ", ".join(places[:_NAMED])
    more = len(places) - _NAMED
    return f"{shown} and {more} more" if more > 0 else shown


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _differences(before: Any, after: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Each place whose value the canonical form drops or writes otherwise."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key, value in before.items():
            if isinstance(value, dict) and key not in after:
                yield from _differences(value, {}, _at(where, key))
            elif key not in after:
                yield _at(where, key), "dropped"
            else:
                yield from _differences(value, after[key], _at(where, key))
        for key in after.keys() - before.keys():
            yield _at(where, key), "changed"
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for i, (old, new) in enumerate(zip(before, after, strict=True)):
            yield from _differences(old, new, f"{where}[{i}]")
    elif before != after:
        yield where or "the draft", "changed"


def _reordered(before: Any, after: Any, where: str = "") -> Iterator[str]:
    """Each table whose keys the canonical form puts in another order."""
    if isinstance(before, dict) and isinstance(after, dict):
        if list(before) != list(after):
            yield where or "the top level"
        for key, value in before.items():
            yield from _reordered(value, after.get(key), _at(where, key))
    elif isinstance(before, list) and isinstance(after, list):
        for i, (old, new) in enumerate(zip(before, after, strict=False)):
            yield from _reordered(old, new, f"{where}[{i}]")
