"""A published response whose signed text changes: back in review everywhere at once.

Publication vouches for the text as signed. Once that text changes, the signatures
are stale and the response is no longer the one published: every place says "in
review" (the status `drafter status` shows, `drafter check`, the file's own
``status``), the date it was first published stays on record, and both must sign
again before it is published again. Put back exactly as published, it is published.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from drafter import store
from drafter.model import Status
from drafter.render.text_formats import render_text
from drafter.store.signing import settled_status

WORD = "Supt Williams will review Police attendance"
EDITED = "Supt Williams will revise Police attendance"
MARKING = "DRAFT – not signed off"


def replace_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def sign_both(cli: Callable, path: Path, date: str) -> None:
    for role, name in (("chief", "Kier Pritchard"), ("commissioner", "Angus Macpherson")):
        result = cli("sign", path, "--role", role, "--name", name, "--date", date)
        assert result.status == 0, result.err


def published(cli: Callable, path: Path) -> bytes:
    sign_both(cli, path, "2020-04-27")
    result = cli("publish", path, "--date", "2020-05-03")
    assert result.status == 0, result.err
    return path.read_bytes()


def status_of(cli: Callable, path: Path) -> dict:
    result = cli("status", path, "--format", "json", "--today", "2020-06-01")
    assert result.status == 0, result.err
    [entry] = json.loads(result.out)["drafts"]
    return entry


def test_a_published_response_edited_is_in_review_everywhere(unsigned: Path, cli: Callable) -> None:
    published(cli, unsigned)
    replace_text(unsigned, WORD, EDITED)

    draft = store.load(unsigned)
    assert settled_status(draft) is Status.IN_REVIEW
    entry = status_of(cli, unsigned)
    # Published on time, it stays so: the deadline is not counted again.
    assert (entry["status"], entry["response_published"], entry["days_late"]) == (
        "in-review",
        "2020-05-03",
        0,
    )
    assert [s["state"] for s in entry["signoffs"]] == ["stale", "stale"]
    check = cli("check", unsigned, "--today", "2020-06-01")
    assert check.status == 1
    assert check.out.splitlines()[0] == (
        f"{unsigned}: published 3 May 2020, within the statutory deadline of 3 May 2020; "
        "changed since: in review, no signature holds for this text; 2 problems"
    )
    assert MARKING in render_text(draft, "md")

    # Saved by drafter, the file says so too; the publication date stays on record.
    assert cli("fmt", unsigned).status == 0
    text = unsigned.read_text(encoding="utf-8")
    assert 'status = "in-review"' in text
    assert 'status = "published"' not in text
    assert store.load(unsigned).workflow.published == dt.date(2020, 5, 3)


def test_put_back_exactly_it_is_published_again(unsigned: Path, cli: Callable) -> None:
    as_published = published(cli, unsigned)
    replace_text(unsigned, WORD, EDITED)
    assert cli("fmt", unsigned).status == 0
    assert 'status = "in-review"' in unsigned.read_text(encoding="utf-8")

    replace_text(unsigned, EDITED, WORD)
    assert status_of(cli, unsigned)["status"] == "published"
    assert cli("fmt", unsigned).status == 0
    assert unsigned.read_bytes() == as_published
    assert cli("check", unsigned, "--today", "2020-06-01").status == 0


def test_changed_after_publication_is_signed_and_published_again(
    unsigned: Path, cli: Callable
) -> None:
    published(cli, unsigned)
    replace_text(unsigned, WORD, EDITED)

    refused = cli("publish", unsigned, "--date", "2020-06-01")
    assert refused.status == 1
    assert "is stale: the text has changed since; sign again" in refused.err

    sign_both(cli, unsigned, "2020-05-20")
    draft = store.load(unsigned)
    assert draft.workflow.status is Status.SIGNED_OFF
    assert MARKING not in render_text(draft, "md")
    entry = status_of(cli, unsigned)
    assert (entry["status"], entry["response_published"]) == ("signed-off", "2020-05-03")
    check = cli("check", unsigned, "--today", "2020-06-01")
    assert (check.status, check.out) == (
        0,
        f"{unsigned}: published 3 May 2020, within the statutory deadline of 3 May 2020; "
        "changed since and signed by both again, to be published again\n",
    )

    again = cli("publish", unsigned, "--date", "2020-06-01")
    assert (again.status, again.err) == (0, "")
    assert again.out == (
        f"{unsigned}: published again 1 June 2020; the statutory publication "
        "stays on record as 3 May 2020\n"
    )
    draft = store.load(unsigned)
    assert (draft.workflow.status, draft.workflow.published) == (
        Status.PUBLISHED,
        dt.date(2020, 5, 3),
    )


def test_published_again_on_the_day_of_first_publication_says_so(
    unsigned: Path, cli: Callable
) -> None:
    """Found in tmux: signed, published, changed, signed and published again all on
    one day printed "published DATE", as if for the first time."""
    sign_both(cli, unsigned, "2020-05-03")
    assert cli("publish", unsigned, "--date", "2020-05-03").status == 0
    replace_text(unsigned, WORD, EDITED)
    sign_both(cli, unsigned, "2020-05-03")
    again = cli("publish", unsigned, "--date", "2020-05-03")
    assert (again.status, again.err) == (0, "")
    assert again.out == (
        f"{unsigned}: published again 3 May 2020; the statutory publication "
        "stays on record as 3 May 2020\n"
    )


def test_progress_is_recorded_while_a_change_is_in_review(unsigned: Path, cli: Callable) -> None:
    """The actions promised were made public: the force keeps reporting on them while a
    correction to the response is being signed again."""
    published(cli, unsigned)
    replace_text(unsigned, WORD, EDITED)
    result = cli("progress", unsigned, "R1", "--status", "in-progress", "--date", "2020-05-20")
    assert result.status == 0, result.err
    draft = store.load(unsigned)
    assert settled_status(draft) is Status.IN_REVIEW
    assert draft.findings[0].progress[-1].date == dt.date(2020, 5, 20)


def test_a_publication_dated_before_its_signatures_is_refused(
    unsigned: Path, cli: Callable
) -> None:
    """Found as an adversary: `drafter publish --date` took a day before either had
    signed, and a response put back as signed then could not tell it was published."""
    sign_both(cli, unsigned, "2020-04-27")
    before = unsigned.read_bytes()
    result = cli("publish", unsigned, "--date", "2020-04-20")
    assert result.status == 2
    assert result.err == (
        f"drafter: {unsigned}: the publication date 20 April 2020 is before the response "
        "was signed (Kier Pritchard, 27 April 2020); check --date\n"
    )
    assert unsigned.read_bytes() == before


def test_a_change_written_by_someone_else_meanwhile_is_kept(unsigned: Path) -> None:
    """Found by the adversary (D28): two people's `drafter sign` at the same moment,
    each under their own account's lock, lost one signature. A change made on disk
    while a verb works is read again and the verb applied to it, not saved over."""
    from drafter.actions.change import change_draft
    from drafter.model import Role
    from drafter.workflow.signoff import sign

    when = dt.date(2020, 4, 27)
    other = [True]

    def commissioner_signs(draft):  # type: ignore[no-untyped-def]
        if other.pop() if other else False:
            # The chief signs from another account while this one works.
            store.save(sign(store.load(unsigned), Role.CHIEF, "Kier Pritchard", when), unsigned)
        return sign(draft, Role.COMMISSIONER, "Angus Macpherson", when)

    change_draft(unsigned, commissioner_signs, purpose="drafter sign")
    signed = store.load(unsigned)
    assert {s.role for s in signed.workflow.signoffs} == {Role.CHIEF, Role.COMMISSIONER}
    assert settled_status(signed) is Status.SIGNED_OFF
