"""Teaching a repository to show drafts as text in ``git diff`` and to merge them by field.

Two places change: one line in the repository's .gitattributes (shared with
everyone who clones it) and the ``diff.drafter`` and ``merge.drafter`` sections of
the repository's own git config (local to this clone; git never copies config).
``undo`` takes out exactly what ``setup`` put in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.git import repo as git
from drafter.store import write_atomic

ATTRIBUTE = "*.toml diff=drafter merge=drafter"
ATTRIBUTE_COMMENT = "# drafts show in git diff as text and merge field by field (drafter git-setup)"
#: What earlier versions of git-setup wrote: replaced by setup, removed by undo.
OLD_ATTRIBUTES = (
    "*.toml diff=drafter",
    "# drafts show in git diff as text, one sentence a line (drafter git-setup)",
)
SECTIONS = ("diff.drafter", "merge.drafter")
#: How git runs drafter: textconv and the merge driver share it, so that both
#: change together wherever drafter is found.
COMMAND = "drafter"
#: The command git runs with a file's path appended, and the other settings.
SETTINGS = {
    "diff.drafter.textconv": f"{COMMAND} textconv",
    # git keeps the text of each committed version, so `git log -p` stays quick.
    "diff.drafter.cachetextconv": "true",
    # Hunk headers name the finding, from the headings `drafter textconv` writes.
    "diff.drafter.xfuncname": "^== .* ==$",
    # git's merge-driver form: base, ours (written with the result), theirs, the path.
    "merge.drafter.name": "drafter: merge drafts field by field",
    "merge.drafter.driver": f"{COMMAND} merge %O %A %B --path %P",
}


@dataclass(frozen=True)
class Outcome:
    #: What was changed, one line each, for the user; empty when nothing needed doing.
    done: list[str]
    #: What was left alone on purpose, and why.
    kept: list[str]


def setup(root: Path) -> Outcome:
    done, kept = [], []
    attributes = root / ".gitattributes"
    lines = _lines(attributes)
    if ATTRIBUTE not in (line.strip() for line in lines):
        older = [line for line in lines if line.strip() not in OLD_ATTRIBUTES]
        write_atomic(attributes, _join([*older, ATTRIBUTE_COMMENT, ATTRIBUTE]).encode("utf-8"))
        replaced = " (in place of `*.toml diff=drafter`)" if older != lines else ""
        done.append(f"added `{ATTRIBUTE}` to {attributes}{replaced}")
    for key, value in SETTINGS.items():
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
    ours = (ATTRIBUTE, ATTRIBUTE_COMMENT, *OLD_ATTRIBUTES)
    remaining = [line for line in lines if line.strip() not in ours]
    if remaining != lines:
        if any(line.strip() for line in remaining):
            write_atomic(attributes, _join(remaining).encode("utf-8"))
            done.append(f"removed `{ATTRIBUTE}` from {attributes}")
        else:
            attributes.unlink()
            done.append(f"removed {attributes}, which held nothing else")
    for key, value in SETTINGS.items():
        current = git.config_get(root, key)
        if current is None:
            continue
        if current != value:
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
