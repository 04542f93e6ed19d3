"""The draft format is lossless and canonical.

Lossless: any text a person can type survives save and load. Canonical: the same
draft always gives the same bytes, nothing empty is written, each finding is its own
block and a changed paragraph is one changed line, so ``git diff`` shows only what a
person changed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
import tomli_w
from conftest import EXAMPLES, NORTHMOOR, WILTSHIRE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import store
from drafter.errors import SaveError
from drafter.model import (
    ActionStatus,
    Decision,
    Draft,
    Finding,
    FindingKind,
    NotedGroup,
    Officer,
    Report,
    ReportKind,
    Response,
    Role,
    SignOff,
    Status,
    Workflow,
)

LONG_PARAGRAPH = " ".join(f"word{i % 97}" for i in range(50_000))

#: Text people paste: every awkward character TOML or our encoder could trip on.
HOSTILE = {
    "double quotes": 'She said "no", then "yes" and ""maybe""',
    "ends in a quote": 'the word "final"',
    "ends in two quotes": 'two quotes at the end ""',
    "starts with quotes": '"""Quoted""" at the start',
    "triple quotes inside": 'a """ in the middle and """" and """""" too',
    "single quotes": "the force's 'own' words '''",
    "backslashes": 'C:\\Users\\officer\\draft.toml and \\n and \\" and \\\\',
    "ends in a backslash": "a path ending C:\\",
    "tabs": "col1\tcol2\t\tcol3\t",
    "emoji": "👍🏽 well done 🚓 — 👮‍♀️",
    "welsh": "Heddlu Dyfed-Powys: ŵ ŷ â ê î ô û ẅ ÿ, Llanfair­pwll, Caerdydd, Gŵyl",
    "several paragraphs": "First paragraph.\nSecond paragraph.\n\nAfter a blank line.",
    "surrounding blank lines": "\n\nText with blank lines around it.\n\n",
    "surrounding spaces": "  padded paragraph  ",
    "control characters": "bell\x07 vertical tab\x0b escape\x1b delete\x7f",
    "unicode separators": "line\u2028separator and paragraph\u2029separator, nbsp\u00a0here",
    "toml syntax": '[[findings]]\nnumber = "1"\n[workflow]\nstatus = "published"',
    "markup": "<script>alert('x')</script> **bold** | cell | # heading &amp;",
}


def every_text(value: str) -> Draft:
    """A draft holding ``value`` in every text field the format has."""
    tight = value.strip() or "x"  # numbers are stored stripped
    return Draft(
        report=Report(
            title=value if value.strip() else "t" + value,
            published=dt.date(2026, 1, 5),
            inspectorate=value,
            kind=ReportKind.PEEL,
            url=value,
            findings=[
                Finding(
                    kind=FindingKind.CAUSE_OF_CONCERN,
                    number=tight,
                    text="t" + value,
                    addressee=value,
                    deadline=value,
                    decision=Decision.ACCEPT,
                    response=value,
                    owner=value,
                    target=dt.date(2026, 3, 31),
                    action_status=ActionStatus.PLANNED,
                ),
                Finding(
                    kind=FindingKind.RECOMMENDATION,
                    number=tight,
                    cause=tight,
                    text=value + "t",
                    addressee=value,
                    decision=Decision.NOTE,
                ),
            ],
        ),
        response=Response(
            area="a" + value,
            force="f" + value,
            force_short="s" + value,
            commissioner=Officer(title="c" + value, name=value, comments=value),
            chief=Officer(title="k" + value, name=value, comments=value),
            cc=[value, "plain", value],
            layout=value,
            noted=[NotedGroup(addressee="n" + value, statement=value)],
        ),
        workflow=Workflow(
            status=Status.IN_REVIEW,
            published=dt.date(2026, 2, 1),
            signoffs=[SignOff(Role.CHIEF, "n" + value, dt.date(2026, 1, 30), "h" + value)],
        ),
    )


def roundtrip(draft: Draft) -> Draft:
    return store.loads(store.dumps(draft), "roundtrip.toml")


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_survives_in_every_field(value: str) -> None:
    draft = every_text(value)
    assert roundtrip(draft) == draft


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_canonical(value: str) -> None:
    """Loading what was saved and saving it again gives the very same bytes."""
    text = store.dumps(every_text(value))
    assert store.dumps(store.loads(text)) == text


def test_a_50000_word_paragraph_survives() -> None:
    """In every prose field, a one-line field and a Cc line: one paragraph stays one line."""
    draft = store.load(WILTSHIRE)
    response = draft.response
    finding = replace(draft.findings[0], text=LONG_PARAGRAPH, response=LONG_PARAGRAPH)
    draft = replace(
        draft,
        report=replace(draft.report, findings=[finding, *draft.findings[1:]]),
        response=replace(
            response,
            cc=[LONG_PARAGRAPH],
            commissioner=replace(response.commissioner, comments=LONG_PARAGRAPH),
            chief=replace(response.chief, name=LONG_PARAGRAPH, comments=LONG_PARAGRAPH),
            noted=[replace(response.noted[0], statement=LONG_PARAGRAPH)],
        ),
    )
    text = store.dumps(draft)
    # Saved with the status its signatures allow: the published text changed is in review.
    assert roundtrip(draft) == store.settle(draft)
    assert f'comments = """\n{LONG_PARAGRAPH}"""\n' in text
    assert f'response = """\n{LONG_PARAGRAPH}"""\n' in text
    assert len(LONG_PARAGRAPH.split()) == 50_000


def test_word_line_ends_are_normalised() -> None:
    """Text pasted from Word brings \\r\\n (and old Macs \\r); the file holds \\n only."""
    pasted = every_text("First paragraph.\r\nSecond paragraph.\rThird.\r\n")
    expected = every_text("First paragraph.\nSecond paragraph.\nThird.\n")
    text = store.dumps(pasted)
    assert "\r" not in text
    assert roundtrip(pasted) == expected


def test_word_line_ends_are_saved_canonically() -> None:
    """Saving text that still holds \r gives the bytes of the same text with \n."""
    pasted = every_text("First paragraph.\r\nSecond paragraph.\rThird.\r\n")
    expected = every_text("First paragraph.\nSecond paragraph.\nThird.\n")
    assert store.dumps(pasted) == store.dumps(expected)


def test_crlf_in_a_hand_edited_file_is_read_as_lf(tmp_path: Path) -> None:
    path = tmp_path / "windows.toml"
    path.write_bytes(WILTSHIRE.read_bytes().replace(b"\n", b"\r\n"))
    assert store.load(path) == store.load(WILTSHIRE)


# Hypothesis: any text at all, in the fields where prose goes.
_typed = st.text(
    alphabet=st.characters(exclude_categories=("Cs",)),  # no lone surrogates: not UTF-8
    max_size=200,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(comments=_typed, response=_typed, cc=st.lists(_typed, max_size=3), name=_typed)
def test_any_typed_text_survives(comments: str, response: str, cc: list[str], name: str) -> None:
    draft = store.load(NORTHMOOR)
    finding = replace(draft.findings[1], response=response, owner=name)
    draft = replace(
        draft,
        report=replace(draft.report, findings=[draft.findings[0], finding, *draft.findings[2:]]),
        response=replace(
            draft.response,
            cc=cc,
            commissioner=replace(draft.response.commissioner, comments=comments, name=name),
        ),
    )
    expected = replace(
        draft,
        report=replace(
            draft.report,
            findings=[
                draft.findings[0],
                replace(finding, response=_lf(response), owner=_lf(name)),
                *draft.findings[2:],
            ],
        ),
        response=replace(
            draft.response,
            cc=[_lf(c) for c in cc],
            commissioner=replace(
                draft.response.commissioner, comments=_lf(comments), name=_lf(name)
            ),
        ),
    )
    text = store.dumps(draft)
    assert store.loads(text) == expected
    assert store.dumps(store.loads(text)) == text


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- the example drafts --------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_drafts_are_canonical(path: Path) -> None:
    assert store.dumps(store.load(path)).encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_saving_an_unchanged_draft_does_not_touch_it(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    past = 1_600_000_000_000_000_000
    os.utime(copy, ns=(past, past))
    before = copy.stat()
    assert store.save(store.load(copy), copy) is False
    after = copy.stat()
    assert (after.st_mtime_ns, after.st_ino) == (past, before.st_ino)
    assert copy.read_bytes() == path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_hand_edited_draft_is_saved_in_canonical_form(tmp_path: Path) -> None:
    """Keys in another order, other quoting, comments: the next save writes canonical bytes."""
    raw = tomllib.loads(WILTSHIRE.read_text(encoding="utf-8"))
    shuffled = {key: raw[key] for key in reversed(list(raw))}
    shuffled["response"] = {k: raw["response"][k] for k in reversed(list(raw["response"]))}
    messy = "# a reviewer's note\n" + tomli_w.dumps(shuffled)
    path = tmp_path / "messy.toml"
    path.write_text(messy, encoding="utf-8")
    assert store.save(store.load(path), path) is True
    assert path.read_bytes() == WILTSHIRE.read_bytes()
    assert "# a reviewer's note" not in path.read_text(encoding="utf-8")


# --- canonical bytes -------------------------------------------------------------------


MINIMAL = Draft(
    report=Report(title="PEEL 2025: Kent Police"),
    response=Response(
        area="Kent",
        force="Kent Police",
        force_short="Kent",
        commissioner=Officer(title="Police and Crime Commissioner"),
        chief=Officer(title="Chief Constable"),
    ),
)


def test_defaults_and_empty_values_are_left_out() -> None:
    draft = replace(
        MINIMAL,
        report=replace(
            MINIMAL.report,
            findings=[Finding(kind=FindingKind.RECOMMENDATION, number="1", text="Do it.")],
        ),
    )
    assert store.dumps(draft) == (
        "format = 2\n"
        "\n"
        "[report]\n"
        'title = "PEEL 2025: Kent Police"\n'
        "\n"
        "[response]\n"
        'area = "Kent"\n'
        'force = "Kent Police"\n'
        'force-short = "Kent"\n'
        "\n"
        "[response.commissioner]\n"
        'title = "Police and Crime Commissioner"\n'
        "\n"
        "[response.chief]\n"
        'title = "Chief Constable"\n'
        "\n"
        "[[findings]]\n"
        'number = "1"\n'
        'kind = "recommendation"\n'
        'text = """\n'
        'Do it."""\n'
    )


def test_non_default_values_are_written() -> None:
    draft = replace(
        MINIMAL,
        report=replace(MINIMAL.report, inspectorate="HMICS"),
        response=replace(MINIMAL.response, layout="letter", include_areas_for_improvement=False),
        workflow=Workflow(status=Status.IN_REVIEW),
    )
    text = store.dumps(draft)
    assert 'inspectorate = "HMICS"\n' in text
    assert 'layout = "letter"\n' in text
    assert "include-areas-for-improvement = false\n" in text
    assert text.endswith('\n[workflow]\nstatus = "in-review"\n')
    assert roundtrip(draft) == draft


def test_same_content_gives_same_bytes() -> None:
    """Two drafts built separately, equal in content, save identically."""
    a = store.load(NORTHMOOR)
    b = store.loads(tomli_w.dumps(tomllib.loads(NORTHMOOR.read_text(encoding="utf-8"))))
    assert a is not b and a == b
    assert store.dumps(a) == store.dumps(b)


def test_one_findings_block_per_finding() -> None:
    draft = store.load(NORTHMOOR)
    text = store.dumps(draft)
    assert text.count("\n[[findings]]\n") == len(draft.findings) == 12
    blocks = text.split("\n[[findings]]\n")[1:]
    numbers = [tomllib.loads(b.split("\n[[noted]]\n")[0])["number"] for b in blocks]
    assert numbers == [f.number for f in draft.findings]


def _diff(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.split("\n"), after.split("\n"), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_a_changed_paragraph_is_one_changed_line() -> None:
    # Unsigned: a change to a signed response changes its status line too.
    draft = replace(store.load(WILTSHIRE), workflow=Workflow())
    comments = draft.response.commissioner.comments.split("\n")
    comments[3] = comments[3].replace("vital", "essential")
    changed = replace(
        draft,
        response=replace(
            draft.response,
            commissioner=replace(draft.response.commissioner, comments="\n".join(comments)),
        ),
    )
    diff = _diff(store.dumps(draft), store.dumps(changed))
    assert diff == [
        "-" + draft.response.commissioner.comments.split("\n")[3],
        "+" + comments[3],
    ]


def test_a_changed_finding_changes_only_its_own_block() -> None:
    draft = store.load(NORTHMOOR)
    findings = list(draft.findings)
    findings[4] = replace(findings[4], decision=Decision.ACCEPT, response="We will do it.")
    changed = replace(draft, report=replace(draft.report, findings=findings))
    diff = _diff(store.dumps(draft), store.dumps(changed))
    assert diff == ['+decision = "accept"', '+response = """', '+We will do it."""']


# --- atomic saves ---------------------------------------------------------------------


def test_an_interrupted_save_leaves_the_old_draft(
    wiltshire: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = wiltshire.read_bytes()
    draft = store.load(wiltshire)
    changed = replace(draft, report=replace(draft.report, title="A new title"))

    def power_cut(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(SaveError) as raised:
        store.save(changed, wiltshire)
    assert str(raised.value) == (
        f"cannot save {wiltshire}: Input/output error; the file was not changed"
    )
    assert wiltshire.read_bytes() == before
    assert [p.name for p in wiltshire.parent.iterdir()] == [wiltshire.name]


def test_a_full_disk_leaves_the_old_draft(wiltshire: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = wiltshire.read_bytes()
    draft = store.load(wiltshire)
    changed = replace(draft, report=replace(draft.report, title="A new title"))

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SaveError) as raised:
        store.save(changed, wiltshire)
    assert str(raised.value) == (
        f"cannot save {wiltshire}: the disk is full; free some space and save again; "
        "the file was not changed"
    )
    assert wiltshire.read_bytes() == before
    assert [p.name for p in wiltshire.parent.iterdir()] == [wiltshire.name]


def test_a_save_keeps_the_file_permissions(wiltshire: Path) -> None:
    wiltshire.chmod(0o640)
    draft = store.load(wiltshire)
    assert store.save(replace(draft, report=replace(draft.report, title="New")), wiltshire)
    assert wiltshire.stat().st_mode & 0o777 == 0o640
    assert store.load(wiltshire).report.title == "New"
