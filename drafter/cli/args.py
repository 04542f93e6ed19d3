"""Argument types shared by the commands, with messages in plain words."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from drafter.dates import parse_date


def date_arg(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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
