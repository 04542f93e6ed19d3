"""Property-based tests of the draft format (hypothesis).

1. Any draft, with any text a person can type or paste, survives dumps and loads
   exactly; the only change is that line ends become ``\\n``.
2. Whatever happens to a valid draft's bytes (a bad edit, a bad merge, a truncated
   copy, a stray byte), loading it ends in a clean DrafterError or a valid draft,
   and a draft that loads can be checked, rendered and saved again losslessly.

The text alphabet is every Unicode code point but the surrogates (which cannot be
written as UTF-8). That deliberately includes all the C0 and C1 control characters:
a person types only tab and Enter, but text pasted from Word carries \\x0b (manual
line break), \\x07 (table cell end), \\x0c (page break) and \\r\\n, and a draft must
keep whatever it was given rather than lose a save over it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from drafter import store
from drafter.check import check
from drafter.errors import DrafterError
from drafter.model import (
    EARLIEST,
    LATEST,
    ActionStatus,
    Decision,
    Draft,
    Finding,
    FindingKind,
    NotedGroup,
    Officer,
    ProgressUpdate,
    Report,
    ReportKind,
    Response,
    Role,
    SignOff,
    Status,
    Workflow,
)
from drafter.render.text_formats import render_text

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "drafts").glob("*.toml"))

PROPERTY = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- random drafts ----------------------------------------------------------------

CHARACTERS = st.characters(exclude_categories=["Cs"])
#: Characters that make TOML escaping hard, drawn far more often than by chance.
AWKWARD = st.sampled_from(
    ['"', "'", '"""', "'''", "\\", "\\\\", '\\"', "\t", "\n", "\r\n", "\r", "\x0b", "\x00",
     "\x7f", "\x85", "\u2028", "\ufeff", "#", "=", "[[", "]]", "ŵ", "🚓", "é", "​"]
)  # fmt: skip
TEXT = st.lists(st.one_of(st.text(CHARACTERS, max_size=12), AWKWARD), max_size=8).map("".join)
REQUIRED = TEXT.filter(lambda s: _normal(s).strip() != "")
NUMBER = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=6).map(
    lambda s: _normal(s).strip()
)
NUMBER = NUMBER.filter(bool)
DATES = st.dates(min_value=EARLIEST, max_value=LATEST)


def _normal(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _addressee_key(text: str) -> str:
    return " ".join(_normal(text).casefold().split())


@st.composite
def officers(draw: st.DrawFn) -> Officer:
    return Officer(title=draw(REQUIRED), name=draw(TEXT), comments=draw(TEXT))


@st.composite
def findings(draw: st.DrawFn) -> list[Finding]:
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(list(FindingKind)), NUMBER),
            max_size=6,
            unique=True,
        )
    )
    causes = [n for kind, n in keys if kind is FindingKind.CAUSE_OF_CONCERN]
    out = []
    for kind, number in keys:
        cause = ""
        if kind is FindingKind.RECOMMENDATION and causes:
            cause = draw(st.sampled_from(["", *causes]))
        out.append(
            Finding(
                kind=kind,
                number=number,
                text=draw(REQUIRED),
                addressee=draw(TEXT),
                deadline=draw(TEXT),
                cause=cause,
                decision=draw(st.none() | st.sampled_from(list(Decision))),
                response=draw(TEXT),
                owner=draw(TEXT),
                target=draw(st.none() | DATES),
                action_status=draw(st.none() | st.sampled_from(list(ActionStatus))),
                progress=draw(
                    st.lists(
                        st.builds(
                            ProgressUpdate,
                            date=DATES,
                            status=st.sampled_from(list(ActionStatus)),
                            note=TEXT,
                            evidence=TEXT,
                        ),
                        max_size=3,
                    )
                ),
            )
        )
    return out


@st.composite
def drafts(draw: st.DrawFn) -> Draft:
    noted = draw(
        st.lists(
            st.builds(NotedGroup, addressee=REQUIRED, statement=TEXT),
            max_size=3,
            unique_by=lambda g: _addressee_key(g.addressee),
        )
    )
    signoffs = draw(
        st.lists(
            st.builds(SignOff, role=st.sampled_from(list(Role)), name=REQUIRED, date=DATES,
                      content_hash=REQUIRED),
            max_size=2,
            unique_by=lambda s: s.role,
        )
    )  # fmt: skip
    return Draft(
        report=Report(
            title=draw(REQUIRED),
            published=draw(st.none() | DATES),
            inspectorate=draw(st.just("HMICFRS") | REQUIRED),
            kind=draw(st.none() | st.sampled_from(list(ReportKind))),
            url=draw(TEXT),
            findings=draw(findings()),
        ),
        response=Response(
            area=draw(REQUIRED),
            force=draw(REQUIRED),
            force_short=draw(REQUIRED),
            commissioner=draw(officers()),
            chief=draw(officers()),
            cc=draw(st.lists(TEXT, max_size=3)),
            layout=draw(st.just("standard") | st.from_regex(r"[a-z0-9][a-z0-9-]{0,8}", fullmatch=True)),
            include_areas_for_improvement=draw(st.booleans()),
            noted=noted,
        ),
        workflow=Workflow(
            status=draw(st.sampled_from(list(Status))),
            published=draw(st.none() | DATES),
            signoffs=signoffs,
        ),
    )  # fmt: skip


def normalised(value: Any) -> Any:
    """The value as a save and load must give it back: every line end as ``\\n``."""
    if isinstance(value, str) and type(value) is str:
        return _normal(value)
    if isinstance(value, list):
        return [normalised(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: normalised(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


@PROPERTY
@given(drafts())
def test_any_draft_round_trips_exactly(draft: Draft) -> None:
    text = store.dumps(draft)
    assert "\r" not in text
    assert text.endswith("\n")
    loaded = store.loads(text)
    # The status saved is the settled one: never "signed-off" beside a stale signature.
    assert loaded == normalised(store.settle(draft))
    assert store.dumps(loaded) == text  # canonical: the same content, the same bytes


@settings(PROPERTY, max_examples=100)
@given(drafts(), st.sampled_from(["md", "html", "txt"]))
def test_any_valid_draft_checks_and_renders(draft: Draft, fmt: str) -> None:
    draft.response.layout = "standard"
    check(draft, dt.date(2026, 5, 16))
    rendered = render_text(draft, fmt)
    # Random sign-off hashes never match the content, so every output is marked.
    assert "DRAFT" in rendered


# --- mutated bytes ----------------------------------------------------------------

#: Pieces that matter to TOML or to the draft schema, to splice in and swap out.
TOKENS = [
    b'"', b'"""', b"'", b"'''", b"=", b"[", b"]", b"[[", b"]]", b"\n", b"\r\n", b",", b"#",
    b"\\", b"\\u", b"\\U0011ffff", b" ", b"\t", b"{", b"}", b".", b"1", b"-1", b"99",
    b"2020-02-30", b"2020-03-09", b"2020-03-09T10:00:00", b"10:00", b"true", b"1.5", b"inf",
    b"nan", b"accept", b"note", b"maybe", b"format", b"findings", b"noted", b"report",
    b"response", b"workflow", b"signoffs", b"cause", b"number", b"decision", b"kind",
    b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\xef\xbb\xbf",
]  # fmt: skip


@st.composite
def mutations(draw: st.DrawFn, source: bytes) -> bytes:
    data = bytearray(source)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        op = draw(
            st.sampled_from(["flip", "delete", "insert", "token", "swap", "duplicate", "cut"])
        )
        if op == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif op == "swap":
            old = draw(st.sampled_from(TOKENS))
            found = data.find(old, at)
            if found != -1:
                data[found : found + len(old)] = draw(st.sampled_from(TOKENS))
        elif op == "duplicate":
            end = min(len(data), at + draw(st.integers(1, 400)))
            data[end:end] = data[at:end]
        elif op == "cut":
            del data[at:]
    return bytes(data)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mutations") / "mutated.toml"


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
@PROPERTY
@given(data=st.data())
def test_mutated_draft_loads_cleanly_or_fails_cleanly(
    example: Path, scratch: Path, data: st.DataObject
) -> None:
    mutated = data.draw(mutations(example.read_bytes()))
    assume(mutated != example.read_bytes())
    scratch.write_bytes(mutated)
    try:
        draft = store.load(scratch)
    except DrafterError as error:
        event("refused")
        message = str(error)
        assert message.startswith(str(scratch)), message
        assert "Traceback" not in message
        return
    event("loaded")
    # It loaded: then everything else must work on it too, and lose nothing.
    text = store.dumps(draft)
    # Saved with the status its signatures allow (a signed text mutated is in review).
    assert store.loads(text) == store.settle(draft)
    check(draft, dt.date(2026, 5, 16))
    for fmt in ("md", "html", "txt"):
        # A clean error is fine here: the mutation may have renamed the layout.
        with contextlib.suppress(DrafterError):
            render_text(draft, fmt)
