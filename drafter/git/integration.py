"""Teaching a repository to show drafts as text in ``git diff`` and to merge them by field.

Two places change: a line for each drafts folder in the repository's
.gitattributes (shared with everyone who clones it; other .toml files, such as
pyproject.toml, are left alone) and the ``diff.drafter`` and ``merge.drafter``
sections of the repository's own git config (local to this clone; git never copies
config), which name the command that runs this very drafter.
``undo`` takes out exactly what ``setup`` put in.
"""

from __future__ import annotations

import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

from drafter.git import repo as git
from drafter.store import write_atomic

#: What each drafts folder's attribute line gives its .toml files.
ATTRIBUTES = "diff=drafter merge=drafter"
#: The drafts folder when the office profile names none (``drafts = [...]``).
DEFAULT_FOLDERS = ("drafts",)
ATTRIBUTE_COMMENT = "# drafts show in git diff as text and merge field by field (drafter git-setup)"
#: What earlier versions of git-setup wrote: replaced by setup, removed by undo.
OLD_ATTRIBUTES = (
    "*.toml diff=drafter merge=drafter",
    "*.toml diff=drafter",
    "# drafts show in git diff as text, one sentence a line (drafter git-setup)",
)
#: A line setup writes: FOLDER/**/*.toml with ATTRIBUTES (the folder never has spaces).
_OUR_LINE = re.compile(r"^\S+/\*\*/\*\.toml " + re.escape(ATTRIBUTES) + "$")
SECTIONS = ("diff.drafter", "merge.drafter")
#: The settings, with {drafter} for the command that runs this drafter: textconv and
#: the merge driver share it, so both keep working wherever git runs (a GUI client or
#: an IDE whose PATH has no drafter on it).
TEMPLATES = {
    "diff.drafter.textconv": "{drafter} textconv",
    # git keeps the text of each committed version, so `git log -p` stays quick.
    "diff.drafter.cachetextconv": "true",
    # Hunk headers name the finding, from the headings `drafter textconv` writes.
    "diff.drafter.xfuncname": "^== .* ==$",
    # git's merge-driver form: base, ours (written with the result), theirs, the path.
    "merge.drafter.name": "drafter: merge drafts field by field",
    "merge.drafter.driver": "{drafter} merge %O %A %B --path %P",
}


def this_drafter() -> str:
    """The shell command that runs the drafter running now, whatever PATH holds.

    git runs textconv and merge drivers through the shell, so the interpreter's path
    is quoted for it; ``python -m drafter`` needs no console script on PATH.
    """
    return f"{shlex.quote(sys.executable)} -m drafter"


def settings(command: str | None = None) -> dict[str, str]:
    drafter = command or this_drafter()
    return {key: value.replace("{drafter}", drafter) for key, value in TEMPLATES.items()}


def attribute_lines(folders: tuple[str, ...]) -> list[str]:
    return [f"{folder.strip('/')}/**/*.toml {ATTRIBUTES}" for folder in folders]


def _set_by_setup(key: str, current: str) -> bool:
    """Whether ``current`` is what some git-setup wrote: this drafter's, another
    install's, or an earlier version's plain ``drafter`` command."""
    template = TEMPLATES[key]
    if "{drafter}" not in template:
        return current == template
    before, after = template.split("{drafter}")
    return (
        re.fullmatch(re.escape(before) + r".*\bdrafter\b.*" + re.escape(after), current) is not None
    )


def _ours(line: str) -> bool:
    line = line.strip()
    return line in (ATTRIBUTE_COMMENT, *OLD_ATTRIBUTES) or _OUR_LINE.match(line) is not None


@dataclass(frozen=True)
class Outcome:
    #: What was changed, one line each, for the user; empty when nothing needed doing.
    done: list[str]
    #: What was left alone on purpose, and why.
    kept: list[str]


def setup(root: Path, folders: tuple[str, ...] = DEFAULT_FOLDERS) -> Outcome:
    """Attributes for the .toml files under ``folders`` (relative to ``root``), and this
    drafter's command in the clone's config."""
    done, kept = [], []
    attributes = root / ".gitattributes"
    lines = _lines(attributes)
    wanted = attribute_lines(folders)
    others = [line for line in lines if not _ours(line)]
    ours = [line.strip() for line in lines if _ours(line)]
    if ours != [ATTRIBUTE_COMMENT, *wanted]:
        write_atomic(attributes, _join([*others, ATTRIBUTE_COMMENT, *wanted]).encode("utf-8"))
        replaced = [line for line in ours if not line.startswith("#") and line not in wanted]
        instead = f" (in place of {', '.join(f'`{r}`' for r in replaced)})" if replaced else ""
        added = [line for line in wanted if line not in ours]
        for line in added:
            done.append(f"added `{line}` to {attributes}{instead}")
        if not added:
            done.append(f"removed {', '.join(f'`{r}`' for r in replaced)} from {attributes}")
    for key, value in settings().items():
        current = git.config_get(root, key)
        if current == value:
            continue
        git.config_set(root, key, value)
        if current is None:
            done.append(f"set {key} = {value}")
        else:
            done.append(f"set {key} = {value} (it was {current!r})")
    return Outcome(done, kept)


def undo(root: Path) -> Outcome:
    done, kept = [], []
    attributes = root / ".gitattributes"
    lines = _lines(attributes)
    remaining = [line for line in lines if not _ours(line)]
    if remaining != lines:
        removed = [line.strip() for line in lines if _ours(line)]
        removed = [line for line in removed if not line.startswith("#")]
        if any(line.strip() for line in remaining):
            write_atomic(attributes, _join(remaining).encode("utf-8"))
            done += [f"removed `{line}` from {attributes}" for line in removed]
        else:
            attributes.unlink()
            done.append(f"removed {attributes}, which held nothing else")
    for key in TEMPLATES:
        current = git.config_get(root, key)
        if current is None:
            continue
        if not _set_by_setup(key, current):
            kept.append(f"kept {key} = {current!r}: it was not set by drafter git-setup")
            continue
        git.config_unset(root, key)
        done.append(f"removed {key}")
    for section in SECTIONS:
        if git.config_section_empty(root, section):
            git.config_remove_section(root, section)
    return Outcome(done, kept)


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except UnicodeDecodeError:
        raise git.GitError(
            f"{path} is not UTF-8 text; fix it in an editor, then try again"
        ) from None
    except OSError as exc:
        raise git.GitError(f"cannot read {path}: {exc.strerror or exc}") from None


def _join(lines: list[str]) -> str:
    return "".join(f"{line}\n" for line in lines)
