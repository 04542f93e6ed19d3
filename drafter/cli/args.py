"""Argument types shared by the commands, with messages in plain words."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import NoReturn

from drafter.dates import parse_date


class Parser(argparse.ArgumentParser):
    """argparse's parser, with its own errors shown as every line drafter prints is
    (drafter.cli.output.say): the argument it quotes, such as a file name given one
    too many, may hold an escape sequence. A usage that runs to several lines of
    options is cut to the command and its arguments, so that the mistake is not
    buried under it."""

    def error(self, message: str) -> NoReturn:
        from drafter.safe_text import visible

        usage = self.format_usage()
        if usage.count("\n") > 2:
            formatter = self._get_formatter()
            arguments = [action for action in self._actions if not action.option_strings]
            formatter.add_usage(None, arguments, [], prefix="")
            listed = formatter.format_help().strip()
            usage = f"usage: {self.prog} [options] {listed.removeprefix(self.prog).strip()}"
            usage += f" (`{self.prog} --help` lists them)\n"
        self.exit(2, visible(f"{usage}{self.prog}: error: {message}\n"))


def date_arg(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def line_arg(text: str) -> str:
    """A one-line value typed on the command line (a name, a title): refused when it
    holds a control character, a tab or a line end (argparse names the option)."""
    return _plain(text, one_line=True)


def lines_arg(text: str) -> str:
    """A value that may run to several lines (a note): tabs and line ends are kept,
    other control characters refused."""
    return _plain(text, one_line=False)


def _plain(text: str, *, one_line: bool) -> str:
    # The draft would keep such a character and `drafter check` report it later; an
    # escape sequence or a right-to-left override has no place in a response.
    from drafter.safe_text import unsafe_characters

    found = unsafe_characters(text, one_line=one_line)
    if found:
        what = "control characters" if len(found) > 1 else "a control character"
        raise argparse.ArgumentTypeError(
            f"holds {what} ({', '.join(found)}) that a terminal would act upon; type the "
            "value again without it (such characters are often pasted in unseen)"
        )
    return text


def draft_arg(text: str) -> Path:
    return Path(text)


def add_today(
    parser: argparse.ArgumentParser,
    what: str = "count days to the deadline from DATE instead of today",
) -> None:
    parser.add_argument("--today", type=date_arg, metavar="DATE", help=what)


def add_profile(parser: argparse.ArgumentParser, what: str) -> None:
    """--profile FILE: an office profile named rather than found (docs/profile.md)."""
    parser.add_argument("--profile", type=Path, metavar="FILE", help=what)


def add_draft_paths(parser: argparse.ArgumentParser) -> None:
    """The PATH arguments of the commands that look across many drafts."""
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        default=[Path("drafts")],
        metavar="PATH",
        help="draft files, or folders to search for them (default: drafts)",
    )
