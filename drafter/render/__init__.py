"""Rendering drafts to documents.

This package's top level stays free of heavy imports: the CLI reads the format
lists below when it builds its parser. The work is in ``text_formats`` (text formats,
through Jinja2) and in one module per binary format.
"""

#: Formats rendered straight from a text template: format -> description.
TEXT_FORMATS = {"md": "Markdown", "html": "HTML page", "txt": "plain text"}

#: Formats built by a module of their own, imported only when asked for (they pull in
#: large libraries): format -> (description, "module:function"). The function takes
#: (draft, *, layout, templates, as_at, letter) and returns bytes.
BINARY_FORMATS: dict[str, tuple[str, str]] = {
    "docx": ("Word document", "drafter.render.docx:render_docx"),
    "pdf": ("PDF (A4, tagged)", "drafter.render.pdf:render_pdf"),
}


def formats() -> dict[str, str]:
    """Every format drafter renders, text formats first: name -> description."""
    return {**TEXT_FORMATS, **{k: v[0] for k, v in BINARY_FORMATS.items()}}
