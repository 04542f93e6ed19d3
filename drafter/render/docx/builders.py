"""Which function lays out each layout as a Word document.

A builder is ``build(writer, document) -> None``: it writes the body of the response
(headings, prose, tables, the Cc block) through the
:class:`~drafter.render.docx.writer.WordWriter` it is given. It does not handle the
DRAFT marking, page numbers, page size, language or properties: ``render_docx`` adds
those for every layout.

To add a layout: write ``drafter/render/docx/<layout>.py`` with a ``build`` function
and add one line to ``BUILDERS``. Targets are imported only when used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from drafter.errors import TemplateProblem

if TYPE_CHECKING:
    from drafter.render.document import Document
    from drafter.render.docx.writer import WordWriter

Builder = Callable[["WordWriter", "Document"], None]

#: layout name -> "module:function" of its builder.
BUILDERS: dict[str, str] = {
    "standard": "drafter.render.docx.standard:build",
    "letter": "drafter.render.docx.letter:build",
    "narrative": "drafter.render.docx.narrative:build",
    "action-plan": "drafter.render.docx.action_plan:build",
    "progress": "drafter.render.docx.progress:build",
}


def builder_for(layout: str) -> Builder:
    target = BUILDERS.get(layout)
    if target is None:
        from drafter.render.layouts import require_layout

        require_layout(layout)
        have = ", ".join(sorted(BUILDERS)) or "none"
        raise TemplateProblem(
            f"the {layout!r} layout has no Word (.docx) version yet; Word output is available "
            f"for: {have}. Render this layout --to pdf or --to html instead, or choose one of "
            "those layouts with --layout"
        )
    module, function = target.split(":")
    builder: Builder = getattr(importlib.import_module(module), function)
    return builder
