"""An accepted finding says who will act and by when (design/domain.md: "Accept: the
force will act; the response says what, who owns it, by when").

Found by last session's adversary: an accepted recommendation with no owner and no
target date passed `drafter check` and could be signed and published. The owner and
target fields are the action plan's (design/draft-format.md: "for action plans an
owner and a target date"): there, missing ones bar sign-off; in the other layouts,
where the narrative may say who and when, check notes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from conftest import EXAMPLES

from drafter import store
from drafter.check import check
from drafter.model import Decision, Draft, FindingKind, Workflow

Cli = Callable[..., Any]


def _unowned(path: Path, layout: str) -> Draft:
    """The reference, unsigned, its accepted recommendation without owner or target."""
    draft = store.load(path)
    findings = list(draft.findings)
    findings[0] = replace(findings[0], owner="", target=None)
    return replace(
        draft,
        report=replace(draft.report, findings=findings),
        response=replace(draft.response, layout=layout),
        workflow=Workflow(),
    )


def test_an_action_plan_needs_an_owner_and_a_target(wiltshire: Path, cli: Cli) -> None:
    store.save(_unowned(wiltshire, "action-plan"), wiltshire)
    result = cli("check", wiltshire, "--today", "2020-04-01")
    assert result.status == 1
    assert result.out.splitlines()[1:] == [
        "  findings[0].owner: Recommendation 1 is accepted but names no owner and no target "
        "date, which the action plan shows"
    ]
    sign = cli(
        "sign", wiltshire, "--role", "chief", "--name", "Kier Pritchard", "--date", "2020-04-01"
    )
    assert sign.status == 1


def test_elsewhere_a_missing_owner_or_target_is_noted(wiltshire: Path, cli: Cli) -> None:
    store.save(_unowned(wiltshire, "standard"), wiltshire)
    result = cli("check", wiltshire, "--today", "2020-04-01")
    assert result.status == 0
    assert (
        f"drafter: note: {wiltshire}: findings[0].owner: Recommendation 1 is accepted but "
        "names no owner and no target date, so its action cannot be tracked after "
        "publication\n"
    ) in result.err


def test_which_findings_need_them(wiltshire: Path) -> None:
    draft = _unowned(wiltshire, "action-plan")
    first = draft.findings[0]
    cases = {
        "owner only missing": (
            replace(first, target=first.target or draft.report.deadline),
            "no owner",
        ),
        "target only missing": (replace(first, owner="Head of Operations"), "no target date"),
    }
    for name, (finding, words) in cases.items():
        changed = replace(
            draft, report=replace(draft.report, findings=[finding, *draft.findings[1:]])
        )
        [problem] = [p for p in check(changed).problems if p.finding == 0]
        assert f"names {words}," in problem.message, name
    # Not accepted, noted, or a cause of concern answered through its recommendations:
    # nothing to own.
    for finding in (
        replace(first, decision=Decision.NOT_ACCEPTED),
        replace(first, decision=Decision.NOTE),
    ):
        changed = replace(
            draft, report=replace(draft.report, findings=[finding, *draft.findings[1:]])
        )
        assert not [p for p in check(changed).problems if p.field.startswith("findings[0].owner")]
    cause = replace(first, kind=FindingKind.CAUSE_OF_CONCERN, number="1")
    under = replace(
        first, number="9", cause="1", owner="Head of Operations", target=draft.report.deadline
    )
    changed = replace(
        draft, report=replace(draft.report, findings=[cause, under, *draft.findings[1:]])
    )
    assert not [p for p in check(changed).problems if p.finding in (0, 1) and "owner" in p.message]


def test_the_bundled_examples_still_pass(cli: Cli) -> None:
    for example in EXAMPLES:
        draft = store.load(example)
        owners = [p for p in check(draft).problems if "names no owner" in p.message]
        assert owners == [], example
