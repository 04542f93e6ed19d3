"""Comments in a hand-edited draft: found exactly, and named before a save drops them."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import WILTSHIRE
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from drafter import store
from drafter.model import Workflow
from drafter.store.comments import comment_lines, not_kept

TRICKY = '''# top
format = 1 # after a value
a = "x # in a string"
b = 'y # in a literal string'
c = """
multi # in a multi-line string
"quoted" # still in it
""" # after one
d = \'\'\'
lit # in a multi-line literal
\'\'\'
e = """ends with quotes""""
# on its own line
"k#ey" = 1
f = "escaped \\" # still in the string"
g = ["x", # in an array
  "y"]
'''


def test_comments_are_found_and_hashes_in_strings_are_not() -> None:
    tomllib.loads(TRICKY)  # valid TOML, as comment_lines expects
    assert comment_lines(TRICKY) == [1, 2, 8, 13, 16]


def test_no_hash_no_comments() -> None:
    assert comment_lines('format = 1\n[report]\ntitle = "A"\n') == []


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([4], "the comment (# ...) at line 4 is not kept"),
        ([1, 9], "the comments (# ...) at lines 1 and 9 are not kept"),
        (list(range(1, 9)), "the comments (# ...) at lines 1, 2, 3, 4, 5, 6 and 2 more are"),
    ],
)
def test_the_message_names_the_lines(lines: list[int], message: str) -> None:
    assert not_kept(lines).startswith(message)
    assert not_kept(lines).endswith(
        'drafter saves drafts without comments (see "Comments are not kept" in '
        "docs/draft-format.md)"
    )


# Any text a person might write, heavy in the characters that matter here.
PROSE = st.text(
    alphabet=st.sampled_from(list("ab #'\"\\[]=\n\t")) | st.characters(exclude_categories=["Cs"]),
    max_size=60,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(response=PROSE, comments=PROSE, text=PROSE)
def test_a_saved_draft_has_none_and_added_comments_are_all_found(
    response: str, comments: str, text: str
) -> None:
    draft = store.load(WILTSHIRE)
    draft.findings[0].response = response
    draft.findings[1].text = text or "x"
    draft.response.commissioner.comments = comments
    saved = store.dumps(draft)
    assert comment_lines(saved) == []
    # A comment before every table header: where a person would put one.
    lines = saved.split("\n")
    commented: list[str] = []
    expected = []
    for line in lines:
        if re.match(r"\[", line):
            commented.append("# a note [with 'quotes\" and #hashes")
            expected.append(len(commented))
        commented.append(line)
    hand_edited = "\n".join(commented)
    # A line of prose can itself start with "[": then the "comment" went inside a string.
    assume(tomllib.loads(hand_edited) == tomllib.loads(saved))
    assert comment_lines(hand_edited) == expected


@pytest.fixture
def commented(wiltshire: Path) -> Path:
    """The reference draft, ready to sign, with two comments as a person adds them."""
    draft = store.load(wiltshire)
    draft.workflow = Workflow()
    store.save(draft, wiltshire)
    text = wiltshire.read_text(encoding="utf-8")
    text = "# checked by JS\n" + text.replace("[report]\n", "[report]  # from the PDF\n", 1)
    wiltshire.write_text(text, encoding="utf-8")
    return wiltshire


def warning(path: Path) -> str:
    return f"drafter: warning: {path}: {not_kept([1, 4])}\n"


def test_fmt_names_the_comments_it_drops(commented: Path, cli: Callable) -> None:
    assert comment_lines(commented.read_text(encoding="utf-8")) == [1, 4]
    check = cli("fmt", "--check", commented)
    assert (check.status, check.out, check.err) == (
        1,
        f"would reformat {commented}: TOML comments\n",
        warning(commented),
    )
    done = cli("fmt", commented)
    assert (done.status, done.out, done.err) == (
        0,
        f"reformatted {commented}: TOML comments\n",
        warning(commented),
    )
    assert "#" not in commented.read_text(encoding="utf-8")
    assert cli("fmt", commented).err == ""


def test_sign_and_publish_name_the_comments_they_drop(commented: Path, cli: Callable) -> None:
    signed = cli(
        "sign", commented, "--role", "chief", "--name", "Kier Pritchard", "--date", "2020-04-27"
    )
    assert signed.status == 0
    assert signed.err == warning(commented)
    commented.write_text("# again\n" + commented.read_text(encoding="utf-8"), encoding="utf-8")
    cli(
        "sign",
        commented,
        "--role",
        "commissioner",
        "--name",
        "Angus Macpherson",
        "--date",
        "2020-04-27",
    )
    commented.write_text("# and again\n" + commented.read_text(encoding="utf-8"), encoding="utf-8")
    published = cli("publish", commented, "--date", "2020-05-03")
    assert published.status == 0
    assert published.err == f"drafter: warning: {commented}: {not_kept([1])}\n"
