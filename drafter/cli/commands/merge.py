"""drafter merge: join two edited versions of a draft field by field (git's merge driver)."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "merge two edited versions of a draft field by field (git runs this)"
DESCRIPTION = """\
Merge the changes made in THEIRS since BASE into OURS, field by field, and write
the result to OURS. This is git's merge-driver form: `drafter git-setup` tells
git to run `drafter merge %O %A %B --path %P` for every draft it merges.

Edits to different fields merge cleanly, even within one finding; findings are
matched by kind and number, never by position; a finding added on one side is
kept. A field both sides changed differently keeps our version, and the other is
kept beside it in a [[conflicts]] table: the draft still loads everywhere,
`drafter check` lists each conflict, and `drafter edit` shows both versions to
choose from (F4). The exit status is 0 for a clean merge and 1 when a conflict is
left, which tells git to stop the merge there.

A version that is not a readable draft is merged line by line, as git does
without this driver, and the message says which file is at fault.

examples:
  drafter merge base.toml mine.toml theirs.toml
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("base", type=Path, metavar="BASE", help="the version both started from")
    parser.add_argument(
        "ours", type=Path, metavar="OURS", help="our version; the result is written here"
    )
    parser.add_argument("theirs", type=Path, metavar="THEIRS", help="their version")
    parser.add_argument(
        "--path",
        metavar="NAME",
        help="the draft's name in messages (git gives its path in the repository)",
    )


def run(args: argparse.Namespace) -> int:
    from drafter.actions.merge import merge
    from drafter.cli.output import say
    from drafter.errors import ExitStatus
    from drafter.store.comments import not_kept

    outcome = merge(args.base, args.ours, args.theirs, name=args.path)
    name = args.path or str(args.ours)
    if outcome.not_a_draft is not None:
        say(
            f"drafter merge: {outcome.not_a_draft}\n"
            f"drafter merge: {name} was merged line by line instead, as git does without "
            "drafter; fix the file, then check it with `drafter check`",
            err=True,
        )
        if outcome.line_conflicts:
            say(
                f"drafter merge: {name}: {outcome.line_conflicts} place(s) marked with "
                "<<<<<<< lines; edit them out by hand",
                err=True,
            )
        return ExitStatus.CONFLICT if outcome.line_conflicts else ExitStatus.OK
    if outcome.dropped_comments:
        say(f"drafter merge: {name}: {not_kept(outcome.dropped_comments)}", err=True)
    if outcome.clean:
        say(f"drafter merge: {name}: merged field by field, no conflicts", err=True)
        return ExitStatus.OK
    count = len(outcome.conflicts)
    listed = "".join(f"\n  {c.title}" for c in outcome.conflicts)
    say(
        f"drafter merge: {name}: {count} conflict{'s' if count != 1 else ''}: the draft "
        "keeps our version and, in its [[conflicts]], theirs (list them with "
        f"`drafter check {name}`; choose in `drafter edit {name}`, F4):{listed}",
        err=True,
    )
    return ExitStatus.CONFLICT
