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

  - adds `*.toml diff=drafter merge=drafter` to the repository's .gitattributes
    (commit it, so everyone who clones the repository gets it);
  - sets diff.drafter.textconv ("drafter textconv"), diff.drafter.cachetextconv
    and diff.drafter.xfuncname, and merge.drafter.driver ("drafter merge %O %A
    %B --path %P") and merge.drafter.name, in the repository's own git config
    (each clone runs git-setup once; git never copies config).

git runs `drafter textconv` and `drafter merge`, so drafter must be on PATH
where git runs.
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
    import shutil
    import sys

    from drafter.git import integration, repo

    root = repo.repository_root(args.repo)
    outcome = integration.undo(root) if args.undo else integration.setup(root)
    for line in outcome.done:
        print(line)
    for line in outcome.kept:
        print(line)
    if not outcome.done:
        print("nothing to do: " + ("git-setup is not in place" if args.undo else "already set up"))
    if not args.undo and shutil.which("drafter") is None:
        print(
            "drafter: warning: git runs `drafter textconv` and `drafter merge`, but drafter is "
            "not on PATH here; git diff and git merge will fail on drafts until it is "
            "(activate drafter's virtual environment, or add its bin folder to PATH)",
            file=sys.stderr,
        )
    return ExitStatus.OK
