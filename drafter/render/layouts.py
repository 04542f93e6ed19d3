"""The layouts drafter ships, each with a one-line description for ``--list-layouts``.

A layout is a set of templates named ``LAYOUT.FORMAT.j2``; this list says what each
shipped one is for. A folder of the user's own templates may add layouts of its own,
which are listed without a description of ours.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import TemplateProblem

#: Shipped layouts in the order they are listed: name -> one-line description.
LAYOUTS: dict[str, str] = {
    "standard": "the reference layout: both sets of comments, then a response table",
    "letter": "a signed letter to the Home Secretary and HM Inspector citing s.55",
    "narrative": "no tables: each finding under its heading, the response as prose",
    "action-plan": "tables of decision, response, owner, target date and status",
    "progress": "after publication: each action's status, RAG mark and last update",
}

#: Layouts that lay out the response itself (every finding accounted for); the
#: progress layout reports on the actions instead.
RESPONSE_LAYOUTS = [name for name in LAYOUTS if name != "progress"]

USER_LAYOUT = "your own layout, from the templates folder"


def describe_layouts(user_folder: Path | None = None) -> list[tuple[str, str]]:
    """(name, description) for every layout that can be rendered, shipped ones first."""
    from drafter.render.templates import available_layouts

    found = available_layouts(user_folder)
    listed = [(name, text) for name, text in LAYOUTS.items() if name in found]
    listed += [(name, USER_LAYOUT) for name in found if name not in LAYOUTS]
    return listed


def require_layout(layout: str, user_folder: Path | None = None) -> str:
    """``layout`` when it can be rendered, else a TemplateProblem that lists the layouts."""
    from drafter.render.templates import available_layouts, check_layout_name

    check_layout_name(layout)
    found = available_layouts(user_folder)
    if layout not in found:
        raise TemplateProblem(
            unknown_layout(layout, [name for name, _ in describe_layouts(user_folder)])
        )
    return layout


def unknown_layout(layout: str, known: list[str]) -> str:
    return (
        f"there is no layout named {layout!r}; the layouts are {', '.join(known)} "
        "(`drafter render --list-layouts` says what each is for)"
    )
