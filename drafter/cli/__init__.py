"""The ``drafter`` command line: one module per command under ``drafter.cli.commands``.

Each command module defines ``HELP`` (one line), ``configure(parser)`` and
``run(args) -> int``, and imports anything heavy (Textual, python-docx, WeasyPrint)
inside ``run`` only: building the parser imports every command module, and commands
that do not need those libraries must start fast.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from drafter import __version__
from drafter.cli import commands as _commands
from drafter.errors import EXIT_INTERNAL, DrafterError

#: The order commands are listed in ``drafter --help``: the order of the work.
PREFERRED_ORDER = [
    "new", "import", "edit", "render", "check", "diff", "fmt",
    "sign", "publish", "status", "git-setup",
]  # fmt: skip


def command_modules() -> dict[str, ModuleType]:
    found = {}
    for info in pkgutil.iter_modules(_commands.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{_commands.__name__}.{info.name}")
        found[getattr(module, "NAME", info.name.replace("_", "-"))] = module
    rank = {name: i for i, name in enumerate(PREFERRED_ORDER)}
    return dict(sorted(found.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter",
        description=(
            "Write the statutory response to an HMICFRS inspection report. "
            "Run a command with --help for its options."
        ),
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in command_modules().items():
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
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        default = getattr(_commands, "DEFAULT", None)
        if default is None:
            parser.print_help()
            return 0
        args = parser.parse_args([default, *(argv or [])])
    try:
        return int(args.run(args) or 0)
    except DrafterError as error:
        print(f"drafter: {error}", file=sys.stderr)
        return error.exit_status
    except KeyboardInterrupt:
        print("drafter: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``| head``) went away: not an error worth a message.
        sys.stderr.close()
        return 0
    except Exception as error:
        from drafter.cli.crash import report_crash

        report_crash(error)
        return EXIT_INTERNAL
