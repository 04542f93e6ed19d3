"""User text is escaped for each format in every layout, and nothing the draft does not
hold (an empty name, an owner, a date) leaves a trace or a placeholder behind."""

from __future__ import annotations

import copy
import datetime as dt
import re

import pytest
from layout_cases import EXAMPLES, FORMATS, LAYOUT_NAMES, example, rendered

from drafter.model import ActionStatus, Decision, Draft
from drafter.render.text_formats import render_text

HOSTILE = "1. <script>alert('x')</script> *bold* # not a heading | not a cell & so on"


@pytest.fixture(scope="module")
def hostile() -> Draft:
    draft = copy.deepcopy(example(next(p for p in EXAMPLES if "northmoor" in p.name)))
    draft.report.inspectorate = "HMIC & <Co>"
    draft.response.commissioner.name = ""
    draft.response.chief.name = "<b>Sam</b> | Okafor"
    draft.response.cc = ["Cc <i>one</i> | *two*"]
    first = draft.findings[1]
    first.number = "1 | <u>x</u>"
    first.text = HOSTILE
    first.response = HOSTILE + "\n- " + HOSTILE
    first.owner = "Supt <Smith> | ops *lead*"
    first.action_status = ActionStatus.IN_PROGRESS
    draft.findings[4].decision = Decision.NOTE
    return draft


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_html_shows_markup_as_text(hostile: Draft, layout: str) -> None:
    page = render_text(hostile, "html", layout=layout)
    for tag in ("<script>", "<b>", "<i>", "<u>", "<Smith>", "<Co>"):
        assert tag not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "hmic &amp; &lt;co&gt;" in page.lower()


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_markdown_escapes_structure(hostile: Draft, layout: str) -> None:
    page = render_text(hostile, "md", layout=layout)
    assert "<script>" not in page and "*bold*" not in page
    assert (
        r"1\. \<script\>alert('x')\</script\> \*bold\* # not a heading \| not a cell \& so on"
        in page
    )
    columns = 0
    for line in page.split("\n"):
        if not line.startswith("|"):
            columns = 0  # between tables
        elif not columns:
            columns = line.count("|") - 1  # a table's header row: fixed words only
            # two columns in the standard layout; up to seven in the action plan
            assert columns == 2 or 2 < columns <= 7, line
        else:
            # every column separator is a bare pipe; every pipe from the draft is escaped
            bare = len(re.findall(r"(?<!\\)\|", line))
            assert bare == columns + 1, line


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_nothing_missing_leaves_a_trace(hostile: Draft, layout: str, fmt: str) -> None:
    page = render_text(hostile, fmt, layout=layout)
    for trace in ("None", "{{", "}}", "{%", "****", "<p></p>", '<p class="name"></p>', "TODO"):
        assert trace not in page


def test_letter_signs_with_titles_when_names_are_missing(hostile: Draft) -> None:
    page = render_text(hostile, "txt", layout="letter")
    signature = page.split("Yours sincerely,\n", 1)[1].split("\nCc:", 1)[0]
    assert signature == (
        "\n\n\n______________________________\n"
        "Police, Fire and Crime Commissioner of Northmoor and Dale\n"
        "\n\n\n______________________________\n"
        "<b>Sam</b> | Okafor\n"
        "Chief Constable, Northmoor Constabulary\n"
    )


def test_action_plan_shows_owner_target_and_status(hostile: Draft) -> None:
    page = render_text(hostile, "txt", layout="action-plan")
    record = page.split("Recommendation 1 | <u>x</u>\n", 1)[1].split("\n\n\n", 1)[0]
    assert (
        "Owner: Supt <Smith> | ops *lead*\nTarget date: 31 March 2027\nStatus: In progress\n"
        in record
    )


def test_letter_without_dates_says_nothing_of_them() -> None:
    draft = copy.deepcopy(example(EXAMPLES[0]))
    draft.report.published = None
    draft.workflow.published = None
    page = render_text(draft, "txt", layout="letter")
    assert "published on" not in page
    assert re.search(r"report \"[^\"]+\", and sends a copy", " ".join(page.split()))
    # not signed, not published: no date line (never today's date); the marking, then "To:"
    assert page.split("To: the Home Secretary")[0].strip() == "*** DRAFT – not signed off ***"


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_plain_text_fits_78_columns(path, layout: str) -> None:
    for line in rendered(path, layout, "txt").split("\n"):
        assert len(line) <= 78, line


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_draft_marking_at_top_and_bottom_until_signed_off(layout: str, fmt: str) -> None:
    unsigned, signed = (next(p for p in EXAMPLES if key in p.name) for key in ("north", "wilt"))
    marked = rendered(unsigned, layout, fmt)
    marking = "DRAFT – not signed off"  # the same words in every format
    body = marked.split("<body>", 1)[-1]
    assert body.count(marking) == 2
    signed_body = rendered(signed, layout, fmt).split("<body>", 1)[-1]
    assert "DRAFT" not in signed_body.upper()


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_the_drafts_own_layout_is_the_default(layout: str) -> None:
    # An unsigned example: the layout is part of what is signed, so choosing another
    # one in a signed draft marks it DRAFT again, and the two renders would differ.
    path = next(p for p in EXAMPLES if "northmoor" in p.name)
    draft = copy.deepcopy(example(path))
    draft.response.layout = layout
    assert render_text(draft, "md") == render_text(example(path), "md", layout=layout)


def test_letter_is_dated_by_the_later_signoff() -> None:
    draft = copy.deepcopy(example(next(p for p in EXAMPLES if "wilt" in p.name)))
    draft.workflow.published = dt.date(2020, 4, 30)  # signed 24 and 27 April
    page = render_text(draft, "txt", layout="letter")
    assert page.startswith("27 April 2020\n\nTo: the Home Secretary\n")


def test_letter_whose_signatures_no_longer_hold_is_dated_by_its_publication() -> None:
    draft = copy.deepcopy(example(next(p for p in EXAMPLES if "wilt" in p.name)))
    draft.response.commissioner.comments += "\nA sentence added after signing."
    page = render_text(draft, "txt", layout="letter")
    assert "\n30 April 2020\n\nTo: the Home Secretary\n" in page
    assert "27 April 2020" not in page and "Signed off by" not in page


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_letter_says_the_same_s55_paragraph_in_every_format(path) -> None:
    from layout_cases import words

    said = {fmt: words(rendered(path, "letter", fmt), fmt) for fmt in FORMATS}
    # after the salutation and the subject (the title and the report)
    salutation = said["txt"].index("Dear Home Secretary and HM Inspector, ")
    opening = said["txt"][said["txt"].index("Under section 55 of the Police Act 1996, the ") :]
    assert len(said["txt"]) - len(opening) > salutation
    opening = opening[: opening.index("and to HMICFRS.") + len("and to HMICFRS.")]
    assert opening in said["md"] and opening in said["html"]
