"""A catalogue of broken drafts: each gets one exact, located message and exit status 2.

Every case runs through both `drafter check` and `drafter render`, and the file must
be left exactly as it was. ``{path}`` in a message stands for the draft's path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter import store
from drafter.errors import DraftError

BASE = '''\
format = 2

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

[[findings]]
number = "1"
kind = "recommendation"
text = """
The force should do one thing."""
decision = "accept"

[[findings]]
number = "2"
kind = "recommendation"
text = """
The force should do another."""
decision = "note"

[[findings]]
number = "3"
kind = "recommendation"
text = """
The force should do a third thing."""

[[findings]]
number = "4"
kind = "recommendation"
text = """
The force should do a fourth thing."""
decision = "accept"
'''

SYNTAX_TAIL = "; fix the file in an editor (docs/draft-format.md shows the format)"


def edit(old: str, new: str, count: int = 1) -> Callable[[str], str]:
    def apply(text: str) -> str:
        assert old in text, f"the base draft has no {old!r}"
        return text.replace(old, new, count)

    return apply


def append(extra: str) -> Callable[[str], str]:
    return lambda text: text + extra


def last(old: str, new: str) -> Callable[[str], str]:
    """Replace the last occurrence of ``old``."""

    def apply(text: str) -> str:
        at = text.rindex(old)
        return text[:at] + new + text[at + len(old) :]

    return apply


#: id -> (how to break the base draft, the exact message after "drafter: ").
CASES: dict[str, tuple[Callable[[str], str] | bytes, str]] = {
    "unclosed quote": (
        edit('area = "Kent"', 'area = "Kent'),
        "{path}:8:13: not valid TOML: a line ends inside a text in double quotes; close the "
        'quote, or put text of several lines between """ marks' + SYNTAX_TAIL,
    ),
    "unquoted text": (
        edit('decision = "accept"', "decision = accept"),
        "{path}:23:12: not valid TOML: a value is not written as TOML allows; put text in "
        "double quotes, write dates as 2024-03-31 and true or false in lower case" + SYNTAX_TAIL,
    ),
    "unclosed multi-line text": (
        last('fourth thing."""', "fourth thing."),
        "{path}: not valid TOML at the end of the file: a text in double quotes is never "
        'closed; add the closing " (or """)' + SYNTAX_TAIL,
    ),
    "key given twice": (
        edit('area = "Kent"', 'area = "Kent"\narea = "Medway"'),
        '{path}:9:1: not valid TOML: the key "area" is given twice in the same table; '
        "keep only one of them" + SYNTAX_TAIL,
    ),
    "table given twice": (
        append('\n[report]\ntitle = "Again"\n'),
        "{path}:45:8: not valid TOML: the table [report] appears twice; keep one (each finding "
        "is its own [[findings]] block, with two brackets)" + SYNTAX_TAIL,
    ),
    "misspelt decision": (
        last('decision = "accept"', 'decision = "acept"'),
        '{path}:43:12: findings[3].decision: "acept" is not one of accept, partially-accept, '
        "not-accepted, note",
    ),
    "misspelt kind": (
        edit('kind = "recommendation"', 'kind = "recomendation"'),
        '{path}:20:8: findings[0].kind: "recomendation" is not one of recommendation, '
        "cause-of-concern, area-for-improvement",
    ),
    "number for text": (
        edit('title = "PEEL 2025: Kent Police"', "title = 2025"),
        "{path}:4:9: report.title: must be text in double quotes, not the number 2025",
    ),
    "unquoted finding number": (
        edit('number = "2"', "number = 2"),
        "{path}:26:10: findings[1].number: must be text in double quotes, not the number 2",
    ),
    "text for a list": (
        edit('force-short = "Kent"', 'force-short = "Kent"\ncc = "HM Inspector"'),
        '{path}:11:6: response.cc: must be a list of texts in double quotes, such as ["one", '
        '"two"], not the text "HM Inspector"',
    ),
    "text for true or false": (
        edit('force-short = "Kent"', 'force-short = "Kent"\ninclude-areas-for-improvement = "no"'),
        "{path}:11:33: response.include-areas-for-improvement: must be true or false, "
        'not the text "no"',
    ),
    "unknown key with a near miss": (
        edit('decision = "accept"', 'decision = "accept"\nrepsonse = "We will."'),
        '{path}:24:12: findings[0].repsonse: unknown key "repsonse"; did you mean "response"?',
    ),
    "unknown key": (
        edit("[report]", '[report]\ncolour = "red"'),
        '{path}:4:10: report.colour: unknown key "colour"; known keys: inspectorate, kind, '
        "published, title, url",
    ),
    "unknown table": (
        append("\n[extras]\nnote = 1\n"),
        '{path}:45:1: extras: unknown key "extras"; known keys: conflicts, findings, format, '
        "noted, report, response, spelling, workflow",
    ),
    "missing title": (
        edit('title = "PEEL 2025: Kent Police"\n', ""),
        '{path}:3:1: report.title: is missing; add it as text in double quotes: title = "..."',
    ),
    "missing finding text": (
        edit('text = """\nThe force should do another."""\n', ""),
        '{path}:25:1: findings[1].text: is missing; add it as text in double quotes: text = "..."',
    ),
    "missing chief officer": (
        edit('[response.chief]\ntitle = "Chief Constable"\n', ""),
        "{path}:7:1: response.chief: is missing; add a [response.chief] table",
    ),
    "empty force": (
        edit('force = "Kent Police"', 'force = "  "'),
        "{path}:9:9: response.force: is empty; it must hold some text",
    ),
    "date as a string": (
        edit("published = 2025-06-12", 'published = "2025-06-12"'),
        "{path}:5:13: report.published: must be a date such as 2024-03-31 (write it without "
        'quotes), not the text "2025-06-12"',
    ),
    "impossible date": (
        edit("published = 2025-06-12", "published = 2020-02-30"),
        "{path}:5:13: not valid TOML: this date does not exist; check the day and the month "
        "(dates are written as 2024-03-31)" + SYNTAX_TAIL,
    ),
    "date with a time": (
        edit("published = 2025-06-12", "published = 2025-06-12T10:00:00"),
        "{path}:5:13: report.published: must be a date such as 2024-03-31, not the date and "
        "time 2025-06-12T10:00:00",
    ),
    "duplicate finding number": (
        edit('number = "2"', 'number = "1"'),
        "{path}:26:10: findings[1].number: Recommendation 1 appears twice (first as "
        "findings[0]); give each finding HMICFRS's own number once",
    ),
    "cause pointing to no cause of concern": (
        edit('number = "2"\n', 'number = "2"\ncause = "4"\n'),
        '{path}:27:9: findings[1].cause: there is no cause of concern numbered "4" in this '
        "draft; give the number of one of its causes of concern, or remove the cause key",
    ),
    "noted group given twice": (
        append('\n[[noted]]\naddressee = "NPCC lead"\n\n[[noted]]\naddressee = "npcc  Lead"\n'),
        '{path}:49:13: noted[1].addressee: a noted group for "npcc  Lead" already exists '
        "(noted[0]); merge the two statements into one group",
    ),
    "newer format": (
        edit("format = 2", "format = 3"),
        "{path}:1:10: format: this draft is in format 3, written by a newer version of "
        "drafter; this version reads formats up to 2: upgrade drafter to open it",
    ),
    "missing format": (
        edit("format = 2\n", ""),
        "{path}: format: is missing; a draft starts with the line: format = 2",
    ),
    "single brackets for findings": (
        lambda text: text.split("\n[[findings]]")[0] + '\n[findings]\nnumber = "1"\n',
        "{path}:18:1: findings: must be a list of [[findings]] tables, not a table",
    ),
    "bad sign-off role": (
        append(
            '\n[workflow]\nstatus = "signed-off"\n\n[[workflow.signoffs]]\nrole = "pcc"\n'
            'name = "A N Other"\ndate = 2025-07-01\nhash = "sha256:0"\n'
        ),
        '{path}:49:8: workflow.signoffs[0].role: "pcc" is not one of commissioner, chief',
    ),
    "not UTF-8": (
        BASE.replace('area = "Kent"', 'area = "Ként"').encode("latin-1"),
        "{path}:8:10: is not UTF-8 text (byte 0xe9); save it as UTF-8 and try again",
    ),
    "empty file": (
        b"",
        "{path}: is empty; a draft starts with `format = 2` (see docs/draft-format.md)",
    ),
    "only blank lines": (
        b"\n   \n\t\n",
        "{path}: is empty; a draft starts with `format = 2` (see docs/draft-format.md)",
    ),
}


def test_base_draft_is_valid() -> None:
    """The catalogue breaks one thing at a time in a draft that is otherwise fine."""
    draft = store.loads(BASE)
    assert [f.number for f in draft.findings] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("command", ["check", "render"])
@pytest.mark.parametrize(("breaker", "message"), CASES.values(), ids=CASES.keys())
def test_bad_draft(
    cli: Callable, tmp_path: Path, command: str, breaker: Callable | bytes, message: str
) -> None:
    path = tmp_path / "bad.toml"
    data = breaker if isinstance(breaker, bytes) else breaker(BASE).encode("utf-8")
    path.write_bytes(data)
    past = 1_500_000_000_000_000_000
    os.utime(path, ns=(past, past))
    result = cli(command, path, *(["--today", "2025-06-20"] if command == "check" else []))
    assert (result.status, result.out, result.err) == (
        2,
        "",
        "drafter: " + message.format(path=path) + "\n",
    )
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == past
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.toml"]


@pytest.mark.parametrize("command", ["check", "render"])
def test_missing_file(cli: Callable, tmp_path: Path, command: str) -> None:
    path = tmp_path / "nowhere.toml"
    result = cli(command, path)
    assert (result.status, result.out, result.err) == (
        2,
        "",
        f"drafter: {path}: no such file; check the path, or create it with `drafter new`\n",
    )
    assert not path.exists()


@pytest.mark.parametrize("command", ["check", "render"])
def test_folder(cli: Callable, tmp_path: Path, command: str) -> None:
    folder = tmp_path / "drafts.toml"
    folder.mkdir()
    result = cli(command, folder)
    assert (result.status, result.out, result.err) == (
        2,
        "",
        f"drafter: {folder}: is a folder, not a draft; give the path of a .toml file\n",
    )
    assert list(folder.iterdir()) == []


def test_check_reports_each_bad_draft_and_goes_on(
    cli: Callable, tmp_path: Path, wiltshire: Path
) -> None:
    """One bad draft among good ones: each bad one gets its line, the good ones are checked."""
    bad = tmp_path / "bad.toml"
    bad.write_text(BASE.replace("format = 2", "format = 3"), encoding="utf-8")
    result = cli("check", bad, wiltshire, tmp_path / "gone.toml", "--today", "2020-04-01")
    assert result.status == 2
    assert result.out == (
        f"{wiltshire}: published 30 April 2020, within the statutory "
        "deadline of 3 May 2020; signed by both\n"
    )
    # less the note on the reference's Cc line (tests/test_cc_names.py)
    assert [line for line in result.err.splitlines() if "drafter: note: " not in line] == [
        f"drafter: {bad}:1:10: format: this draft is in format 3, written by a newer version "
        "of drafter; this version reads formats up to 2: upgrade drafter to open it",
        f"drafter: {tmp_path / 'gone.toml'}: no such file; check the path, or create it with "
        "`drafter new`",
    ]


def test_every_message_is_a_draft_error() -> None:
    """The catalogue's messages come from DraftError, located where the file allows."""
    with pytest.raises(DraftError) as raised:
        store.loads(CASES["misspelt decision"][0](BASE), "x.toml")  # type: ignore[operator]
    error = raised.value
    assert (error.line, error.column, error.field) == (43, 12, "findings[3].decision")
    assert error.exit_status == 2
