"""check notices a Cc line that names the chief officer otherwise than the draft does."""

from __future__ import annotations

import copy
from pathlib import Path

from conftest import NORTHMOOR, WILTSHIRE

from drafter import store
from drafter.check import cc_notices, check


def test_the_reference_cc_misspells_the_chief_constable() -> None:
    draft = store.load(WILTSHIRE)
    (notice,) = cc_notices(draft)
    assert notice.field == "response.cc[1]"
    assert notice.message == (
        '"Chief Constable Kier Prichard, Wiltshire Constabulary" names the chief officer '
        "otherwise than the draft does (Chief Constable Kier Pritchard, Wiltshire Police): "
        "check Kier Pritchard and Wiltshire Police"
    )
    readiness = check(draft)
    # A notice, not a bar; beside it, that recommendation 1 has no target date
    # (tests/test_check_owners.py).
    assert readiness.ready and readiness.notices[-1] == notice


def test_a_cc_that_names_the_chief_as_the_draft_does_is_fine() -> None:
    draft = store.load(NORTHMOOR)
    assert cc_notices(draft) == []
    other = copy.deepcopy(draft)
    other.response.cc = ["Chief Constable Sam Okafor, Northmoor Constabulary", "Jane Doe, HMI"]
    assert cc_notices(other) == []
    other.response.cc = ["Chief Constable Sam Okafur, Northmoor Police"]
    assert [n.field for n in cc_notices(other)] == ["response.cc[0]"]
    other.response.chief.name = ""  # a draft from drafter new: nothing to compare with
    assert cc_notices(other) == []


def test_drafter_check_prints_the_notice(cli, wiltshire: Path) -> None:
    result = cli("check", wiltshire)
    assert result.status == 0
    assert result.err.splitlines()[-1].startswith(f"drafter: note: {wiltshire}: response.cc[1]: ")
