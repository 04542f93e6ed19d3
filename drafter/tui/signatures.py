"""Whether the signatures on the open draft still hold, known at once after an edit.

Hashing the draft (what tells a valid signature from a stale one) encodes it
whole, too slow for every key. While no signature holds, no edit can change
anything here; while one does, the first edit is hashed, and from then on the
signature is stale and nothing more is hashed. So the outline, the status bar
and the sign-off view show a signature going stale on the very key that did it.
"""

from __future__ import annotations

import copy
from typing import Any

from drafter.model import Draft, Role
from drafter.store import content_hash, settled_status


class SignatureWatch:
    def __init__(self) -> None:
        #: The roles whose signatures hold for the text as it is; None until first looked.
        self.holding: frozenset[Role] | None = None
        self.stale: frozenset[Role] = frozenset()
        #: A copy of the draft as last seen with signatures holding, and whose: what
        #: the editor puts back if the writer leaves signed text as it was. Kept after
        #: an edit makes them stale, until the editor has asked (guard.py).
        self.signed: tuple[Draft, frozenset[Role]] | None = None
        #: The objects of the draft copied into ``signed``, by id, to their copies
        #: (deepcopy's memo, which keeps the originals alive, so no id is reused).
        self.copied: dict[int, Any] = {}

    def look(self, draft: Draft, *, fresh: bool = True) -> None:
        """Work out every signature's state again (on opening, reloading, signing);
        ``fresh`` is False after an edit, which keeps the copy of the signed draft."""
        if not draft.workflow.signoffs:
            # Nothing signed, nothing to hash: the usual state of a draft being written,
            # and the sign-off rules need not be imported to open it.
            self.holding = self.stale = frozenset()
            draft.workflow.status = settled_status(draft)  # no hash without signatures
        else:
            from drafter.workflow.signoff import signoff_summary

            current = content_hash(draft)
            states = signoff_summary(draft, current)
            self.holding = frozenset(s.role for s in states if s.state == "valid")
            self.stale = frozenset(s.role for s in states if s.state == "stale")
            # In memory as on disk: never "signed-off" or "published" beside a stale
            # signature, and the status back once the text is back as signed.
            draft.workflow.status = settled_status(draft, current)
        if self.holding:
            self.copied = {}
            self.signed = (copy.deepcopy(draft, self.copied), self.holding)
        elif fresh:
            self.signed = None
            self.copied = {}

    def after_edit(self, draft: Draft) -> bool:
        """Look again after an edit if it could matter; True when a state changed."""
        if self.holding is None:
            self.look(draft, fresh=False)
            return True
        if not self.holding:
            return False
        before = (self.holding, self.stale)
        self.look(draft, fresh=False)
        return (self.holding, self.stale) != before

    def after_save(self, draft: Draft) -> bool:
        """Look again once a save has written the draft, if a signature was stale: text
        put back exactly as signed makes it hold again (edits are not hashed while
        it is stale). True when a state changed."""
        if not self.stale:
            return False
        before = (self.holding, self.stale)
        self.look(draft, fresh=False)
        return (self.holding, self.stale) != before

    @property
    def note(self) -> str:
        """For the status bar: "" when there is nothing to say about signatures."""
        if self.stale:
            return "✗ signatures stale" if len(self.stale) > 1 else "✗ signature stale"
        if self.holding is not None and len(self.holding) == len(Role):
            return "signed off"
        return ""
