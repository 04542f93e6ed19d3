"""The one read, change, save path: unchanged files untouched, dropped comments returned."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from drafter import store
from drafter.actions.change import change_draft
from drafter.actions.fmt import fmt
from drafter.actions.publish import publish
from drafter.actions.sign import sign
from drafter.errors import DraftError, ExitStatus, NotReady
from drafter.model import Draft, Role, Status, Workflow


def _retitled(draft: Draft) -> Draft:
    return dataclasses.replace(
        draft, report=dataclasses.replace(draft.report, title=draft.report.title + " (revised)")
    )


def test_an_unchanged_draft_is_not_written(wiltshire: Path) -> None:
    before = wiltshire.stat().st_mtime_ns
    result = change_draft(wiltshire, lambda d: d)
    assert (result.changed, result.saved, result.dropped_comments) == (False, False, [])
    assert wiltshire.stat().st_mtime_ns == before


def test_a_change_is_saved_and_the_dropped_comments_are_returned(wiltshire: Path) -> None:
    wiltshire.write_text("# kept by hand\n" + wiltshire.read_text(encoding="utf-8"))
    result = change_draft(wiltshire, _retitled)
    assert (result.changed, result.saved, result.dropped_comments) == (True, True, [1])
    assert store.load(wiltshire) == result.draft
    assert "# kept by hand" not in wiltshire.read_text(encoding="utf-8")


def test_without_write_nothing_is_written_but_the_result_says_what_would_be(
    wiltshire: Path,
) -> None:
    text = "# a note\n" + wiltshire.read_text(encoding="utf-8")
    wiltshire.write_text(text, encoding="utf-8")
    result = change_draft(wiltshire, _retitled, write=False)
    assert (result.changed, result.saved, result.dropped_comments) == (True, False, [1])
    assert wiltshire.read_text(encoding="utf-8") == text


def test_a_refusal_names_the_file_and_leaves_it_untouched(wiltshire: Path) -> None:
    text = wiltshire.read_text(encoding="utf-8")

    def refuse(draft: Draft) -> Draft:
        raise NotReady("not today")

    with pytest.raises(NotReady) as caught:
        change_draft(wiltshire, refuse)
    assert (caught.value.path, caught.value.message) == (wiltshire, "not today")
    assert str(caught.value) == f"{wiltshire}: not today"
    assert caught.value.exit_status == ExitStatus.NOT_READY == 1
    assert wiltshire.read_text(encoding="utf-8") == text


def test_a_file_that_is_not_a_draft_is_a_draft_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\n[report\n", encoding="utf-8")
    with pytest.raises(DraftError) as caught:
        change_draft(bad, lambda d: d)
    assert caught.value.exit_status == ExitStatus.INVALID == 2


def test_fmt_check_reports_without_writing(tmp_path: Path, wiltshire: Path) -> None:
    canonical = wiltshire.read_text(encoding="utf-8")
    wiltshire.write_text(canonical.replace("\n\n", "\n\n\n", 1), encoding="utf-8")
    assert fmt(wiltshire, check=True).changed
    assert wiltshire.read_text(encoding="utf-8") != canonical
    assert fmt(wiltshire).saved
    assert wiltshire.read_text(encoding="utf-8") == canonical
    assert not fmt(wiltshire).changed


def test_sign_then_publish_through_the_actions(wiltshire: Path) -> None:
    draft = store.load(wiltshire)
    store.save(dataclasses.replace(draft, workflow=Workflow()), wiltshire)
    day = dt.date(2020, 4, 24)
    first = sign(wiltshire, Role.CHIEF, "Kier   Pritchard", day)
    assert (first.title, first.name, first.signed_off) == (
        "Chief Constable",
        "Kier Pritchard",
        False,
    )
    second = sign(wiltshire, Role.COMMISSIONER, "Angus Macpherson", day)
    assert second.signed_off
    published = publish(wiltshire, day)
    assert published.days_late is None
    assert store.load(wiltshire).workflow.status is Status.PUBLISHED
    with pytest.raises(NotReady, match="already recorded as published") as caught:
        publish(wiltshire, day)
    assert caught.value.path == wiltshire


def test_refusals_carry_structured_fields_for_each_front_end_to_word(wiltshire: Path) -> None:
    from drafter.cli.messages import worded
    from drafter.errors import NoSigner, NotSignedOff

    draft = store.load(wiltshire)
    store.save(dataclasses.replace(draft, workflow=Workflow()), wiltshire)
    with pytest.raises(NoSigner) as no_name:
        sign(wiltshire, Role.CHIEF, "  ", dt.date(2020, 4, 24))
    assert no_name.value.path == wiltshire
    assert "--name" not in str(no_name.value)
    assert worded(no_name.value).endswith("is empty; give it with --name")
    with pytest.raises(NotSignedOff) as unsigned:
        publish(wiltshire, dt.date(2020, 4, 24))
    assert [(u.role, u.missing) for u in unsigned.value.unsigned] == [
        ("commissioner", True),
        ("chief", True),
    ]
    assert "drafter sign" not in str(unsigned.value)
    assert "(`drafter sign --role chief`)" in worded(unsigned.value)
