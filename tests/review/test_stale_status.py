"""Once signed text changes, the status stored and shown is never "signed-off"."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from drafter import store
from drafter.model import Role, Status, Workflow
from drafter.workflow.signoff import sign

DAY = dt.date(2020, 4, 24)


def signed_by_both(path: Path) -> None:
    draft = store.load(path)
    draft.workflow = Workflow()
    draft = sign(draft, Role.COMMISSIONER, "Angus Macpherson", DAY)
    draft = sign(draft, Role.CHIEF, "Kier Pritchard", DAY)
    assert draft.workflow.status is Status.SIGNED_OFF
    store.save(draft, path)


def test_a_save_after_an_edit_stores_in_review(wiltshire: Path) -> None:
    signed_by_both(wiltshire)
    draft = store.load(wiltshire)
    draft.response.commissioner.comments += " One more sentence."
    store.save(draft, wiltshire)
    text = wiltshire.read_text(encoding="utf-8")
    assert 'status = "in-review"' in text
    assert "signed-off" not in text
    # The signatures themselves stay, as a record of what was signed.
    assert len(store.load(wiltshire).workflow.signoffs) == 2


def test_a_hand_edited_signed_draft_is_in_review_everywhere(wiltshire: Path, cli: Callable) -> None:
    signed_by_both(wiltshire)
    text = wiltshire.read_text(encoding="utf-8")
    wiltshire.write_text(text.replace("Supt Williams", "Supt Jones", 1), encoding="utf-8")
    result = cli("status", wiltshire, "--format", "json")
    [entry] = json.loads(result.out)["drafts"]
    assert entry["status"] == "in-review"
    assert cli("fmt", "--check", wiltshire).status == 1
    assert cli("fmt", wiltshire).status == 0
    assert store.load(wiltshire).workflow.status is Status.IN_REVIEW


def test_an_unchanged_signed_draft_stays_signed_off(wiltshire: Path, cli: Callable) -> None:
    signed_by_both(wiltshire)
    before = wiltshire.read_bytes()
    assert cli("fmt", "--check", wiltshire).status == 0
    assert store.save(store.load(wiltshire), wiltshire) is False
    assert wiltshire.read_bytes() == before
