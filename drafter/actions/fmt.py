"""Rewrite a draft in canonical form, or only say whether it would change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from drafter import store
from drafter.actions.change import Changed, change_draft
from drafter.store.reformat import reformat_reasons


def fmt(path: Path | str, *, check: bool = False) -> Changed:
    """Save the draft at ``path`` exactly as drafter writes drafts.

    With ``check`` nothing is written; ``changed`` in the result says whether it would
    be, and ``reasons`` why.
    """
    # Read before the rewrite, which replaces the text the reasons are found in.
    text = store.read_text(Path(path))
    result = change_draft(path, lambda draft: draft, write=not check, purpose="drafter fmt")
    if not result.changed:
        return result
    return replace(result, reasons=reformat_reasons(text, store.dumps(result.draft)))
