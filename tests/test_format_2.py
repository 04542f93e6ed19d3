"""Format 2: format 1 drafts keep loading (and keep their signatures), progress is not signed."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import REPO, Result

from drafter import store
from drafter.errors import DraftError
from drafter.model import ActionStatus, Decision, Draft, ProgressUpdate, Status
from drafter.store.schema import FORMAT_VERSION
from drafter.store.signing import signed_text

FORMAT_1 = REPO / "tests" / "data" / "format-1"
WILTSHIRE_1 = FORMAT_1 / "wiltshire-prevent-2020.toml"
NORTHMOOR_1 = FORMAT_1 / "northmoor-peel-2026-fictional.toml"

MINIMAL_1 = """\
format = 1

[report]
title = "PEEL 2025: Kent Police"
published = 2025-06-12

[response]
area = "Kent"
force = "Kent Police"
force-short = "Kent"

[response.commissioner]
title = "Police and Crime Commissioner"

[response.chief]
title = "Chief Constable"
"""


def finding_1(number: str, status: str) -> str:
    return f'''
[[findings]]
number = "{number}"
kind = "recommendation"
text = """
Do thing {number}."""
decision = "accept"
status = "{status}"
'''


def test_the_current_format_is_2() -> None:
    assert FORMAT_VERSION == 2


@pytest.mark.parametrize("path", [WILTSHIRE_1, NORTHMOOR_1], ids=lambda p: p.name)
def test_format_1_fixtures_are_format_1(path: Path) -> None:
    assert path.read_text(encoding="utf-8").startswith("format = 1\n")


def test_a_format_1_draft_loads_and_saves_as_format_2(tmp_path: Path) -> None:
    path = Path(shutil.copy(NORTHMOOR_1, tmp_path / "northmoor.toml"))
    draft = store.load(path)
    assert draft == store.load(REPO / "drafts" / "northmoor-peel-2026-fictional.toml")
    assert store.save(draft, path) is True
    text = path.read_text(encoding="utf-8")
    assert text.startswith("format = 2\n")
    # Apart from the version line, a format 1 draft without statuses or sign-offs is
    # written as it was.
    assert text.split("\n")[1:] == NORTHMOOR_1.read_text(encoding="utf-8").split("\n")[1:]
    assert store.load(path) == draft


def test_a_signed_format_1_draft_stays_signed(tmp_path: Path) -> None:
    path = Path(shutil.copy(WILTSHIRE_1, tmp_path / "wiltshire.toml"))
    draft = store.load(path)
    assert draft.workflow.status is Status.PUBLISHED
    assert store.is_signed_off(draft)
    store.save(draft, path)
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith("format = 2\n")
    assert store.is_signed_off(store.load(path))
    # The hash lines changed to format 2's rule, and nothing else but the version line.
    old = WILTSHIRE_1.read_text(encoding="utf-8").split("\n")
    new = saved.split("\n")
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert changed[0] == ("format = 1", "format = 2")
    assert {a.split(" = ")[0] for a, _ in changed[1:]} == {"hash"}
    assert len(changed) == 3


def test_a_stale_format_1_signature_stays_stale(tmp_path: Path) -> None:
    text = WILTSHIRE_1.read_text(encoding="utf-8")
    # Changed by hand after signing, under format 1: the signature was already stale.
    edited = text.replace("Chief Constable", "Chief Constable (acting)", 1)
    assert edited != text
    path = tmp_path / "wiltshire.toml"
    path.write_text(edited, encoding="utf-8")
    draft = store.load(path)
    assert not store.is_signed_off(draft)
    store.save(draft, path)
    assert not store.is_signed_off(store.load(path))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("open", ActionStatus.PLANNED),
        ("in-progress", ActionStatus.IN_PROGRESS),
        ("implemented", ActionStatus.COMPLETE),
        ("verified", ActionStatus.CLOSED),
        ("closed", ActionStatus.CLOSED),
        ("overdue", ActionStatus.IN_PROGRESS),
        ("superseded", ActionStatus.SUPERSEDED),
    ],
)
def test_format_1_statuses_take_format_2_names(old: str, new: ActionStatus) -> None:
    draft = store.loads(MINIMAL_1 + finding_1("1", old))
    assert draft.findings[0].action_status is new
    assert f'status = "{new.value}"' in store.dumps(draft)


def test_a_signed_format_1_draft_with_old_statuses_stays_signed() -> None:
    """The format 1 hash is worked out with format 1's status names, not the new ones."""
    unsigned = MINIMAL_1 + finding_1("1", "open") + finding_1("2", "verified")
    draft = store.loads(unsigned)
    # What format 1's content hash was: sha256 of the whole text without [workflow].
    format_1_hash = "sha256:" + hashlib.sha256(unsigned.rstrip("\n").encode()).hexdigest()
    signed = unsigned + (
        '\n[workflow]\nstatus = "signed-off"\n'
        f'\n[[workflow.signoffs]]\nrole = "chief"\nname = "A"\ndate = 2025-07-01\nhash = "{format_1_hash}"\n'
        f'\n[[workflow.signoffs]]\nrole = "commissioner"\nname = "B"\ndate = 2025-07-02\nhash = "{format_1_hash}"\n'
    )
    draft = store.loads(signed)
    assert store.is_signed_off(draft)
    assert [f.action_status for f in draft.findings] == [ActionStatus.PLANNED, ActionStatus.CLOSED]
    again = store.loads(store.dumps(draft))
    assert store.is_signed_off(again)


def test_a_newer_format_is_refused_and_the_file_kept(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    path = tmp_path / "new.toml"
    text = (REPO / "drafts" / "northmoor-peel-2026-fictional.toml").read_text(encoding="utf-8")
    path.write_text(text.replace("format = 2", "format = 3", 1), encoding="utf-8")
    before = path.read_bytes()
    for command in ("check", "fmt"):
        result = cli(command, path)
        assert result.status == 2
        assert (
            f"{path}:1:10: format: this draft is in format 3, written by a newer version of "
            "drafter; this version reads formats up to 2: upgrade drafter to open it"
        ) in result.err
    assert path.read_bytes() == before


def test_fmt_upgrades_a_format_1_draft(tmp_path: Path, cli: Callable[..., Result]) -> None:
    path = Path(shutil.copy(WILTSHIRE_1, tmp_path / "wiltshire.toml"))
    check = cli("fmt", "--check", path)
    why = "format 1 (drafter writes format 2)"
    assert (check.status, check.out) == (1, f"would reformat {path}: {why}\n")
    result = cli("fmt", path)
    assert result.status == 0, result.err
    assert result.out == f"reformatted {path}: {why}\n"
    assert path.read_text(encoding="utf-8").startswith("format = 2\n")
    assert path.read_bytes() == (REPO / "drafts" / "wiltshire-prevent-2020.toml").read_bytes()


# --- progress ---------------------------------------------------------------------------


UPDATES = [
    ProgressUpdate(dt.date(2020, 6, 1), ActionStatus.IN_PROGRESS, "Started.\nSecond line."),
    ProgressUpdate(
        dt.date(2020, 9, 1), ActionStatus.COMPLETE, "", "https://example.org/evidence.pdf"
    ),
]


def with_progress(draft: Draft, updates: list[ProgressUpdate]) -> Draft:
    index = next(i for i, f in enumerate(draft.findings) if f.decision is Decision.ACCEPT)
    findings = list(draft.findings)
    findings[index] = replace(findings[index], progress=list(updates))
    return replace(draft, report=replace(draft.report, findings=findings))


def test_progress_round_trips_after_its_finding() -> None:
    draft = with_progress(store.load(REPO / "drafts" / "wiltshire-prevent-2020.toml"), UPDATES)
    text = store.dumps(draft)
    assert store.loads(text) == draft
    assert store.dumps(store.loads(text)) == text
    block = text[text.index("[[findings.progress]]") :]
    assert block.startswith(
        "[[findings.progress]]\n"
        "date = 2020-06-01\n"
        'status = "in-progress"\n'
        'note = """\nStarted.\nSecond line."""\n'
        "\n[[findings.progress]]\n"
        "date = 2020-09-01\n"
        'status = "complete"\n'
        'evidence = "https://example.org/evidence.pdf"\n'
    )


def test_recording_progress_leaves_the_signatures_standing() -> None:
    draft = store.load(REPO / "drafts" / "wiltshire-prevent-2020.toml")
    assert store.is_signed_off(draft)
    tracked = with_progress(draft, UPDATES)
    assert store.content_hash(tracked) == store.content_hash(draft)
    assert store.is_signed_off(store.loads(store.dumps(tracked)))


def test_a_change_to_the_signed_response_still_unsigns_it() -> None:
    draft = store.load(REPO / "drafts" / "wiltshire-prevent-2020.toml")
    index = next(i for i, f in enumerate(draft.findings) if f.decision is Decision.ACCEPT)
    for change in (
        {"owner": "Someone else"},
        {"action_status": ActionStatus.CLOSED},
        {"target": dt.date(2030, 1, 1)},
    ):
        findings = list(draft.findings)
        findings[index] = replace(findings[index], **change)
        changed = replace(draft, report=replace(draft.report, findings=findings))
        assert not store.is_signed_off(changed), change


def test_the_signed_text_leaves_out_version_workflow_and_progress() -> None:
    plain = store.load(REPO / "drafts" / "wiltshire-prevent-2020.toml")
    draft = with_progress(plain, UPDATES)
    text = signed_text(draft)
    assert text.startswith("\n[report]\n")
    for left_out in ("format =", "[workflow]", "[[workflow.signoffs]]", "[[findings.progress]]"):
        assert left_out not in text
    # The rest is the saved text itself: from [report] up to [workflow].
    saved = store.dumps(plain)
    assert saved.startswith("format = 2\n" + text + "\n\n[workflow]\n")


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (
            'status = "complete"\n',
            "findings[0].progress[0].date: is missing; add a date such as 2024-03-31",
        ),
        (
            "date = 2025-08-01\n",
            "findings[0].progress[0].status: is missing; use one of planned, in-progress, "
            "complete, closed, superseded",
        ),
        (
            'date = 2025-08-01\nstatus = "done"\n',
            'findings[0].progress[0].status: "done" is not one of planned, in-progress, '
            "complete, closed, superseded",
        ),
        (
            'date = 2025-08-01\nstatus = "closed"\nnotes = "x"\n',
            'findings[0].progress[0].notes: unknown key "notes"; did you mean "note"?',
        ),
    ],
    ids=["no date", "no status", "unknown status", "misspelt key"],
)
def test_a_bad_progress_update_is_named(block: str, message: str) -> None:
    text = MINIMAL_1.replace("format = 1", "format = 2") + finding_1("1", "planned")
    with pytest.raises(DraftError) as caught:
        store.loads(text + "\n[[findings.progress]]\n" + block, "kent.toml")
    assert message in str(caught.value)


def test_the_latest_update_is_the_latest_date_then_the_last_recorded() -> None:
    draft = store.loads(MINIMAL_1 + finding_1("1", "open"))
    finding = draft.findings[0]
    assert finding.latest_update is None
    assert finding.current_status is ActionStatus.PLANNED
    day = dt.date(2025, 9, 1)
    finding.progress = [
        ProgressUpdate(day, ActionStatus.COMPLETE),
        ProgressUpdate(day - dt.timedelta(days=30), ActionStatus.IN_PROGRESS),  # backfilled
        ProgressUpdate(day, ActionStatus.IN_PROGRESS, "Correction: not complete yet."),
    ]
    assert finding.latest_update == finding.progress[2]
    assert finding.current_status is ActionStatus.IN_PROGRESS
