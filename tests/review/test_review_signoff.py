"""Sign, edit, check, re-sign, publish: signatures follow the text they were given for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Result

from drafter import store
from drafter.errors import NotReady
from drafter.model import Role, Status
from drafter.render.text_formats import render_text
from drafter.store.signing import content_hash, is_signed_off
from drafter.workflow.publishing import publish
from drafter.workflow.signoff import sign, signoff_summary

WORD = "Supt Williams will review Police attendance"
EDITED = "Supt Williams will revise Police attendance"
MARKING = "DRAFT – not signed off"


def edit(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(WORD) == 1
    path.write_text(text.replace(WORD, EDITED), encoding="utf-8")


def test_sign_edit_check_resign(unsigned: Path, cli: Callable) -> None:
    path = unsigned
    result = cli(
        "sign", path, "--role", "chief", "--name", "Kier  Pritchard", "--date", "2020-04-24"
    )
    assert result.status == 0, result.err
    assert result.out == (
        f"{path}: signed by the Chief Constable, Kier Pritchard\n"
        f"{path}: in review; still needed: the Police and Crime Commissioner has not signed "
        "(`drafter sign --role commissioner`)\n"
    )
    draft = store.load(path)
    assert draft.workflow.status is Status.IN_REVIEW
    [chief] = draft.workflow.signoffs
    assert (chief.role, chief.name, chief.date) == (
        Role.CHIEF,
        "Kier Pritchard",
        dt.date(2020, 4, 24),
    )
    assert chief.content_hash == content_hash(draft)
    assert MARKING in render_text(draft, "md")

    result = cli(
        "sign",
        path,
        "--role",
        "commissioner",
        "--name",
        "Angus Macpherson",
        "--date",
        "27 April 2020",
    )
    assert result.status == 0, result.err
    assert result.out.splitlines()[-1] == (
        f"{path}: signed off by both; ready to publish with `drafter publish`"
    )
    draft = store.load(path)
    assert draft.workflow.status is Status.SIGNED_OFF
    assert is_signed_off(draft)
    for fmt in ("md", "html", "txt"):
        assert MARKING.upper() not in render_text(draft, fmt).upper()
    check = cli("check", path, "--today", "2020-04-28")
    assert check.status == 0
    assert (
        check.out == f"{path}: signed off by both, not yet published; due 3 May 2020, 5 days left\n"
    )

    edit(path)
    check = cli("check", path, "--today", "2020-04-28")
    assert check.status == 1
    assert check.out == (
        f"{path}: not ready for sign-off, 2 problems; due 3 May 2020, 5 days left\n"
        "  workflow.signoffs[0].hash: the Chief Constable's sign-off (Kier Pritchard, 24 April 2020) "
        "is stale: the text has changed since it was signed; sign again with "
        "`drafter sign --role chief`\n"
        "  workflow.signoffs[1].hash: the Police and Crime Commissioner's sign-off "
        "(Angus Macpherson, 27 April 2020) is stale: the text has changed since it was signed; "
        "sign again with `drafter sign --role commissioner`\n"
    )
    draft = store.load(path)
    assert not is_signed_off(draft)
    for fmt in ("md", "html", "txt"):
        assert MARKING.upper() in render_text(draft, fmt).upper()
    assert [s.state for s in signoff_summary(draft)] == ["stale", "stale"]

    refused = cli("publish", path, "--date", "2020-04-30")
    assert refused.status == 1
    assert refused.err == (
        f"drafter: {path}: cannot publish: the Police and Crime Commissioner's signature "
        "(Angus Macpherson, 27 April 2020) is stale: the text has changed since; sign again; "
        "the Chief Constable's signature (Kier Pritchard, 24 April 2020) is stale: the text "
        "has changed since; sign again\n"
    )

    assert (
        cli(
            "sign",
            path,
            "--role",
            "commissioner",
            "--name",
            "Angus Macpherson",
            "--date",
            "2020-04-29",
        ).status
        == 0
    )
    draft = store.load(path)
    assert draft.workflow.status is Status.IN_REVIEW
    assert [s.state for s in signoff_summary(draft)] == ["valid", "stale"]
    assert (
        cli(
            "sign", path, "--role", "chief", "--name", "Kier Pritchard", "--date", "2020-04-29"
        ).status
        == 0
    )
    draft = store.load(path)
    assert [s.state for s in signoff_summary(draft)] == ["valid", "valid"]
    assert draft.workflow.status is Status.SIGNED_OFF
    # Re-signing replaced each role's signature in place; there are still two.
    assert [(s.role, s.date) for s in draft.workflow.signoffs] == [
        (Role.CHIEF, dt.date(2020, 4, 29)),
        (Role.COMMISSIONER, dt.date(2020, 4, 29)),
    ]
    assert cli("check", path, "--today", "2020-04-29").status == 0
    assert MARKING not in render_text(draft, "md")


def test_publish_on_time_records_it_without_a_warning(unsigned: Path, cli: Callable) -> None:
    for role, name in (("chief", "Kier Pritchard"), ("commissioner", "Angus Macpherson")):
        assert (
            cli("sign", unsigned, "--role", role, "--name", name, "--date", "2020-04-27").status
            == 0
        )
    result = cli("publish", unsigned, "--date", "2020-05-03")
    assert (result.status, result.out, result.err) == (0, f"{unsigned}: published 3 May 2020\n", "")
    draft = store.load(unsigned)
    assert (draft.workflow.status, draft.workflow.published) == (
        Status.PUBLISHED,
        dt.date(2020, 5, 3),
    )
    assert is_signed_off(draft)

    again = cli("publish", unsigned, "--date", "2020-05-04")
    assert again.status == 1
    assert (
        again.err
        == f"drafter: {unsigned}: the response is already recorded as published on 3 May 2020\n"
    )
    resign = cli("sign", unsigned, "--role", "chief", "--name", "Kier Pritchard")
    assert resign.status == 1
    assert resign.err == (
        f"drafter: {unsigned}: the response was published on 3 May 2020; "
        "a published response is not signed again\n"
    )


def test_publish_after_the_deadline_warns(unsigned: Path, cli: Callable) -> None:
    for role, name in (("chief", "Kier Pritchard"), ("commissioner", "Angus Macpherson")):
        assert (
            cli("sign", unsigned, "--role", role, "--name", name, "--date", "2020-04-27").status
            == 0
        )
    result = cli("publish", unsigned, "--date", "2020-05-04")
    assert result.status == 0
    assert result.out == f"{unsigned}: published 4 May 2020\n"
    assert result.err == (
        f"drafter: warning: {unsigned}: published 1 day after the statutory deadline of "
        "3 May 2020 (Police Act 1996 s.55(5A): 56 days beginning with the report's publication day)\n"
    )
    assert store.load(unsigned).workflow.status is Status.PUBLISHED


def test_publish_before_the_report_is_refused(unsigned: Path, cli: Callable) -> None:
    for role, name in (("chief", "K P"), ("commissioner", "A M")):
        assert cli("sign", unsigned, "--role", role, "--name", name).status == 0
    before = unsigned.read_bytes()
    result = cli("publish", unsigned, "--date", "2020-03-01")
    assert result.status == 2
    assert result.err == (
        f"drafter: {unsigned}: the publication date 1 March 2020 is before the report itself "
        "was published (9 March 2020); check --date\n"
    )
    assert unsigned.read_bytes() == before


def test_a_signature_dated_before_the_report_is_refused(unsigned: Path, cli: Callable) -> None:
    """Nobody signs a response to a report not yet published: found as an adversary,
    `drafter sign --date` took any date, although publish refuses the same one."""
    before = unsigned.read_bytes()
    result = cli("sign", unsigned, "--role", "chief", "--name", "K P", "--date", "2020-03-01")
    assert result.status == 2
    assert result.err == (
        f"drafter: {unsigned}: the signing date 1 March 2020 is before the report itself "
        "was published (9 March 2020); check --date\n"
    )
    assert unsigned.read_bytes() == before
    assert (
        cli("sign", unsigned, "--role", "chief", "--name", "K P", "--date", "2020-03-09").status
        == 0
    )


def test_a_signature_or_publication_dated_after_today_is_refused(
    unsigned: Path, cli: Callable
) -> None:
    """Found as an adversary: `sign --date 2030-01-01` then `publish --date 2031-01-01`
    both succeeded, and `drafter status` then counted the response years late."""
    import datetime as dt

    from drafter.dates import long_date

    def on_one_day(command: Callable[[str], Result], restore: bytes) -> tuple[dt.date, Result]:
        # The command reads today's date itself: should midnight pass while it runs,
        # tomorrow is its today; run it again, with the file put back first.
        for _ in range(2):
            today = dt.date.today()
            result = command((today + dt.timedelta(days=1)).isoformat())
            if dt.date.today() == today:
                return today, result
            unsigned.write_bytes(restore)
        raise AssertionError("the date changed twice in a few seconds")

    before = unsigned.read_bytes()
    today, result = on_one_day(
        lambda future: cli("sign", unsigned, "--role", "chief", "--name", "K P", "--date", future),
        before,
    )
    assert result.status == 2
    assert result.err == (
        f"drafter: {unsigned}: the signing date {long_date(today + dt.timedelta(days=1))} is "
        f"after today ({long_date(today)}); record it on the day it happens; check --date\n"
    )
    assert unsigned.read_bytes() == before
    for role, name in (("chief", "K P"), ("commissioner", "P C")):
        assert cli("sign", unsigned, "--role", role, "--name", name).status == 0
    signed = unsigned.read_bytes()
    _, result = on_one_day(lambda future: cli("publish", unsigned, "--date", future), signed)
    assert result.status == 2
    assert "the publication date" in result.err and "is after today" in result.err
    assert unsigned.read_bytes() == signed
    assert cli("publish", unsigned).status == 0


def test_an_unsigned_draft_cannot_be_published(unsigned: Path, cli: Callable) -> None:
    before = unsigned.read_bytes()
    result = cli("publish", unsigned)
    assert result.status == 1
    assert result.err == (
        f"drafter: {unsigned}: cannot publish: the Police and Crime Commissioner has not signed "
        "(`drafter sign --role commissioner`); the Chief Constable has not signed "
        "(`drafter sign --role chief`)\n"
    )
    assert unsigned.read_bytes() == before


def test_a_draft_that_is_not_ready_cannot_be_signed(northmoor: Path, cli: Callable) -> None:
    before = northmoor.read_bytes()
    result = cli("sign", northmoor, "--role", "chief", "--name", "Sam Okafor")
    assert result.status == 1
    assert result.err.splitlines()[0] == (
        f"drafter: {northmoor}: not ready for sign-off, 7 problems (see `drafter check`):"
    )
    assert (
        result.err.splitlines()[1]
        == "  findings[3].decision: Cause of concern 2 has no decision yet"
    )
    assert northmoor.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "deputy", "--name", "X"], "argument --role: invalid choice: 'deputy'"),
        (["--role", "chief"], "give the name of the person signing with --name"),
        (["--role", "chief", "--name", "X", "--date", "31/02/2020"], "is not a date"),
    ],
)
def test_sign_bad_arguments(unsigned: Path, cli: Callable, args: list[str], message: str) -> None:
    before = unsigned.read_bytes()
    result = cli("sign", unsigned, *args)
    assert result.status == 2
    assert message in result.err
    assert unsigned.read_bytes() == before


def test_sign_an_empty_name_is_refused(unsigned: Path) -> None:
    with pytest.raises(NotReady, match="the name of the person signing is empty"):
        sign(store.load(unsigned), Role.CHIEF, "  ", dt.date(2020, 4, 1))


def test_sign_a_missing_file_is_a_clear_error(tmp_path: Path, cli: Callable) -> None:
    result = cli("sign", tmp_path / "nope.toml", "--role", "chief", "--name", "X")
    assert result.status == 2
    assert result.err.startswith(f"drafter: {tmp_path / 'nope.toml'}: no such file")


def test_signoff_summary_names_each_office(unsigned: Path) -> None:
    draft = store.load(unsigned)
    assert [(s.role, s.title, s.state, s.signoff) for s in signoff_summary(draft)] == [
        (Role.COMMISSIONER, "Police and Crime Commissioner", "missing", None),
        (Role.CHIEF, "Chief Constable", "missing", None),
    ]
    signed = sign(draft, Role.COMMISSIONER, "Angus Macpherson", dt.date(2020, 4, 27))
    [commissioner, chief] = signoff_summary(signed)
    assert commissioner.state == "valid"
    assert commissioner.signoff is not None and commissioner.signoff.name == "Angus Macpherson"
    assert chief.state == "missing"


def test_published_status_without_valid_signatures_keeps_the_marking(unsigned: Path) -> None:
    """is_signed_off needs both signatures valid, whatever the status says."""
    draft = store.load(unsigned)
    draft = sign(draft, Role.COMMISSIONER, "A M", dt.date(2020, 4, 27))
    draft.workflow.status = Status.PUBLISHED
    assert not is_signed_off(draft)
    assert MARKING in render_text(draft, "md")
    with pytest.raises(NotReady, match="already recorded as published"):
        publish(draft, dt.date(2020, 5, 1))
