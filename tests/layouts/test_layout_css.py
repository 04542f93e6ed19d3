"""The HTML layouts' CSS styles only what the layouts print: a rule for markup no
layout has any more (the old DRAFT watermark <div>, now the page's background) is
dead weight a reader of the stylesheet must puzzle over."""

from __future__ import annotations

import copy
import datetime as dt
import re

from layout_cases import EXAMPLES, example

from drafter.model import ActionStatus
from drafter.profile_letter import Letter
from drafter.render.layouts import LAYOUTS
from drafter.render.text_formats import render_text

#: A letterhead, so that the letter prints every part it can.
OFFICE = Letter(office="Office of the Commissioner", address=("1 Moor Lane",), reference="R/{year}")


def _pages() -> list[str]:
    pages = [
        render_text(
            example(path), "html", layout=layout, letter=OFFICE, as_at=dt.date(2026, 11, 30)
        )
        for path in EXAMPLES
        for layout in LAYOUTS
    ]
    # No example's response gives an action a status: the action plan's Status column.
    # A copy: example() is shared by every layout test, and the golden files are of it.
    draft = copy.deepcopy(example(next(p for p in EXAMPLES if "eastmere" in p.name)))
    next(f for f in draft.findings if f.is_action).action_status = ActionStatus.PLANNED
    return [*pages, render_text(draft, "html", layout="action-plan")]


def test_every_class_the_css_styles_is_printed_by_some_layout() -> None:
    styled: set[str] = set()
    printed: set[str] = set()
    for page in _pages():
        style, body = page.split("<style>", 1)[1].split("</style>", 1)
        style = re.sub(r"/\*.*?\*/", "", style, flags=re.S)
        style = re.sub(r'url\("[^"]*"\)', "", style)  # the watermark's picture is no selector
        styled |= set(re.findall(r"\.([A-Za-z][\w-]*)", style))
        for names in re.findall(r'class="([^"]*)"', body):
            printed |= set(names.split())
    assert styled - printed == set()
