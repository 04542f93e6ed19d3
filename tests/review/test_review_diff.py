"""The semantic diff: findings matched by (kind, number), prose word by word, exit statuses."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path

import pytest
from conftest import NORTHMOOR, WILTSHIRE

from drafter import store
from drafter.model import Decision, Finding, FindingKind, NotedGroup, Role, SignOff
from drafter.review.diff import diff_drafts
from drafter.review.diff_text import format_diff, use_colour
from drafter.review.words import Segment, changed_lines, word_diff


@pytest.fixture(scope="module")
def base():
    return store.load(NORTHMOOR)


def summary(changes) -> list[tuple[str, str, str, str | None]]:
    return [(c.scope, c.subject, c.action, c.field) for c in changes]


def test_same_draft_has_no_changes(base) -> None:
    assert diff_drafts(base, deepcopy(base)) == []


def test_inserting_a_finding_changes_no_other(base) -> None:
    new = deepcopy(base)
    new.findings.insert(0, Finding(FindingKind.RECOMMENDATION, "9", "A new one."))
    changes = diff_drafts(base, new)
    assert summary(changes) == [("finding", "Recommendation 9", "added", None)]
    assert changes[0].new == {
        "kind": FindingKind.RECOMMENDATION,
        "number": "9",
        "cause": "",
        "addressee": "",
        "deadline": "",
        "text": "A new one.",
        "decision": None,
        "owner": "",
        "target": None,
        "status": None,
        "response": "",
    }


def test_removed_finding_stays_in_its_place(base) -> None:
    new = deepcopy(base)
    removed = new.findings.pop(2)
    [fifth] = [f for f in new.findings if f.title == "Recommendation 5"]
    fifth.decision = Decision.NOT_ACCEPTED
    assert removed.title == "Recommendation 2"
    assert summary(diff_drafts(base, new)) == [
        ("finding", "Recommendation 2", "removed", None),
        ("finding", "Recommendation 5", "changed", "decision"),
    ]


def test_same_number_of_another_kind_is_another_finding(base) -> None:
    new = deepcopy(base)
    new.findings[0].kind = FindingKind.AREA_FOR_IMPROVEMENT  # was Cause of concern 1
    new.findings[0].number = "9"
    new.findings[1].cause = new.findings[2].cause = ""
    changes = summary(diff_drafts(base, new))
    assert changes[:2] == [
        ("finding", "Cause of concern 1", "removed", None),
        ("finding", "Area for improvement 9", "added", None),
    ]


def test_reordering_is_reported_once(base) -> None:
    new = deepcopy(base)
    new.findings[1], new.findings[2] = new.findings[2], new.findings[1]
    changes = diff_drafts(base, new)
    assert summary(changes) == [("report", "Findings", "changed", "order")]
    assert changes[0].old[1:3] == ["Recommendation 1", "Recommendation 2"]
    assert changes[0].new[1:3] == ["Recommendation 2", "Recommendation 1"]


def test_details_comments_noted_groups_and_signoffs(base) -> None:
    new = deepcopy(base)
    new.report.published = dt.date(2026, 10, 17)
    new.response.force_short = "Northmoor Police"
    new.response.cc.append("Home Secretary")
    new.response.chief.comments += "\nA new paragraph."
    new.findings[1].target = dt.date(2027, 6, 30)
    new.findings[1].owner = ""
    new.response.noted[0].statement = "Changed."
    new.response.noted.append(NotedGroup("Home Office", "We note it."))
    new.workflow.signoffs.append(
        SignOff(Role.CHIEF, "Sam Okafor", dt.date(2026, 11, 1), "sha256:x")
    )
    changes = diff_drafts(base, new)
    assert summary(changes) == [
        ("report", "Report", "changed", "published"),
        ("response", "Response", "changed", "force-short"),
        ("response", "Response", "changed", "cc"),
        ("chief", "Chief Constable", "changed", "comments"),
        ("finding", "Recommendation 1", "changed", "owner"),
        ("finding", "Recommendation 1", "changed", "target"),
        ("noted", "Noted group for College of Policing", "changed", "statement"),
        ("noted", "Noted group for Home Office", "added", None),
        ("signoff", "Sign-off by the chief", "added", None),
    ]
    text = format_diff("a", "b", changes, colour=False)
    assert text.splitlines()[2:] == [
        "Report: published 16 October 2026 → 17 October 2026",
        'Response: force-short "Northmoor" → "Northmoor Police"',
        "Response: cc [HM Inspector of Constabulary (fictional recipient); Chief Constable Sam "
        "Okafor, Northmoor Constabulary (fictional)] → [HM Inspector of Constabulary (fictional "
        "recipient); Chief Constable Sam Okafor, Northmoor Constabulary (fictional); Home Secretary]",
        "Chief Constable: comments changed:",
        "    … out why, and what we will do instead.{+¶+}",
        "    {+A new paragraph.+}",
        'Recommendation 1: owner "Chief Superintendent, Contact Management" → (none)',
        "Recommendation 1: target 31 March 2027 → 30 June 2027",
        "Noted group for College of Policing: statement changed:",
        "    [-The force notes the recommendations to the College of Policing and will adopt "
        "the guidance as soon as it is published.-]{+Changed.+}",
        "Noted group for Home Office: added",
        "Sign-off by the chief: added (Sam Okafor, 1 November 2026)",
        "9 changes",
    ]


def test_word_diff_one_word() -> None:
    assert word_diff("We will review it.", "We will revise it.") == [
        Segment("=", "We will "),
        Segment("-", "review"),
        Segment("+", "revise"),
        Segment("=", " it."),
    ]


def test_word_diff_folds_stray_matches_into_a_rewrite() -> None:
    old = "The force will buy new radios for the control room."
    new = "Officers asked for the training first, as the board agreed."
    assert word_diff(old, new) == [Segment("-", old), Segment("+", new)]


def test_changed_lines_trim_long_context_and_mark_paragraph_breaks() -> None:
    words = " ".join(f"w{i}" for i in range(30))
    old = f"{words} old {words}\nSecond paragraph."
    new = f"{words} new {words}"
    lines = changed_lines(word_diff(old, new), context=3)
    assert lines == [
        [
            Segment("=", "… w27 w28 w29 "),
            Segment("-", "old"),
            Segment("+", "new"),
            # Context on both sides of the removed paragraph break, too.
            Segment("=", " w0 w1 w2 … w27 w28 w29"),
            Segment("-", "¶"),
        ],
        [Segment("-", "Second paragraph.")],
    ]


def test_colour_only_when_asked_or_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    class Pipe:
        def isatty(self) -> bool:
            return False

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_colour("auto", Terminal())
    assert not use_colour("auto", Pipe())
    assert not use_colour("never", Terminal())
    assert use_colour("always", Pipe())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour("auto", Terminal())
    assert use_colour("always", Pipe())


def test_cli_two_files_text_json_and_colour(tmp_path: Path, cli: Callable) -> None:
    old = tmp_path / "old.toml"
    new = tmp_path / "new.toml"
    draft = store.load(WILTSHIRE)
    store.save(draft, old)
    draft.findings[1].decision = Decision.ACCEPT
    draft.findings[1].response = "We will act."
    store.save(draft, new)

    plain = cli("diff", old, new)
    assert plain.status == 1
    # The reference response is published: changed, it is back in review.
    assert plain.out == (
        f"--- {old}\n+++ {new}\n"
        "Recommendation 2: decision Noted → Accepted\n"
        "Recommendation 2: response changed:\n"
        "    {+We will act.+}\n"
        "Workflow: status published → in-review\n"
        "3 changes\n"
    )
    coloured = cli("diff", old, new, "--colour", "always")
    assert "Recommendation 2: decision" in coloured.out.replace("\033[1m", "").replace(
        "\033[0m", ""
    )
    assert "\033[32mAccepted\033[0m" in coloured.out
    assert "\033[32mWe will act.\033[0m" in coloured.out

    data = json.loads(cli("diff", old, new, "--format", "json").out)
    assert [(c["field"], c["old"], c["new"]) for c in data["changes"]] == [
        ("decision", "note", "accept"),
        ("response", "", "We will act."),
        ("status", "published", "in-review"),
    ]
    assert data["changes"][1]["words"] == [["+", "We will act."]]

    same = cli("diff", old, old, "--format", "json")
    assert same.status == 0
    assert json.loads(same.out) == {"old": str(old), "new": str(old), "same": True, "changes": []}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{n}"], "drafter: give two drafts to compare (OLD NEW), or one draft with --from REV\n"),
        (["{n}", "{n}", "{n}"], "drafter: give two drafts to compare (OLD NEW), or one draft with --from REV\n"),
        (["{n}", "{n}", "--from", "HEAD"], "drafter: with --from, give one draft: the file whose history to compare\n"),
        (["{n}", "{n}", "--to", "HEAD"], "drafter: --to needs --from: give the older revision too\n"),
    ],
)  # fmt: skip
def test_cli_bad_arguments(northmoor: Path, cli: Callable, args: list[str], message: str) -> None:
    result = cli("diff", *(a.format(n=northmoor) for a in args))
    assert (result.status, result.out, result.err) == (2, "", message)


def test_cli_invalid_or_missing_draft(tmp_path: Path, northmoor: Path, cli: Callable) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 1\n", encoding="utf-8")
    result = cli("diff", northmoor, broken)
    assert result.status == 2
    assert result.err.startswith(f"drafter: {broken}")
    missing = cli("diff", northmoor, tmp_path / "nope.toml")
    assert missing.status == 2
    assert missing.err.startswith(f"drafter: {tmp_path / 'nope.toml'}: no such file")
