"""docs/tui-import.md lists every key of the review screen, as the screen binds it."""

from __future__ import annotations

import re

from conftest import REPO
from textual.binding import Binding

from drafter.tui.importing.review import ReviewScreen
from drafter.tui.picker import PickerApp


def test_the_key_table_matches_the_bindings() -> None:
    doc = (REPO / "docs" / "tui-import.md").read_text(encoding="utf-8")
    documented: dict[str, str] = {}
    for keys, ids in re.findall(r"^\| ([^|]+?) \| [^|]+ \| (`drafter\.[^|]+) \|$", doc, re.M):
        for key, binding_id in zip(
            keys.split(" / "), re.findall(r"`(drafter\.[a-z-]+)`", ids), strict=True
        ):
            documented[binding_id] = key
    bound = {
        b.id: b.key
        for owner in (ReviewScreen, PickerApp)
        for b in owner.BINDINGS
        if isinstance(b, Binding) and b.id and b.id != "drafter.picker-escape"
    }
    assert documented == bound
