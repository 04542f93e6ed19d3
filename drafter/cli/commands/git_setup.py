"""drafter git-setup: make `git diff` show drafts as text, one sentence a line."""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter.errors import ExitStatus

HELP = "make git show drafts as readable text and merge them field by field"
DESCRIPTION = """\
Set up the git repository holding the current folder (or --repo DIR) so that
`git diff`, `git show` and `git log -p` show each draft as text, one sentence a
line, with a heading for each finding, instead of raw TOML, and so that `git
merge` (and pull, rebase, cherry-pick) joins drafts field by field:

  - adds `drafts/**/*.toml diff=drafter merge=drafter` to the repository's
    .gitattributes, a line for each drafts folder the office profile names
    (`drafts = ["drafts", "archive/2025"]` in drafter.toml); other .toml files
    are left alone. Commit it, so everyone who clones the repository gets it;
  - sets diff.drafter.textconv, diff.drafter.cachetextconv and
    diff.drafter.xfuncname, and merge.drafter.driver and merge.drafter.name, in
    the repository's own git config (each clone runs git-setup once; git never
    copies config).

The config records how to run this drafter (its Python with `-m drafter`), so git
diff and git merge work where drafter is not on PATH: a GUI client, an IDE. Run
git-setup again after moving drafter's virtual environment.
Running it again changes nothing; --undo removes exactly what it added.
`git diff --no-textconv` shows the raw TOML at any time.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--repo",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="a folder inside the repository (default: the current folder)",
    )
    parser.add_argument("--undo", action="store_true", help="remove what git-setup added")


def run(args: argparse.Namespace) -> int:
    from drafter.cli.output import say
    from drafter.git import integration, repo
    from drafter.profile import office_profile

    root = repo.repository_root(args.repo)
    if args.undo:
        outcome = integration.undo(root)
    else:
        folders = office_profile(root).drafts or integration.DEFAULT_FOLDERS
        outcome = integration.setup(root, folders)
    for line in [*outcome.done, *outcome.kept]:
        say(line)
    if not outcome.done:
        say("nothing to do: " + ("git-setup is not in place" if args.undo else "already set up"))
    return ExitStatus.OK
