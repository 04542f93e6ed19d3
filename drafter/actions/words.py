"""Words the spelling check should accept: in one draft, or in every draft of the office.

"Ignore in this draft" adds the word to the draft's own ``[spelling] words`` (not
signed: accepting a word changes no text). "Add to the office's words" adds it to
``words`` in the office profile (drafter.toml) that applies to the draft, or to
the user's own profile when the office has none; the file is edited as text, so
its comments and layout stay, then read back to be sure it is still valid, and
written atomically.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from drafter.errors import UsageError
from drafter.model import Draft
from drafter.profile import find_profile, loads_profile, user_profile_path
from drafter.store import make_folder_for, write_atomic


def _word(word: str) -> str:
    tidy = unicodedata.normalize("NFC", word.strip())
    if not tidy or any(c.isspace() for c in tidy) or '"' in tidy or "\\" in tidy:
        raise UsageError(f"{word!r} is not one word; give the word alone")
    return tidy


def accept_in_draft(draft: Draft, word: str) -> bool:
    """Accept ``word`` in this draft's spelling check; False when it already was."""
    tidy = _word(word)
    if tidy in draft.spelling_words:
        return False
    draft.spelling_words.append(tidy)
    return True


_WORDS_KEY = re.compile(r"^words\s*=\s*\[", re.M)
_FIRST_TABLE = re.compile(r"^\s*\[", re.M)


def add_office_word(draft_path: Path | str, word: str) -> Path:
    """Add ``word`` to the office profile that applies to the draft; return its path.

    With no profile anywhere, the user's own (``~/.config/drafter/drafter.toml``) is
    made, holding the word alone.
    """
    tidy = _word(word)
    path = find_profile(Path(draft_path).parent) or user_profile_path()
    source = path.read_text(encoding="utf-8") if path.is_file() else ""
    profile = loads_profile(source, path) if source.strip() else None
    if profile is not None and tidy in profile.words:
        return path
    found = _WORDS_KEY.search(source)
    if found is not None:
        # The first entry of the existing list: comments and the rest stay as written.
        changed = f'{source[: found.end()]}\n    "{tidy}",{source[found.end() :]}'
    else:
        # A top-level key goes before the first table.
        table = _FIRST_TABLE.search(source)
        at = table.start() if table is not None else len(source)
        before = source[:at]
        if before and not before.endswith("\n"):
            before += "\n"
        changed = f'{before}words = ["{tidy}"]\n{source[at:]}'
    checked = loads_profile(changed, path)
    if tidy not in checked.words:
        raise UsageError(
            f"{path}: the word could not be added to its words list; add it there by hand"
        )
    make_folder_for(path)
    write_atomic(path, changed.encode("utf-8"))
    return path
