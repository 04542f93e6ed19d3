"""Render a draft: the one dispatch from a format's name to its renderer, and the
one way a rendering is written to a file (atomically, never over the draft).

``drafter render`` and the editor's "Render to …" both come here, so a format, a
layout, the office's reference .docx or its letterhead is handled the same way in both.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import UsageError
from drafter.model import Draft
from drafter.render import BINARY_FORMATS
from drafter.store import write_atomic

if TYPE_CHECKING:
    from drafter.profile import Profile
    from drafter.profile_letter import Letter


def office_profile_for(draft_path: Path, profile: Path | None = None) -> Profile:
    """The office profile a rendering of ``draft_path`` takes its reference .docx and
    letterhead from: ``profile`` when one is named, else the one that applies at the
    draft's folder (an empty Profile when there is none). Raises ProfileError."""
    from drafter.profile import load_profile, office_profile

    return load_profile(profile) if profile is not None else office_profile(draft_path)


def render(
    draft: Draft,
    fmt: str,
    *,
    layout: str | None = None,
    templates: Path | None = None,
    reference: Path | None = None,
    as_at: dt.date | None = None,
    letter: Letter | None = None,
) -> str | bytes:
    """``draft`` in ``fmt``: text for md, html and txt; bytes for docx and pdf.

    ``reference`` (a .docx whose styles Word output takes) is for docx alone. The
    Word and PDF renderers are imported only when asked for: they load large libraries.
    ``as_at`` dates the progress layout (by default, the last day the draft records);
    ``letter`` is the office profile's letterhead, reference, salutation and close.
    An unknown layout is refused with the list of those there are.
    """
    from drafter.render.layouts import require_layout

    require_layout(layout or draft.response.layout, templates)
    if fmt in BINARY_FORMATS:
        module, _, function = BINARY_FORMATS[fmt][1].partition(":")
        renderer = getattr(importlib.import_module(module), function)
        extra = {"reference": reference} if fmt == "docx" else {}
        content: bytes = renderer(
            draft, layout=layout, templates=templates, as_at=as_at, letter=letter, **extra
        )
        return content
    from drafter.render.text_formats import render_text

    return render_text(draft, fmt, layout=layout, templates=templates, as_at=as_at, letter=letter)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def write_file(content: str | bytes, output: Path, *, draft_path: Path) -> None:
    """Write ``content`` to ``output`` atomically; refuse when it is the draft itself."""
    if same_file(output, draft_path):
        raise UsageError(f"{output} is the draft being read; choose another output file")
    data = content.encode("utf-8") if isinstance(content, str) else content
    # A device or FIFO (-o /dev/stdout) is written to, as a redirection would.
    write_atomic(output, data, devices=True)


def render_to_file(
    draft: Draft,
    fmt: str,
    output: Path,
    *,
    draft_path: Path,
    layout: str | None = None,
    templates: Path | None = None,
    reference: Path | None = None,
    letter: Letter | None = None,
) -> Path:
    """Render ``draft`` (read from ``draft_path``) as ``fmt`` into ``output``; return it."""
    content = render(
        draft, fmt, layout=layout, templates=templates, reference=reference, letter=letter
    )
    write_file(content, output, draft_path=draft_path)
    return output
