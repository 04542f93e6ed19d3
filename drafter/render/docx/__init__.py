"""Word (.docx) output, built with python-docx from the same Document view as every format.

Each layout has a builder (see ``builders``) that lays a
:class:`drafter.render.document.Document` out through a small
:class:`~drafter.render.docx.writer.WordWriter`; everything every layout needs (the
DRAFT marking at the top and the end, in the header of every page after the
first and as a watermark, page numbers, A4, British
English, document properties, a user's reference document) is done here, once.

This module imports python-docx only inside ``render_docx``: the render package is
read when the CLI builds its parser.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import UsageError
from drafter.model import Draft

if TYPE_CHECKING:
    from drafter.profile_letter import Letter


def render_docx(
    draft: Draft,
    *,
    layout: str | None = None,
    templates: Path | None = None,
    reference: Path | None = None,
    as_at: dt.date | None = None,
    letter: Letter | None = None,
) -> bytes:
    """``draft`` as a Word document in ``layout`` (the draft's own by default).

    ``reference`` is a .docx whose styles, headers and footers (fonts, colours, a
    logo) the output starts from; its body is replaced by the response. ``letter`` is
    the office profile's letterhead, reference, salutation and close.
    """
    from drafter.render.document import build
    from drafter.render.docx import page, properties, styles
    from drafter.render.docx.builders import builder_for
    from drafter.render.docx.reference import blank, open_reference
    from drafter.render.docx.writer import WordWriter
    from drafter.render.templates import check_layout_name
    from drafter.safe_text import map_strings, xml_safe

    if templates is not None:
        raise UsageError(
            "--templates holds text templates for md, html, txt and pdf; a Word document "
            "takes its look from a reference document instead: use --reference-docx FILE"
        )
    layout = check_layout_name(layout or draft.response.layout)
    builder = builder_for(layout)
    word = open_reference(reference) if reference is not None else blank()
    styles.prepare(word, house_style=reference is None)
    # Before the body: table widths are worked out from the page's text width.
    page.set_up(word, margins=reference is None)

    # XML cannot hold some control characters (a pasted form feed, a NUL): shown instead.
    document = map_strings(build(draft, as_at, letter), xml_safe)
    writer = WordWriter(word)
    if document.marking:
        writer.marking(document.marking)
    builder(writer, document)
    if document.marking:
        writer.marking(document.marking, last=True)  # and once at the end, as in every format
        page.first_page_like_the_rest(word)

    page.add_page_numbers(word)
    if document.marking:
        page.add_header_marking(word, document.marking)
    properties.set_properties(word, document)

    out = io.BytesIO()
    word.save(out)
    return properties.fixed_times(out.getvalue(), properties.made_at())
