"""Render the open draft to a file beside it: Markdown, HTML, plain text, Word or PDF.

Text formats take a moment and are written on the app's thread. Word and PDF load
python-docx or WeasyPrint (a second or more the first time) and build the document,
so they run in a worker thread on a copy of the draft: the writer keeps typing.
Whatever the format, the work is drafter.actions.render's, as for `drafter render`:
one dispatch, written atomically, never over the draft itself.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import DrafterError
from drafter.model import Draft
from drafter.render import BINARY_FORMATS, TEXT_FORMATS

if TYPE_CHECKING:
    from drafter.tui.app import DrafterApp

#: The palette's name for each format, in the order it lists them.
FORMAT_NAMES = {"md": "Markdown", "html": "HTML", "txt": "plain text", "docx": "Word", "pdf": "PDF"}


def formats() -> list[str]:
    """Every format the palette offers: the text formats, then the binary ones."""
    return [f for f in FORMAT_NAMES if f in TEXT_FORMATS or f in BINARY_FORMATS]


def target_for(draft_path: Path, fmt: str) -> Path:
    return draft_path.with_suffix(f".{fmt}")


def write_rendered(draft: Draft, fmt: str, draft_path: Path) -> Path:
    """Render in the draft's own layout and write beside the draft, as `drafter render
    -o` would; Word output takes the office profile's reference document, a letter its
    letterhead. Raises DrafterError (never writes over the draft)."""
    from drafter.actions.render import office_profile_for, render_to_file

    profile = office_profile_for(draft_path)
    return render_to_file(
        draft,
        fmt,
        target_for(draft_path, fmt),
        draft_path=draft_path,
        reference=profile.reference_docx if fmt == "docx" else None,
        letter=profile.letter,
    )


def render_to_file(app: DrafterApp, fmt: str) -> None:
    """The palette's "Render to …": text at once, Word and PDF in a worker thread."""
    path = app.session.path
    if fmt in TEXT_FORMATS:
        try:
            target = write_rendered(app.draft, fmt, path)
        except DrafterError as error:
            app.notify(str(error), severity="error", title="Render")
            return
        app.notify(f"Rendered to {target}", title="Render")
        return
    # A copy: the writer may go on editing the draft while the worker reads it.
    draft = copy.deepcopy(app.draft)
    name = FORMAT_NAMES[fmt]
    app.notify(f"Rendering {name} to {target_for(path, fmt)}…", title="Render", timeout=3)

    def work() -> None:
        try:
            target = write_rendered(draft, fmt, path)
        except DrafterError as error:
            app.call_from_thread(app.notify, str(error), severity="error", title="Render")
            return
        app.call_from_thread(app.notify, f"Rendered {name} to {target}", title="Render")

    app.run_worker(work, thread=True, group="render", name=f"render-{fmt}")
