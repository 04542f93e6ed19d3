"""drafter progress: updates are added to a published response; bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Result
from tracking_cases import published_response

from drafter import store
from drafter.actions.progress import progress
from drafter.errors import NotAnAction, ProgressDate, UnknownChoice, UnknownFinding
from drafter.model import ActionStatus, ProgressUpdate

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def draft(tmp_path: Path, cli: Callable[..., Result]) -> Path:
    return published_response(tmp_path, cli)


@pytest.mark.parametrize(
    ("reference", "title"),
    [
        ("R1", "Recommendation 1"),
        ("r2", "Recommendation 2"),
        ("Recommendation 1", "Recommendation 1"),
        ("rec. 2", "Recommendation 2"),
        ("AFI1", "Area for improvement 1"),
        ("afi 1", "Area for improvement 1"),
        ("Area for improvement 1", "Area for improvement 1"),
        ("CoC1", "Cause of concern 1"),
        ("cause of concern 1", "Cause of concern 1"),
    ],
)
def test_a_finding_as_people_write_it(draft: Path, reference: str, title: str) -> None:
    recorded = progress(draft, reference, "in-progress", today=TODAY)
    assert recorded.finding.title == title
    assert recorded.update == ProgressUpdate(TODAY, ActionStatus.IN_PROGRESS)


def test_updates_are_added_in_the_order_recorded_and_the_signatures_stand(
    draft: Path, cli: Callable[..., Result]
) -> None:
    first = cli(
        "progress", draft, "R1", "--status", "in-progress", "--date", "2026-05-10",
        "--note", "Attendance standard drafted.",
    )  # fmt: skip
    assert (first.status, first.err) == (0, "")
    assert first.out == f"{draft}: R1 in progress on 10 May 2026\n"
    before = draft.read_text(encoding="utf-8")
    second = cli(
        "progress", draft, "Recommendation 1", "--status", "complete", "--date", "2026-06-28",
        "--evidence", "Force board minutes, 27 June 2026",
    )  # fmt: skip
    assert second.status == 0, second.err
    after = draft.read_text(encoding="utf-8")
    # Only added lines: the earlier update is left exactly as it was.
    diff = [
        line
        for line in difflib.unified_diff(before.split("\n"), after.split("\n"), lineterm="", n=0)
        if not line.startswith(("---", "+++", "@@"))
    ]
    assert diff == [
        "+",
        "+[[findings.progress]]",
        "+date = 2026-06-28",
        '+status = "complete"',
        '+evidence = "Force board minutes, 27 June 2026"',
    ]
    loaded = store.load(draft)
    finding = next(f for f in loaded.findings if f.title == "Recommendation 1")
    assert [u.status for u in finding.progress] == [ActionStatus.IN_PROGRESS, ActionStatus.COMPLETE]
    assert finding.progress[0].note == "Attendance standard drafted."
    assert store.is_signed_off(loaded)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("R9", "--status", "complete"),
            "there is no finding 'R9' in this draft (it has CoC1, R1, R2, R3, AFI1, AFI2)",
        ),
        (("1", "--status", "complete"), "'1' could be CoC1 or R1 or AFI1"),
        (("Finding one", "--status", "complete"), "there is no finding 'Finding one'"),
        (
            ("R1", "--status", "done"),
            "--status 'done' is not one of planned, in-progress, complete, closed, superseded",
        ),
        (("R3", "--status", "complete"), "Recommendation 3 is noted; progress is recorded only"),
        (("AFI2", "--status", "complete"), "Area for improvement 2 is not accepted; progress"),
        (
            ("R1", "--status", "complete", "--date", "2026-03-01"),
            "the date 2026-03-01 is before the report was published (2026-03-02)",
        ),
        (("R1", "--status", "complete", "--date", "2099-01-01"), "is after today"),
        (("R1", "--status", "complete", "--date", "1 Smarch 2026"), "is not a date"),
        (("R1",), "the following arguments are required: --status"),
    ],
    ids=[
        "unknown finding", "ambiguous number", "not a finding", "unknown status", "noted",
        "not accepted", "before the report", "in the future", "not a date", "no status",
    ],
)  # fmt: skip
def test_bad_input_exits_2_and_writes_nothing(
    draft: Path, cli: Callable[..., Result], args: tuple[str, ...], message: str
) -> None:
    before = draft.read_bytes()
    mtime = draft.stat().st_mtime_ns
    result = cli("progress", draft, *args)
    assert result.status == 2, result.err
    assert message in result.err
    assert result.err.startswith("drafter: ") or "usage:" in result.err
    assert "Traceback" not in result.err
    assert (draft.read_bytes(), draft.stat().st_mtime_ns) == (before, mtime)


def test_a_response_not_yet_published_is_refused(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    draft = published_response(tmp_path, cli)
    text = draft.read_text(encoding="utf-8")
    unpublished = text.replace(
        'status = "published"\npublished = 2026-04-24\n', 'status = "signed-off"\n'
    )
    assert unpublished != text
    draft.write_text(unpublished, encoding="utf-8")
    result = cli("progress", draft, "R1", "--status", "complete")
    assert result.status == 1
    assert f"drafter: {draft}: the response is not published yet" in result.err
    assert draft.read_text(encoding="utf-8") == unpublished


@pytest.mark.parametrize(
    ("reference", "status", "date", "error"),
    [
        ("R7", "complete", None, UnknownFinding),
        ("R1", "finished", None, UnknownChoice),
        ("R3", "complete", None, NotAnAction),
        ("R1", "complete", dt.date(2026, 1, 1), ProgressDate),
    ],
)
def test_the_action_raises_typed_errors(
    draft: Path, reference: str, status: str, date: dt.date | None, error: type[Exception]
) -> None:
    before = draft.read_bytes()
    with pytest.raises(error) as caught:
        progress(draft, reference, status, date=date, today=TODAY)
    assert draft.read_bytes() == before
    if isinstance(caught.value, UnknownFinding):
        assert caught.value.reference == "R7"
        assert caught.value.path == draft
    if isinstance(caught.value, ProgressDate):
        assert (caught.value.date, caught.value.bound, caught.value.before) == (
            dt.date(2026, 1, 1),
            dt.date(2026, 3, 2),
            True,
        )


def test_a_draft_made_by_drafter_new_has_no_findings_to_track(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    draft = tmp_path / "new.toml"
    assert cli("new", draft, "--title", "T", "--area", "A", "--force", "F Police").status == 0
    result = cli("progress", draft, "R1", "--status", "complete")
    assert result.status == 2
    assert "there is no finding 'R1' in this draft (it has none)" in result.err
