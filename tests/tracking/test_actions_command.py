"""drafter actions: open actions across published responses, most overdue first."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Result
from tracking_cases import published_response

TODAY = "2026-11-30"


@pytest.fixture
def office(tmp_path: Path, cli: Callable[..., Result]) -> Path:
    """Two published responses with some progress, and a draft not yet published."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    east = published_response(folder, cli, "eastvale")
    west = published_response(folder, cli, "westvale")
    for draft, finding, status, date, note in (
        (east, "R1", "in-progress", "2026-05-01", "Standard drafted."),
        (east, "CoC1", "complete", "2026-09-01", "Attendance times met for three months."),
        (west, "R1", "closed", "2026-07-01", "Accepted as done by the panel."),
        (west, "R2", "in-progress", "2026-10-01", "=cmd|' /C calc'!A0"),
    ):
        args = ("--status", status, "--date", date, "--note", note)
        assert cli("progress", draft, finding, *args).status == 0
    assert (
        cli("new", folder / "kent.toml", "--title", "T", "--area", "K", "--force", "K P").status
        == 0
    )
    return folder


def rows(result: Result) -> list[dict[str, str]]:
    assert result.status == 0, result.err
    return list(csv.DictReader(io.StringIO(result.out)))


def summary(listed: list[dict[str, str]]) -> list[tuple[str, ...]]:
    return [
        (Path(r["path"]).stem, r["finding"], r["days_overdue"], r["status"], r["rag"])
        for r in listed
    ]


def test_open_actions_most_overdue_first(office: Path, cli: Callable[..., Result]) -> None:
    listed = rows(cli("actions", office, "--today", TODAY, "--format", "csv"))
    assert summary(listed) == [
        ("eastvale", "R1", "153", "in-progress", "red"),
        ("westvale", "CoC1", "61", "", "red"),
        # complete: the force says it is done; it stays open until closed
        ("eastvale", "CoC1", "", "complete", "green"),
        ("eastvale", "R2", "", "", "amber"),  # not started
        ("westvale", "R2", "", "in-progress", "green"),  # 31 days to go
        ("eastvale", "AFI1", "", "", "amber"),
        ("westvale", "AFI1", "", "", "amber"),
    ]
    # closed (westvale R1), noted (R3) and not accepted (AFI2) are not open actions
    assert listed[0]["last_update"] == "Standard drafted."
    assert listed[0]["last_update_date"] == "2026-05-01"
    assert listed[0]["owner"] == "Head of Response"
    assert listed[0]["target"] == "2026-06-30"


def test_only_the_overdue(office: Path, cli: Callable[..., Result]) -> None:
    listed = rows(cli("actions", office, "--overdue", "--today", TODAY, "--format", "csv"))
    assert [(Path(r["path"]).stem, r["finding"]) for r in listed] == [
        ("eastvale", "R1"),
        ("westvale", "CoC1"),
    ]


def test_only_one_owner(office: Path, cli: Callable[..., Result]) -> None:
    listed = rows(
        cli("actions", office, "--owner", "victim  SERVICES", "--today", TODAY, "--format", "csv")
    )
    assert {r["finding"] for r in listed} == {"R2"}
    assert len(listed) == 2


def test_today_moves_the_overdue(office: Path, cli: Callable[..., Result]) -> None:
    listed = rows(cli("actions", office, "--today", "2026-06-10", "--format", "csv"))
    assert [r["days_overdue"] for r in listed] == [""] * len(listed)
    # in progress, 20 days before its target: amber
    assert (listed[0]["finding"], listed[0]["rag"]) == ("R1", "amber")


def test_the_csv_never_starts_a_cell_with_a_formula(
    office: Path, cli: Callable[..., Result]
) -> None:
    listed = rows(cli("actions", office, "--today", TODAY, "--format", "csv"))
    note = next(
        r["last_update"]
        for r in listed
        if Path(r["path"]).stem == "westvale" and r["finding"] == "R2"
    )
    assert note == "'=cmd|' /C calc'!A0"


def test_json(office: Path, cli: Callable[..., Result]) -> None:
    result = cli("actions", office, "--today", TODAY, "--format", "json")
    assert result.status == 0, result.err
    data = json.loads(result.out)
    assert data["today"] == TODAY
    first = data["actions"][0]
    assert first == {
        "path": str(office / "eastvale.toml"),
        "report": "Burglary in Eastvale",
        "finding": "R1",
        "title": "Recommendation 1",
        "decision": "Accepted",
        "owner": "Head of Response",
        "target": "2026-06-30",
        "status": "in-progress",
        "rag": "red",
        "last_update_date": "2026-05-01",
        "last_update": "Standard drafted.",
        "days_overdue": 153,
    }
    # the JSON keeps the formula-like note as written: it is for programs, not spreadsheets
    assert "=cmd|' /C calc'!A0" in [a["last_update"] for a in data["actions"]]


def test_the_table(office: Path, cli: Callable[..., Result]) -> None:
    result = cli("actions", office, "--today", TODAY)
    assert result.status == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == [
        "Report", "Finding", "Owner", "Target", "Status", "RAG", "Last", "update", "Updated",
        "Overdue",
    ]  # fmt: skip
    assert "R1" in lines[2] and "In progress" in lines[2] and "Red" in lines[2]
    assert lines[2].endswith("153 days")
    assert "Not started" in result.out
    assert lines[-1] == "7 open actions in 2 published responses, 2 overdue"


def test_an_invalid_file_is_named_and_the_rest_listed(
    office: Path, cli: Callable[..., Result]
) -> None:
    (office / "broken.toml").write_text("format = 2\n[report\n", encoding="utf-8")
    result = cli("actions", office, "--today", TODAY, "--format", "csv")
    assert result.status == 2
    assert len(list(csv.DictReader(io.StringIO(result.out)))) == 7
    assert f"drafter: {office / 'broken.toml'}:2" in result.err


def test_a_missing_path(tmp_path: Path, cli: Callable[..., Result]) -> None:
    result = cli("actions", tmp_path / "nowhere")
    assert result.status == 2
    assert "nowhere: no such file or folder" in result.err


def test_no_published_response(tmp_path: Path, cli: Callable[..., Result]) -> None:
    assert (
        cli("new", tmp_path / "a.toml", "--title", "T", "--area", "K", "--force", "K P").status == 0
    )
    result = cli("actions", tmp_path, "--today", TODAY)
    assert result.status == 0
    assert result.out.splitlines()[-1] == "0 open actions in 0 published responses"


def test_status_counts_open_and_overdue_actions(office: Path, cli: Callable[..., Result]) -> None:
    result = cli("status", office, "--today", TODAY, "--format", "csv")
    assert result.status == 0, result.err
    counts = {
        Path(r["path"]).stem: (r["open_actions"], r["overdue_actions"])
        for r in csv.DictReader(io.StringIO(result.out))
    }
    assert counts == {"eastvale": ("4", "1"), "westvale": ("3", "1"), "kent": ("", "")}
    table = cli("status", office, "--today", TODAY)
    assert "4 open, 1 overdue" in table.out
    assert table.out.splitlines()[-1].endswith("; actions: 7 open, 2 overdue")


def test_the_office_profile_and_report_files_are_not_counted_as_drafts(
    office: Path, cli: Callable[..., Result]
) -> None:
    """At an office repository's root, drafter.toml and the report files that `import
    --report-only` writes are drafter's own files, not broken drafts (exit 2)."""
    from conftest import SHORT_REPORT

    (office / "drafter.toml").write_text('area = "Eastvale"\n', encoding="utf-8")
    pasted = office.parent / "report.txt"
    pasted.write_text(SHORT_REPORT, encoding="utf-8")
    made = cli("import", pasted, "--report-only", "-o", office / "reports" / "r.toml")
    assert made.status == 0, made.err
    broken = office / "broken.toml"
    broken.write_text("format = 2\n[report\n", encoding="utf-8")
    for command in ("status", "actions"):
        result = cli(command, office, "--today", TODAY)
        assert result.status == 2, result.err  # the broken draft, and only it
        said = result.out + result.err
        assert "broken.toml" in said
        assert "drafter.toml" not in said and "r.toml" not in said, said
