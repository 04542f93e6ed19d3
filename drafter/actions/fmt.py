"""Rewrite a draft in canonical form, or only say whether it would change."""

from __future__ import annotations

from pathlib import Path

from drafter.actions.change import Changed, change_draft


def fmt(path: Path | str, *, check: bool = False) -> Changed:
    """Save the draft at ``path`` exactly as drafter writes drafts.

    With ``check`` nothing is written; ``changed`` in the result says whether it would be.
    """
    return change_draft(path, lambda draft: draft, write=not check, purpose="drafter fmt")
