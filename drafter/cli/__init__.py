"""The ``drafter`` command line: one module per command under ``drafter.cli.commands``.

Each command module defines ``HELP`` (one line), ``configure(parser)`` and
``run(args) -> int``, and imports anything heavy (Textual, python-docx, WeasyPrint)
inside ``run`` only. COMMANDS below is the one list of commands: a new command is a
module plus a line there. To start fast, ``drafter COMMAND`` imports that command's
module alone; only ``drafter --help`` and mistakes import them all.

A command parses and checks its arguments, calls one use case in drafter.actions,
and prints the result; cli/messages.py words the use cases' typed errors.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from drafter import __version__
from drafter.cli import commands as _commands
from drafter.cli.args import Parser
from drafter.errors import DrafterError, ExitStatus

#: Every command: its name -> its module under drafter.cli.commands, in the order
#: ``drafter --help`` lists them (the order of the work).
COMMANDS = {
    "new": "new",
    "import": "import_",
    "edit": "edit",
    "render": "render",
    "check": "check",
    "diff": "diff",
    "fmt": "fmt",
    "sign": "sign",
    "publish": "publish",
    "progress": "progress",
    "status": "status",
    "actions": "actions",
    "merge": "merge",
    "git-setup": "git_setup",
    "completion": "completion",
    "textconv": "textconv",
}


def command_names() -> dict[str, str]:
    """Command name -> full module name, in ``--help`` order."""
    return {name: f"{_commands.__name__}.{module}" for name, module in COMMANDS.items()}


def command_modules(only: str | None = None) -> dict[str, ModuleType]:
    """Every command's module (or the one named ``only``), imported."""
    return {
        name: importlib.import_module(module)
        for name, module in command_names().items()
        if only is None or name == only
    }


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser for every command, or for the command ``only`` alone (faster)."""
    parser = Parser(
        prog="drafter",
        description=(
            "Write the statutory response to an HMICFRS inspection report. "
            "Run a command with --help for its options."
        ),
    )
    parser.add_argument("-V", "--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in command_modules(only).items():
        command = sub.add_parser(
            name,
            help=module.HELP,
            description=getattr(module, "DESCRIPTION", module.HELP),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.configure(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _show_what_the_terminal_can()
    argv = list(sys.argv[1:] if argv is None else argv)
    default = getattr(_commands, "DEFAULT", None)
    names = command_names()
    if argv and argv[0] in names:
        chosen: str | None = argv[0]
    elif not argv and default:
        chosen, argv = default, [default]
    else:
        chosen = None
    parser = build_parser(chosen)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return ExitStatus.OK
    try:
        return int(args.run(args) or 0)
    except DrafterError as error:
        from drafter.cli.messages import worded
        from drafter.cli.output import say

        say(f"drafter: {worded(error)}", err=True)
        return error.exit_status
    except KeyboardInterrupt:
        print("drafter: interrupted", file=sys.stderr)
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        # The reader (``| head``) went away: not an error worth a message.
        sys.stderr.close()
        return ExitStatus.OK
    except Exception as error:
        from drafter.cli.crash import report_crash

        report_crash(error)
        return ExitStatus.INTERNAL


def _show_what_the_terminal_can() -> None:
    """On a terminal that is not UTF-8 (a Latin-1 locale, PYTHONIOENCODING=ascii), a
    character it cannot show is printed as "?": every PEEL title has an en dash, and
    a UnicodeEncodeError stopped status, check and render at the first. Files are
    written in UTF-8 whatever the terminal."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            # a stream already closed, or not a text file: nothing to show on
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="replace")
