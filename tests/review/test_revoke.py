"""drafter sign --revoke: a signature withdrawn is kept in the history, never silently gone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter import store
from drafter.errors import NotReady
from drafter.model import Role, Status
from drafter.workflow.signoff import doubts, sign, withdraw

DAY = dt.date(2020, 4, 24)


def test_revoke_withdraws_the_signature_and_keeps_it(unsigned: Path, cli: Callable) -> None:
    path = unsigned
    for role, name in (("commissioner", "Angus Macpherson"), ("chief", "Kier Pritchard")):
        result = cli("sign", path, "--role", role, "--name", name, "--date", "2020-04-24")
        assert result.status == 0, result.err
    assert store.load(path).workflow.status is Status.SIGNED_OFF
    result = cli("sign", path, "--revoke", "--role", "chief", "--date", "2020-04-25")
    assert result.status == 0, result.err
    assert result.out.startswith(
        f"{path}: withdrew the signature of the Chief Constable (Kier Pritchard, 24 April 2020); "
        "the draft's history keeps it\n"
    )
    draft = store.load(path)
    assert draft.workflow.status is Status.IN_REVIEW
    assert [s.role for s in draft.workflow.signoffs] == [Role.COMMISSIONER]
    [withdrawal] = draft.workflow.withdrawn
    assert (withdrawal.signoff.role, withdrawal.signoff.name, withdrawal.withdrawn) == (
        Role.CHIEF,
        "Kier Pritchard",
        dt.date(2020, 4, 25),
    )
    text = path.read_text(encoding="utf-8")
    assert '[[workflow.withdrawn]]\nrole = "chief"\nname = "Kier Pritchard"' in text
    assert "withdrawn = 2020-04-25" in text
    # Signing again after a withdrawal works, and the history stays.
    result = cli(
        "sign", path, "--role", "chief", "--name", "Kier Pritchard", "--date", "2020-04-26"
    )
    assert result.status == 0, result.err
    draft = store.load(path)
    assert draft.workflow.status is Status.SIGNED_OFF
    assert len(draft.workflow.withdrawn) == 1


def test_revoke_refusals(unsigned: Path, cli: Callable) -> None:
    path = unsigned
    before = path.read_bytes()
    result = cli("sign", path, "--revoke", "--role", "chief")
    assert result.status == 1
    assert "the Chief Constable has not signed; there is no signature to withdraw" in result.err
    result = cli("sign", path, "--revoke", "--role", "chief", "--name", "X")
    assert result.status == 2
    assert "leave out --name" in result.err
    result = cli("sign", path, "--role", "chief")
    assert result.status == 2
    assert "--name" in result.err
    assert path.read_bytes() == before


def test_a_published_response_keeps_its_signatures(unsigned: Path, cli: Callable) -> None:
    path = unsigned
    for role, name in (("commissioner", "Angus Macpherson"), ("chief", "Kier Pritchard")):
        assert cli("sign", path, "--role", role, "--name", name, "--date", "2020-04-24").status == 0
    assert cli("publish", path, "--date", "2020-04-30").status == 0
    result = cli("sign", path, "--revoke", "--role", "commissioner")
    assert result.status == 1
    assert "published" in result.err
    assert len(store.load(path).workflow.signoffs) == 2


def test_a_signature_is_not_withdrawn_before_it_was_given(unsigned: Path) -> None:
    draft = sign(store.load(unsigned), Role.CHIEF, "Kier Pritchard", DAY)
    with pytest.raises(NotReady, match="cannot be withdrawn before it was given"):
        withdraw(draft, Role.CHIEF, DAY - dt.timedelta(days=1))


def test_the_wrong_person_is_warned_of(unsigned: Path, cli: Callable) -> None:
    result = cli("sign", unsigned, "--role", "chief", "--name", "Angus Macpherson")
    assert result.status == 0
    assert (
        "warning: " + str(unsigned) + ": The draft names Kier Pritchard as the Chief Constable, "
        "but the signature is for Angus Macpherson."
    ) in result.err
    draft = store.load(unsigned)
    found = doubts(draft, Role.COMMISSIONER, "Angus  Macpherson")
    assert [d.kind for d in found] == ["signs-both-roles"]
    draft.response.chief.name = ""
    assert [d.kind for d in doubts(draft, Role.CHIEF, "Kier Pritchard")] == ["no-holder-named"]


def test_an_old_draft_has_no_history_and_loads(wiltshire: Path) -> None:
    assert store.load(wiltshire).workflow.withdrawn == []
