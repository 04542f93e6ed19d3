"""Every remappable key is documented with its id and the key it has out of the box.

Writers remap keys by id in the settings file (docs/tui.md, "Settings and keymap"),
so an id the docs leave out cannot be found, and a key the docs name wrongly sends
the writer looking for a binding that is not there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.tui.app import remappable_bindings

DOCS = Path(__file__).parents[2] / "docs"
PAGES = ("tui.md", "tui-import.md")


def _places(binding_id: str) -> list[str]:
    """Where the docs name an id: a table row's key cell, else the paragraph around it."""
    found: list[str] = []
    for page in PAGES:
        for paragraph in (DOCS / page).read_text(encoding="utf-8").split("\n\n"):
            for line in paragraph.splitlines():
                if f"`{binding_id}`" not in line:
                    continue
                if line.startswith("|"):
                    found.append(line.split("|")[1])
                else:
                    found.append(paragraph)
    return found


def _named(key: str, text: str) -> bool:
    return re.search(rf"(?<![\w+]){re.escape(key)}(?![\w+])", text, re.I) is not None


@pytest.mark.parametrize(
    ("owner", "binding"),
    [pytest.param(owner, b, id=f"{owner.__name__}:{b.id}") for owner, b in remappable_bindings()],
)
def test_the_docs_name_each_binding_with_its_key(owner: type, binding) -> None:  # type: ignore[no-untyped-def]
    places = _places(binding.id)
    assert places, f"{binding.id} ({owner.__name__}) is in neither of {PAGES}"
    keys = binding.key.split(",")
    assert any(all(_named(key, place) for key in keys) for place in places), (
        f"{binding.id} is {binding.key!r} but the docs say {places}"
    )


def test_a_wrong_key_in_the_docs_is_caught() -> None:
    assert not _named("alt+n", "| alt+p | previous |")
    assert not _named("f1", "| F10 | save |")
    assert _named("f1", "| escape, F1 or q (help) |")
