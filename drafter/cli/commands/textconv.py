"""drafter textconv: a draft as text, one sentence a line (what `git diff` shows)."""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter.errors import ExitStatus

HELP = "print a draft as text, one sentence a line (git diff runs this)"
DESCRIPTION = """\
Print a draft as plain text with one sentence a line and a heading for each
finding. `drafter git-setup` tells git to run this for every version of a draft
it shows, so `git diff` and `git log -p` show changed sentences and decisions
instead of changed TOML. A file that is not a valid draft is printed unchanged.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="a draft file (.toml)")


def run(args: argparse.Namespace) -> int:
    import sys

    from drafter.review.textconv import textconv
    from drafter.store import read_regular

    data = read_regular(
        args.file,
        missing="cannot be read: no such file; check the path (git runs `drafter textconv "
        "FILE` for each version of a .toml file it shows)",
    )
    sys.stdout.buffer.write(textconv(data))
    sys.stdout.buffer.flush()
    return ExitStatus.OK
