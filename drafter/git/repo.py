"""The few git operations drafter needs, through the git program itself.

Every failure becomes a GitError saying what to do: git not installed, a path
outside any repository, a revision or file git does not know.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from drafter.errors import DrafterError


class GitError(DrafterError):
    """git is missing, or refused what drafter asked of it."""


def run_git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``git ARGS`` in ``cwd``; the caller decides what a non-zero status means."""
    try:
        return subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
        )
    except FileNotFoundError:
        raise GitError(
            "git is not installed (or not on PATH); install git to use this command"
        ) from None
    except NotADirectoryError:
        raise GitError(f"{cwd} is not a folder") from None


def repository_root(path: Path) -> Path:
    """The top folder of the repository holding ``path`` (a file or a folder)."""
    folder = path if path.is_dir() else path.parent
    folder = folder if str(folder) else Path(".")
    if not folder.exists():
        raise GitError(f"{path}: the folder {folder} does not exist")
    result = run_git(["rev-parse", "--show-toplevel"], folder)
    if result.returncode != 0:
        raise GitError(
            f"{path} is not in a git repository; run this inside the repository that "
            "holds your drafts (or create one with `git init`)"
        )
    return Path(result.stdout.strip())


def show_file(path: Path, revision: str) -> str:
    """The text of ``path`` as it was committed in ``revision``."""
    repository_root(path)  # a clear message when there is no repository at all
    folder = path.parent if str(path.parent) else Path(".")
    if not revision or revision.startswith("-"):
        raise GitError(f"{revision!r} is not a git revision")
    verify = run_git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], folder)
    if verify.returncode != 0:
        raise GitError(
            f"git knows no revision {revision!r} in this repository; "
            "give a commit, branch or tag (see `git log`)"
        )
    result = run_git(["show", f"{revision}:./{path.name}"], folder)
    if result.returncode != 0:
        raise GitError(
            f"{path} is not in revision {revision!r}: it was added later, or moved; "
            "check with `git log --follow -- FILE`"
        )
    return result.stdout


def config_get(root: Path, key: str) -> str | None:
    result = run_git(["config", "--local", "--get", key], root)
    return result.stdout.rstrip("\n") if result.returncode == 0 else None


def config_set(root: Path, key: str, value: str) -> None:
    result = run_git(["config", "--local", key, value], root)
    if result.returncode != 0:
        raise GitError(
            f"could not set {key} in the repository's git config: {result.stderr.strip()}"
        )


def config_unset(root: Path, key: str) -> None:
    result = run_git(["config", "--local", "--unset-all", key], root)
    # Status 5: the key was not set, which is what was wanted anyway.
    if result.returncode not in (0, 5):
        raise GitError(
            f"could not remove {key} from the repository's git config: {result.stderr.strip()}"
        )


def config_section_empty(root: Path, section: str) -> bool:
    prefix = section.replace(".", r"\.")
    result = run_git(["config", "--local", "--get-regexp", f"^{prefix}\\."], root)
    return result.returncode != 0 or not result.stdout.strip()


def config_remove_section(root: Path, section: str) -> None:
    # Status 128 with "no such section" is fine: there was nothing left to remove.
    run_git(["config", "--local", "--remove-section", section], root)
