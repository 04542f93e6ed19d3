"""drafter completion: the shell's tab completion for drafter, printed for the shell to load."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "print tab completion for bash, zsh or tcsh"
DESCRIPTION = """\
Print a script that makes the shell complete drafter's commands, options, formats
and file names. Load it once per shell, or save it where the shell looks:

examples:
  eval "$(drafter completion bash)"          # this bash session
  drafter completion bash > ~/.local/share/bash-completion/completions/drafter
  drafter completion zsh > ~/.zfunc/_drafter  # with fpath+=(~/.zfunc) in ~/.zshrc
  drafter completion tcsh > ~/.drafter.tcsh   # then: source ~/.drafter.tcsh
"""

SHELLS = ("bash", "zsh", "tcsh")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=SHELLS, help="the shell: " + ", ".join(SHELLS))


def run(args: argparse.Namespace) -> int:
    import shtab

    from drafter.cli import build_parser
    from drafter.cli.args import draft_arg
    from drafter.errors import ExitStatus

    parser = build_parser()
    _files_complete_as_files(parser, shtab, draft_arg)
    print(shtab.complete(parser, shell=args.shell), end="")
    return ExitStatus.OK


def _files_complete_as_files(parser: argparse.ArgumentParser, shtab, draft_arg) -> None:  # type: ignore[no-untyped-def]
    """Every argument that takes a path (a draft, -o FILE, --templates DIR) completes
    file names; shtab cannot tell that from argparse alone."""
    for action in parser._actions:  # argparse keeps no public list of them
        if action.type in (Path, draft_arg):
            action.complete = shtab.DIRECTORY if action.metavar == "DIR" else shtab.FILE  # type: ignore[attr-defined]
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _files_complete_as_files(sub, shtab, draft_arg)
