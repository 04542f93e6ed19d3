"""drafter status over 30 generated drafts: order, and every format, asserted exactly.

Today is 1 June 2026 throughout. A report published on day P has its statutory
deadline on P + 55, so days left = P + 55 - today; each draft below is given the
days left (or the publication of its response) it should show.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from drafter import store
from drafter.errors import DrafterError
from drafter.model import (
    Decision,
    Draft,
    Finding,
    FindingKind,
    Officer,
    Report,
    Response,
    Role,
    SignOff,
    Status,
    Workflow,
)
from drafter.store.signing import content_hash

TODAY = dt.date(2026, 6, 1)


@dataclass(frozen=True)
class Spec:
    name: str
    #: Days left to the deadline; None when the report has no publication date.
    days_left: int | None
    state: str = "draft"
    decided: int = 0
    #: For published responses: days after the deadline (negative: before it).
    late: int = 0
    #: For published responses: the date the response was published.
    response: dt.date | None = None
    #: Which signatures: "" none, "c" commissioner, "cC" both, "cS" commissioner and stale chief.
    signed: str = ""
    afi_included: bool = True
    folder: str = ""


SPECS = [
    Spec("dorset", -30),
    Spec("kent", -5, "in-review", decided=4, signed="c"),
    Spec("essex", -1, "signed-off", decided=4, signed="cC"),
    Spec("surrey", 0, decided=1),
    Spec("norfolk", 1, decided=2),
    Spec("suffolk", 3, "in-review", decided=4, signed="cS"),
    Spec("cumbria", 7, decided=3),
    Spec("avon", 7),
    Spec("durham", 14, "signed-off", decided=4, signed="cC"),
    Spec("gwent", 15, afi_included=False, decided=3),
    Spec("humberside", 20),
    Spec("lancashire", 30, "in-review", decided=4, signed="c"),
    Spec("merseyside", 40, decided=2),
    Spec("cleveland", 50),
    Spec("dyfed-powys", 55),
    Spec("wiltshire", 60),
    Spec("cheshire", None),
    Spec("bedfordshire", None, decided=2),
    Spec("hampshire", None, "published", decided=4, signed="cC", response=dt.date(2026, 5, 20)),
    Spec("sussex", None, "published", decided=4, signed="cC", response=dt.date(2026, 5, 25), late=3),
    Spec("thames-valley", None, "published", 4, signed="cC", response=dt.date(2026, 4, 1), late=-20),
    Spec("west-mercia", None, "published", 4, signed="cC", response=dt.date(2026, 5, 31)),
    Spec("staffordshire", None, "published", 4, signed="cC", response=dt.date(2026, 3, 15), late=10, folder="archive"),
    Spec("derbyshire", None, "published", 4, signed="cC", response=dt.date(2026, 2, 1), folder="archive"),
    Spec("leicestershire", None, "published", 4, signed="cS", response=dt.date(2026, 1, 10), folder="archive"),
    Spec("northumbria", None, "published", 4, signed="cC", response=dt.date(2025, 12, 1), late=1, folder="archive"),
    Spec("lincolnshire", None, "published", 4, signed="cC", response=dt.date(2025, 11, 11), folder="archive/2025"),
    Spec("nottinghamshire", None, "published", 4, signed="cC", response=dt.date(2025, 10, 1), folder="archive/2025"),
]  # fmt: skip

INVALID = {
    "gloucestershire.toml": "format = 1\n[report\n",
    "warwickshire.toml": "format = 99\n",
}


def make_draft(spec: Spec) -> Draft:
    if spec.response is not None:
        published = spec.response - dt.timedelta(days=55 + spec.late)
    elif spec.days_left is not None:
        published = TODAY + dt.timedelta(days=spec.days_left - 55)
    else:
        published = None
    force = spec.name.replace("-", " ").title()
    findings = [
        Finding(FindingKind.RECOMMENDATION, str(n), f"Recommendation {n} for {force}.")
        for n in (1, 2, 3)
    ]
    findings.append(Finding(FindingKind.AREA_FOR_IMPROVEMENT, "1", "An area for improvement."))
    for finding in findings[: spec.decided]:
        finding.decision = Decision.ACCEPT
        finding.response = "Accepted."
    draft = Draft(
        report=Report(title=f"PEEL 2025: {force} Police", published=published, findings=findings),
        response=Response(
            area=force,
            force=f"{force} Police",
            force_short=force,
            commissioner=Officer("Police and Crime Commissioner", "A Commissioner", "Comments."),
            chief=Officer("Chief Constable", "A Chief", "Comments."),
            include_areas_for_improvement=spec.afi_included,
        ),
    )
    signed = content_hash(draft)
    signoffs = []
    if "c" in spec.signed:
        signoffs.append(SignOff(Role.COMMISSIONER, "A Commissioner", TODAY, signed))
    if "C" in spec.signed:
        signoffs.append(SignOff(Role.CHIEF, "A Chief", TODAY, signed))
    if "S" in spec.signed:
        signoffs.append(SignOff(Role.CHIEF, "A Chief", TODAY, "sha256:" + "0" * 64))
    draft.workflow = Workflow(status=Status(spec.state), published=spec.response, signoffs=signoffs)
    return draft


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("portfolio") / "drafts"
    for spec in SPECS:
        path = root / spec.folder / f"{spec.name}.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        store.save(make_draft(spec), path)
    for name, text in INVALID.items():
        (root / name).write_text(text, encoding="utf-8")
    # Hidden folders (.git and the like) are never searched.
    (root / ".hidden").mkdir()
    (root / ".hidden" / "ignored.toml").write_text("not a draft", encoding="utf-8")
    return root


def test_there_are_thirty(folder: Path) -> None:
    visible = [p for p in folder.rglob("*.toml") if ".hidden" not in p.parts]
    assert len(visible) == len(SPECS) + len(INVALID) == 30


EXPECTED_ORDER = [
    "dorset.toml",
    "kent.toml",
    "essex.toml",
    "surrey.toml",
    "norfolk.toml",
    "suffolk.toml",
    "avon.toml",
    "cumbria.toml",
    "durham.toml",
    "gwent.toml",
    "humberside.toml",
    "lancashire.toml",
    "merseyside.toml",
    "cleveland.toml",
    "dyfed-powys.toml",
    "wiltshire.toml",
    "bedfordshire.toml",
    "cheshire.toml",
    "west-mercia.toml",
    "sussex.toml",
    "hampshire.toml",
    "thames-valley.toml",
    "archive/staffordshire.toml",
    "archive/derbyshire.toml",
    "archive/leicestershire.toml",
    "archive/northumbria.toml",
    "archive/2025/lincolnshire.toml",
    "archive/2025/nottinghamshire.toml",
    "gloucestershire.toml",
    "warwickshire.toml",
]


def load_error(path: Path) -> str:
    """The loader's own message for an invalid file: status must show it unchanged."""
    with pytest.raises(DrafterError) as caught:
        store.load(path)
    return str(caught.value)


def run_status(cli: Callable, folder: Path, fmt: str) -> tuple[int, str, str]:
    result = cli("status", folder, "--today", TODAY.isoformat(), "--format", fmt)
    return result.status, result.out, result.err


def test_table(folder: Path, cli: Callable) -> None:
    status, out, err = run_status(cli, folder, "table")
    assert (status, err) == (2, "")
    d = str(folder)
    rows = [
        ("dorset.toml", "PEEL 2025: Dorset Police", "8 Mar 2026", "2 May 2026", "30 overdue", "0/4", "draft", "none"),
        ("kent.toml", "PEEL 2025: Kent Police", "2 Apr 2026", "27 May 2026", "5 overdue", "4/4", "in-review", "commissioner valid"),
        ("essex.toml", "PEEL 2025: Essex Police", "6 Apr 2026", "31 May 2026", "1 overdue", "4/4", "signed-off", "commissioner valid, chief valid"),
        ("surrey.toml", "PEEL 2025: Surrey Police", "7 Apr 2026", "1 Jun 2026", "due today", "1/4", "draft", "none"),
        ("norfolk.toml", "PEEL 2025: Norfolk Police", "8 Apr 2026", "2 Jun 2026", "1 left", "2/4", "draft", "none"),
        ("suffolk.toml", "PEEL 2025: Suffolk Police", "10 Apr 2026", "4 Jun 2026", "3 left", "4/4", "in-review", "commissioner valid, chief stale"),
        ("avon.toml", "PEEL 2025: Avon Police", "14 Apr 2026", "8 Jun 2026", "7 left", "0/4", "draft", "none"),
        ("cumbria.toml", "PEEL 2025: Cumbria Police", "14 Apr 2026", "8 Jun 2026", "7 left", "3/4", "draft", "none"),
        ("durham.toml", "PEEL 2025: Durham Police", "21 Apr 2026", "15 Jun 2026", "14 left", "4/4", "signed-off", "commissioner valid, chief valid"),
        ("gwent.toml", "PEEL 2025: Gwent Police", "22 Apr 2026", "16 Jun 2026", "15 left", "3/3", "draft", "none"),
        ("humberside.toml", "PEEL 2025: Humberside Police", "27 Apr 2026", "21 Jun 2026", "20 left", "0/4", "draft", "none"),
        ("lancashire.toml", "PEEL 2025: Lancashire Police", "7 May 2026", "1 Jul 2026", "30 left", "4/4", "in-review", "commissioner valid"),
        ("merseyside.toml", "PEEL 2025: Merseyside Police", "17 May 2026", "11 Jul 2026", "40 left", "2/4", "draft", "none"),
        ("cleveland.toml", "PEEL 2025: Cleveland Police", "27 May 2026", "21 Jul 2026", "50 left", "0/4", "draft", "none"),
        ("dyfed-powys.toml", "PEEL 2025: Dyfed Powys Police", "1 Jun 2026", "26 Jul 2026", "55 left", "0/4", "draft", "none"),
        ("wiltshire.toml", "PEEL 2025: Wiltshire Police", "6 Jun 2026", "31 Jul 2026", "60 left", "0/4", "draft", "none"),
        ("bedfordshire.toml", "PEEL 2025: Bedfordshire Police", "", "", "no date", "2/4", "draft", "none"),
        ("cheshire.toml", "PEEL 2025: Cheshire Police", "", "", "no date", "0/4", "draft", "none"),
        ("west-mercia.toml", "PEEL 2025: West Mercia Police", "6 Apr 2026", "31 May 2026", "on time", "4/4", "published", "commissioner valid, chief valid"),
        ("sussex.toml", "PEEL 2025: Sussex Police", "28 Mar 2026", "22 May 2026", "3 late", "4/4", "published", "commissioner valid, chief valid"),
        ("hampshire.toml", "PEEL 2025: Hampshire Police", "26 Mar 2026", "20 May 2026", "on time", "4/4", "published", "commissioner valid, chief valid"),
        ("thames-valley.toml", "PEEL 2025: Thames Valley Police", "25 Feb 2026", "21 Apr 2026", "on time", "4/4", "published", "commissioner valid, chief valid"),
        ("archive/staffordshire.toml", "PEEL 2025: Staffordshire Police", "9 Jan 2026", "5 Mar 2026", "10 late", "4/4", "published", "commissioner valid, chief valid"),
        ("archive/derbyshire.toml", "PEEL 2025: Derbyshire Police", "8 Dec 2025", "1 Feb 2026", "on time", "4/4", "published", "commissioner valid, chief valid"),
        ("archive/leicestershire.toml", "PEEL 2025: Leicestershire Police", "16 Nov 2025", "10 Jan 2026", "on time", "4/4", "in-review", "commissioner valid, chief stale"),
        ("archive/northumbria.toml", "PEEL 2025: Northumbria Police", "6 Oct 2025", "30 Nov 2025", "1 late", "4/4", "published", "commissioner valid, chief valid"),
        ("archive/2025/lincolnshire.toml", "PEEL 2025: Lincolnshire Police", "17 Sep 2025", "11 Nov 2025", "on time", "4/4", "published", "commissioner valid, chief valid"),
        ("archive/2025/nottinghamshire.toml", "PEEL 2025: Nottinghamshire Police", "7 Aug 2025", "1 Oct 2025", "on time", "4/4", "published", "commissioner valid, chief valid"),
        ("gloucestershire.toml", "(not a valid draft)", "", "", "", "", "invalid", ""),
        ("warwickshire.toml", "(not a valid draft)", "", "", "", "", "invalid", ""),
    ]  # fmt: skip
    # A published response counts its open actions (here 4 accepted findings, no targets).
    # Leicestershire's chief signature is stale: changed since publication, it is in
    # review, its actions still tracked.
    rows = [
        (*row, "4 open" if row[6] == "published" or "leicestershire" in row[0] else "")
        for row in rows
    ]
    lines = out.split("\n")
    header = lines[0].split()
    assert header == [
        "Draft",
        "Report",
        "Published",
        "Deadline",
        "Days",
        "Decided",
        "Status",
        "Sign-offs",
        "Actions",
    ]
    assert set(lines[1]) == {"-", " "}
    # Columns start where the header's words start; split each row at those places.
    starts = [lines[0].index(h) for h in header]
    body = lines[2 : 2 + len(rows)]
    cells = [
        tuple(row[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True))
        for row in body
    ]
    assert cells == [(f"{d}/{path}", *rest) for path, *rest in rows]
    assert lines[2 + len(rows) :] == [
        "",
        "30 drafts: 3 overdue, 6 due within 14 days, 9 published, 1 changed since publication, "
        "2 not valid; actions: 40 open",
        "",
        "Not valid drafts:",
        f"  {load_error(folder / 'gloucestershire.toml')}",
        f"  {load_error(folder / 'warwickshire.toml')}",
        "",
    ]
    assert load_error(folder / "gloucestershire.toml").startswith(
        f"{d}/gloucestershire.toml:2:8: not valid TOML"
    )


def test_json(folder: Path, cli: Callable) -> None:
    status, out, err = run_status(cli, folder, "json")
    assert (status, err) == (2, "")
    data = json.loads(out)
    assert data["today"] == "2026-06-01"
    entries = data["drafts"]
    d = str(folder)
    assert [e["path"] for e in entries] == [f"{d}/{p}" for p in EXPECTED_ORDER]
    assert [(e["days_left"], e["days_late"], e["status"]) for e in entries] == [
        (-30, None, "draft"), (-5, None, "in-review"), (-1, None, "signed-off"),
        (0, None, "draft"), (1, None, "draft"), (3, None, "in-review"), (7, None, "draft"),
        (7, None, "draft"), (14, None, "signed-off"), (15, None, "draft"), (20, None, "draft"),
        (30, None, "in-review"), (40, None, "draft"), (50, None, "draft"), (55, None, "draft"),
        (60, None, "draft"), (None, None, "draft"), (None, None, "draft"),
        (None, 0, "published"), (None, 3, "published"), (None, 0, "published"),
        (None, 0, "published"), (None, 10, "published"), (None, 0, "published"),
        (None, 0, "in-review"), (None, 1, "published"), (None, 0, "published"),
        (None, 0, "published"), (None, None, "invalid"), (None, None, "invalid"),
    ]  # fmt: skip
    assert entries[5] == {
        "path": f"{d}/suffolk.toml",
        "report": "PEEL 2025: Suffolk Police",
        "report_published": "2026-04-10",
        "deadline": "2026-06-04",
        "days_left": 3,
        "decided": 4,
        "total": 4,
        "status": "in-review",
        "response_published": None,
        "days_late": None,
        "signoffs": [
            {
                "role": "commissioner",
                "name": "A Commissioner",
                "date": "2026-06-01",
                "state": "valid",
            },
            {"role": "chief", "name": "A Chief", "date": "2026-06-01", "state": "stale"},
        ],
        "open_actions": None,
        "overdue_actions": None,
        "error": None,
    }
    assert (entries[9]["decided"], entries[9]["total"]) == (3, 3)  # gwent leaves AFIs out
    assert entries[19] == {
        "path": f"{d}/sussex.toml",
        "report": "PEEL 2025: Sussex Police",
        "report_published": "2026-03-28",
        "deadline": "2026-05-22",
        "days_left": None,
        "decided": 4,
        "total": 4,
        "status": "published",
        "response_published": "2026-05-25",
        "days_late": 3,
        "signoffs": [
            {
                "role": "commissioner",
                "name": "A Commissioner",
                "date": "2026-06-01",
                "state": "valid",
            },
            {"role": "chief", "name": "A Chief", "date": "2026-06-01", "state": "valid"},
        ],
        "open_actions": 4,
        "overdue_actions": 0,
        "error": None,
    }
    assert entries[-1] == {
        "path": f"{d}/warwickshire.toml",
        "report": None,
        "report_published": None,
        "deadline": None,
        "days_left": None,
        "decided": None,
        "total": None,
        "status": "invalid",
        "response_published": None,
        "days_late": None,
        "signoffs": [],
        "open_actions": None,
        "overdue_actions": None,
        "error": load_error(folder / "warwickshire.toml"),
    }


def test_csv(folder: Path, cli: Callable) -> None:
    status, out, err = run_status(cli, folder, "csv")
    assert (status, err) == (2, "")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == [
        "path", "report", "report_published", "deadline", "days_left", "decided", "total",
        "status", "response_published", "days_late", "commissioner", "chief",
        "open_actions", "overdue_actions", "error",
    ]  # fmt: skip
    d = str(folder)
    assert [r[0] for r in rows[1:]] == [f"{d}/{p}" for p in EXPECTED_ORDER]
    assert rows[1] == [
        f"{d}/dorset.toml", "PEEL 2025: Dorset Police", "2026-03-08", "2026-05-02", "-30",
        "0", "4", "draft", "", "", "missing", "missing", "", "", "",
    ]  # fmt: skip
    assert rows[6] == [
        f"{d}/suffolk.toml", "PEEL 2025: Suffolk Police", "2026-04-10", "2026-06-04", "3",
        "4", "4", "in-review", "", "", "valid", "stale", "", "", "",
    ]  # fmt: skip
    assert rows[17] == [
        f"{d}/bedfordshire.toml", "PEEL 2025: Bedfordshire Police", "", "", "",
        "2", "4", "draft", "", "", "missing", "missing", "", "", "",
    ]  # fmt: skip
    assert rows[20] == [
        f"{d}/sussex.toml", "PEEL 2025: Sussex Police", "2026-03-28", "2026-05-22", "",
        "4", "4", "published", "2026-05-25", "3", "valid", "valid", "4", "0", "",
    ]  # fmt: skip
    assert rows[29][:14] == [f"{d}/gloucestershire.toml", *[""] * 6, "invalid", *[""] * 6]
    assert rows[29][14] == load_error(folder / "gloucestershire.toml")
    assert [r[4] for r in rows[1:17]] == [
        "-30", "-5", "-1", "0", "1", "3", "7", "7", "14", "15", "20", "30", "40", "50", "55", "60",
    ]  # fmt: skip


def test_only_valid_drafts_exit_zero(tmp_path: Path, cli: Callable) -> None:
    store.save(make_draft(SPECS[0]), tmp_path / "dorset.toml")
    result = cli("status", tmp_path, "--today", "2026-06-01")
    assert result.status == 0
    assert result.out.splitlines()[-1] == "1 draft: 1 overdue"


def test_default_folder_is_drafts(
    tmp_path: Path, cli: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    missing = cli("status")
    assert missing.status == 2
    assert missing.err == (
        "drafter: drafts: no such file or folder; give draft files, or the folder that "
        "holds them (drafter status [PATH ...])\n"
    )
    (tmp_path / "drafts").mkdir()
    store.save(make_draft(SPECS[3]), tmp_path / "drafts" / "surrey.toml")
    result = cli("status", "--today", "2026-06-01", "--format", "csv")
    assert result.status == 0
    assert result.out.splitlines()[1].startswith("drafts/surrey.toml,")


def test_an_empty_folder(tmp_path: Path, cli: Callable) -> None:
    result = cli("status", tmp_path)
    assert (result.status, result.out) == (0, "")
    assert result.err == f"no drafts (.toml files) under {tmp_path}\n"


def test_files_and_folders_together_each_draft_once(tmp_path: Path, cli: Callable) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    store.save(make_draft(SPECS[0]), folder / "dorset.toml")
    store.save(make_draft(SPECS[3]), folder / "surrey.toml")
    elsewhere = tmp_path / "kent.toml"
    store.save(make_draft(SPECS[0]), elsewhere)
    result = cli(
        "status", folder / "surrey.toml", elsewhere, folder, folder / ".." / "drafts" / "dorset.toml",
        "--today", "2026-06-01", "--format", "csv",
    )  # fmt: skip
    assert result.status == 0
    listed = [line.split(",")[0] for line in result.out.splitlines()[1:]]
    assert sorted(listed) == sorted(
        [str(folder / "surrey.toml"), str(elsewhere), str(folder / "dorset.toml")]
    )
    one = cli("status", elsewhere, "--today", "2026-06-01")
    assert (one.status, one.out.splitlines()[-1]) == (0, "1 draft: 1 overdue")
