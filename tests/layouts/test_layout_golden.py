"""Every layout, on both example drafts, in every text format, matches its golden file.

The golden files are tests/layouts/golden/DRAFT.LAYOUT.FORMAT. After a deliberate
change to a layout, regenerate them and read the diff before committing:

    DRAFTER_GOLDEN=update .venv/bin/pytest tests/layouts -q

The shared stylesheet (templates/standard.css) is included into every HTML page; the
golden files hold the marker ``/* standard.css */`` in its place, so a change to the
standard print CSS does not disturb the layouts' golden files.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from layout_cases import EXAMPLES, FORMATS, GOLDEN, LAYOUT_NAMES, REPO, rendered

CSS_MARKER = "/* standard.css */\n"


def without_standard_css(text: str) -> str:
    css = (REPO / "templates" / "standard.css").read_text(encoding="utf-8")
    if not css.endswith("\n"):
        css += "\n"
    return text.replace(css, CSS_MARKER)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_matches_golden(path: Path, layout: str, fmt: str) -> None:
    text = without_standard_css(rendered(path, layout, fmt))
    golden = GOLDEN / f"{path.stem}.{layout}.{fmt}"
    if os.environ.get("DRAFTER_GOLDEN") == "update":
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden.name}; see this module's docstring"
    assert text == golden.read_text(encoding="utf-8")


def test_every_golden_file_is_used() -> None:
    expected = {
        f"{p.stem}.{lay}.{fmt}" for p in EXAMPLES for lay in LAYOUT_NAMES for fmt in FORMATS
    }
    assert {p.name for p in GOLDEN.iterdir()} == expected
