"""Read a draft, change it, save it if it changed: the one path every saving verb takes.

``sign``, ``publish`` and ``fmt`` all read a draft file, apply a rule to the Draft,
and write the result back atomically. Doing it here, once, means the comments a
save drops are found in one place, an unchanged file is never rewritten, and a
lock on the draft can be held across the read and the write by this one function.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from drafter import store
from drafter.errors import NotReady
from drafter.model import Draft
from drafter.store.comments import comment_lines
from drafter.store.lock import draft_lock, folder_lock


def _changed(path: Path, text: str, change: Callable[[Draft], Draft]) -> Draft:
    """``change`` applied to the draft ``text`` holds, with the status the file will hold
    (a published response changed is in review)."""
    try:
        after = change(store.loads(text, path))
    except NotReady as error:
        raise (error if error.path is not None else error.located(path)) from None
    return store.settle(after)


@dataclass(frozen=True)
class Changed:
    """What became of one draft file."""

    path: Path
    #: The draft as changed (and saved, when ``saved``).
    draft: Draft
    #: The file's text differs from the changed draft's canonical form.
    changed: bool
    #: The file was written; False when unchanged or when asked not to write.
    saved: bool
    #: Lines (from 1) of TOML comments that the save drops, or would drop.
    dropped_comments: list[int] = field(default_factory=list)
    #: The file began with a byte-order mark, which the save drops (or would drop).
    dropped_bom: bool = False
    #: Why the text was not canonical ("key order (report)"), when the caller asked.
    reasons: list[str] = field(default_factory=list)


def change_draft(
    path: Path | str,
    change: Callable[[Draft], Draft],
    *,
    write: bool = True,
    purpose: str = "a change",
) -> Changed:
    """Apply ``change`` to the draft at ``path``; save it atomically if anything changed.

    The draft's lock is held from the read to the write (``purpose`` says what for,
    to anyone kept waiting). With ``write=False`` nothing is written: the result says what a save would do.
    A NotReady raised by ``change`` comes back naming ``path``. Any other error
    leaves the file untouched.
    """
    path = Path(path)
    if not write:
        return _change(path, change, write=False)
    # Held from before the read to after the write: a second sign (or the editor's
    # save) at the same moment waits, then reads what this one wrote.
    with draft_lock(path, purpose=purpose):
        return _change(path, change, write=True)


#: Times a change is made again on a file someone else wrote meanwhile.
ATTEMPTS = 5


def _change(path: Path, change: Callable[[Draft], Draft], *, write: bool) -> Changed:
    text = store.read_text(path)
    for _ in range(ATTEMPTS):
        after = _changed(path, text, change)
        if store.dumps(after) == text:
            return Changed(path, after, changed=False, saved=False)
        if not write:
            break
        # The lock keeps this account's drafter processes apart, not another person's
        # (their lock is in their own state folder): a file written meanwhile (the
        # other signatory signing at the same moment) is read again and changed
        # again, not saved over. The last read and the write hold the folder's lock,
        # which every account takes.
        with folder_lock(path):
            now = store.read_text(path)
            if now == text:
                store.save(after, path)
                break
        text = now
    else:
        raise NotReady(
            "the file changed on disk each time drafter was about to save it (another "
            "person's drafter at work on it?); nothing was saved: try again",
            path=path,
        )
    return Changed(
        path,
        after,
        changed=True,
        saved=write,
        dropped_comments=comment_lines(text),
        dropped_bom=text.startswith(store.BOM),
    )
