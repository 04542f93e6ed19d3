"""drafter diff: what changed between two versions of a draft, finding by finding."""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter.cli.args import draft_arg
from drafter.errors import ExitStatus, UsageError

HELP = "show what changed between two versions of a draft"
DESCRIPTION = """\
Compare two versions of a draft finding by finding (matched by kind and
HMICFRS's number, not by position): decisions changed, responses changed word by
word, findings added or removed, comments and details changed, sign-offs.

Give two files, or one file and git revisions: --from REV compares the file as
committed in REV with the file as it is now (or as committed in --to REV).

exit status: 0 the drafts are the same, 1 they differ, 2 bad input.

examples:
  drafter diff old.toml new.toml
  drafter diff drafts/kent-peel-2025.toml --from HEAD
  drafter diff drafts/kent-peel-2025.toml --from v1 --to v2 --format json
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "drafts",
        nargs="+",
        type=draft_arg,
        metavar="DRAFT",
        help="OLD NEW, or one DRAFT with --from",
    )
    parser.add_argument(
        "--from",
        dest="rev_from",
        metavar="REV",
        help="compare with the draft as committed in git revision REV (e.g. HEAD, main, a1b2c3d)",
    )
    parser.add_argument(
        "--to",
        dest="rev_to",
        metavar="REV",
        help="with --from: the newer revision (default: the file as it is now)",
    )
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text for people (default), json for tools (shape in docs/review.md)",
    )
    parser.add_argument(
        "--colour",
        "--color",
        dest="colour",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the text: auto (on a terminal, unless NO_COLOR is set), always, never",
    )


def _versions(args: argparse.Namespace) -> tuple[tuple[str, str], tuple[str, str]]:
    """The (label, text) of the old and the new version."""
    from drafter import store
    from drafter.git import repo as git

    paths: list[Path] = args.drafts
    if args.rev_from is None:
        if args.rev_to is not None:
            raise UsageError("--to needs --from: give the older revision too")
        if len(paths) != 2:
            raise UsageError("give two drafts to compare (OLD NEW), or one draft with --from REV")
        return (str(paths[0]), store.read_text(paths[0])), (
            str(paths[1]),
            store.read_text(paths[1]),
        )
    if len(paths) != 1:
        raise UsageError("with --from, give one draft: the file whose history to compare")
    path = paths[0]
    old = (f"{path}@{args.rev_from}", git.show_file(path, args.rev_from))
    if args.rev_to is None:
        new = (str(path), store.read_text(path))
    else:
        new = (f"{path}@{args.rev_to}", git.show_file(path, args.rev_to))
    return old, new


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    from drafter import store
    from drafter.review.diff import diff_drafts, diff_json
    from drafter.review.diff_text import format_diff, use_colour

    (old_label, old_text), (new_label, new_text) = _versions(args)
    old = store.loads(old_text, old_label)
    new = store.loads(new_text, new_label)
    changes = diff_drafts(old, new)
    if args.format == "json":
        sys.stdout.write(
            json.dumps(diff_json(old_label, new_label, changes), indent=2, ensure_ascii=False)
            + "\n"
        )
    else:
        colour = use_colour(args.colour, sys.stdout)
        sys.stdout.write(format_diff(old_label, new_label, changes, colour=colour))
    return ExitStatus.DIFFERENT if changes else ExitStatus.OK
