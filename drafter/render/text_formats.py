"""Rendering a draft through a layout's Jinja2 templates to a text format."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2

from drafter.errors import TemplateProblem
from drafter.model import Draft
from drafter.render import TEXT_FORMATS
from drafter.render.document import Document, build
from drafter.render.templates import check_layout_name, environment, load_template

if TYPE_CHECKING:
    from drafter.profile_letter import Letter


def render_text(
    draft: Draft,
    fmt: str,
    *,
    layout: str | None = None,
    templates: Path | None = None,
    document: Document | None = None,
    as_at: dt.date | None = None,
    letter: Letter | None = None,
) -> str:
    """Render ``draft`` as ``fmt`` (md, html or txt) in ``layout`` (the draft's own by default).

    ``letter`` is the office profile's letterhead, reference, salutation and close.
    """
    if fmt not in TEXT_FORMATS:
        raise TemplateProblem(f"{fmt!r} is not a text format; use one of {', '.join(TEXT_FORMATS)}")
    layout = check_layout_name(layout or draft.response.layout)
    env = environment(templates)
    template = load_template(env, f"{layout}.{fmt}.j2")
    document = document or build(draft, as_at, letter)
    try:
        return template.render(doc=document, draft=draft)
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(
            f"template {template.name!r} uses something a draft does not have: {exc.message}"
        ) from None
    except jinja2.TemplateError as exc:
        raise TemplateProblem(f"template {template.name!r} failed: {exc}") from None
