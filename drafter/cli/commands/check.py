"""drafter check: validate drafts and list what stands between each and sign-off."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.cli.args import add_today, draft_arg
from drafter.errors import DrafterError, ExitStatus

if TYPE_CHECKING:
    from drafter.check import Problem
    from drafter.model import Draft

HELP = "validate drafts and list what stands before sign-off"
DESCRIPTION = """\
Validate each draft, then list what stands between it and sign-off: undecided
findings, decisions without the response the law asks for (s.55(5B)), empty
comments, noted groups without a statement, and in an action plan an accepted
finding without its owner or target date (in other layouts, a note); and the
statutory deadline (56 days beginning with the report's publication day).

With --spelling, also check the spelling (British English) and house style of the
office's own prose, naming each problem's field and line, and give word counts and
a readability score.

exit status: 0 every draft is ready, 1 some draft is not ready (or, with
--spelling, has a spelling or style problem), 2 some draft is invalid.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("drafts", nargs="+", type=draft_arg, metavar="DRAFT", help="draft files")
    add_today(parser)
    parser.add_argument(
        "--spelling",
        action="store_true",
        help="also check spelling and house style, with word counts and readability",
    )


def run(args: argparse.Namespace) -> int:
    from drafter import store
    from drafter.check import check
    from drafter.cli.output import say
    from drafter.workflow.signoff import standing

    if args.spelling:
        from drafter.spelling.dictionary import preload

        preload()  # Hunspell reads the dictionary while the drafts load and are checked
    today = args.today or dt.date.today()
    status = ExitStatus.OK
    for path in args.drafts:
        try:
            draft = store.load(path)
        except DrafterError as error:
            say(f"drafter: {error}", err=True)
            status = max(status, ExitStatus.INVALID)
            continue
        readiness = check(draft, today)
        say(f"{path}: {standing(draft, readiness)}")
        if not readiness.ready:
            status = max(status, ExitStatus.NOT_READY)
            for problem in readiness.problems:
                say(f"  {problem.field}: {problem_text(problem)}")
        for notice in readiness.notices:  # worth a look, no bar to sign-off: a warning
            say(f"drafter: note: {path}: {notice.field}: {notice.message}", err=True)
        if args.spelling:
            status = max(status, _spelling(path, draft))
    return status


def _spelling(path: Path, draft: Draft) -> int:
    """Print the spelling and style problems, word counts and readability of one draft."""
    from drafter.cli.output import say
    from drafter.profile import office_profile
    from drafter.spelling import check_spelling, summarise
    from drafter.spelling.readability import ease_band

    # The summary first: it needs no dictionary, so a preloaded one has longer to open.
    summary = summarise(draft)
    problems = check_spelling(draft, office_profile(path).words)
    count = len(problems)
    if problems:
        say(f"{path}: {count} spelling or style problem{'s' if count != 1 else ''}")
    else:
        say(f"{path}: no spelling or style problems")
    for problem in problems:
        say(f"  {problem.field}, line {problem.line}: {problem.message}")
    parts = ", ".join(f"{c.label} {c.words}" for c in summary.counts)
    say(f"  words: {summary.total} in all ({parts})" if parts else "  words: none yet")
    if summary.reading_ease is not None:
        score = summary.reading_ease
        say(f"  readability: Flesch reading ease {score:.1f} ({ease_band(score)})")
    return ExitStatus.NOT_READY if problems else ExitStatus.OK


def problem_text(problem: Problem) -> str:
    """A problem as the command line tells it: a stale signature says how to sign again."""
    if problem.signer:
        from drafter.cli.messages import sign_hint

        return f"{problem.message} with {sign_hint(problem.signer)}"
    return problem.message
