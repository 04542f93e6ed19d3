"""Merge three versions of a draft into one file: what git's merge driver runs.

``drafter merge BASE OURS THEIRS`` is git's merge-driver form (``%O %A %B``): the
result is written to OURS. Drafts are joined field by field
(drafter.review.merge); a conflict stays in the draft as a [[conflicts]] table, so
the file still loads everywhere. A version that is not a readable draft (a file
someone broke by hand) cannot be merged field by field: git's own line merge is
used instead, as before drafts had a driver, and the result says why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter import store
from drafter.actions.change import change_draft
from drafter.errors import DraftError
from drafter.git import repo as git
from drafter.model import Conflict, Draft
from drafter.review.merge import merge_drafts


@dataclass(frozen=True)
class MergeOutcome:
    #: The file written: OURS.
    path: Path
    #: The unresolved conflicts the draft now holds (this merge's and any earlier).
    conflicts: list[Conflict] = field(default_factory=list)
    #: Why the line merge was used instead (a version was not a readable draft); else None.
    not_a_draft: DraftError | None = None
    #: With the line merge: the number of places git marked with <<<<<<< lines.
    line_conflicts: int = 0
    #: Lines (from 1) of TOML comments in OURS that the merged draft no longer has.
    dropped_comments: list[int] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts and not self.line_conflicts


def merge(base: Path, ours: Path, theirs: Path, *, name: str | None = None) -> MergeOutcome:
    """Merge ``theirs`` into ``ours`` (changes since ``base``), writing ``ours``.

    ``name`` is how messages name the draft (git's ``%P``: its path in the
    repository); the three files are git's temporary copies. An empty BASE (git
    gives one when both sides added the file) merges with no common version.
    """
    label = name or str(ours)
    texts = [store.read_text(Path(p)) for p in (base, ours, theirs)]
    try:
        drafts = [
            _parse(text, f"{label} ({side})")
            for text, side in zip(texts, ("common version", "ours", "theirs"), strict=True)
        ]
    except DraftError as error:
        return MergeOutcome(
            Path(ours),
            not_a_draft=error,
            line_conflicts=line_merge(Path(base), Path(ours), Path(theirs), label),
        )
    other = drafts[2]
    assert other is not None
    found: list[Conflict] = []

    def join(mine: Draft) -> Draft:
        merged = merge_drafts(drafts[0], mine, other).draft
        found[:] = merged.conflicts
        return merged

    # The one read-change-save path, holding the draft's lock: run by hand on a draft
    # the editor is saving, the merge waits for it and joins what it wrote.
    changed = change_draft(ours, join, purpose="a merge")
    return MergeOutcome(Path(ours), found, dropped_comments=changed.dropped_comments)


@dataclass(frozen=True)
class DiskMerge:
    """The editor's Merge: its unsaved edits joined with the file as it now is on disk."""

    draft: Draft
    #: The conflicts this merge found: ours are the unsaved edits, theirs the disk's.
    conflicts: list[Conflict]
    #: The file's text as merged with: the base of the next merge.
    disk_text: str


def merge_disk(path: Path, saved_text: str, mine: Draft) -> DiskMerge:
    """Join ``mine`` (unsaved edits to ``saved_text``) with the draft on disk at ``path``.

    Raises DraftError when the file on disk is not a readable draft: there is
    nothing to merge with, and the editor says so.
    """
    disk_text = store.read_text(path)
    theirs = store.loads(disk_text, path)
    merged = merge_drafts(store.loads(saved_text, path), mine, theirs)
    return DiskMerge(merged.draft, merged.conflicts, disk_text)


def _parse(text: str, label: str) -> Draft | None:
    if not text.strip() and label.endswith("(common version)"):
        return None
    return store.loads(text, label)


def line_merge(base: Path, ours: Path, theirs: Path, label: str) -> int:
    """git's own line merge, in place in ``ours``; the number of conflicts it marked."""
    result = git.run_git(
        [
            "merge-file",
            "-L",
            f"{label} (ours)",
            "-L",
            f"{label} (common version)",
            "-L",
            f"{label} (theirs)",
            str(Path(ours).resolve()),
            str(Path(base).resolve()),
            str(Path(theirs).resolve()),
        ],
        Path(ours).resolve().parent,
    )
    if result.returncode < 0 or result.returncode > 127:
        raise git.GitError(f"git merge-file failed on {label}: {result.stderr.strip()}")
    return result.returncode
