"""Addressee, deadline and cleaning rules, one phrase at a time; report-file refusals."""

from __future__ import annotations

import pytest

from drafter.errors import DraftError
from drafter.importers.cleaning import build_blocks, drop_footnote_markers
from drafter.importers.lines import Line
from drafter.importers.wording import addressee, deadline
from drafter.store import reportfile


@pytest.mark.parametrize(
    ("text", "who", "when"),
    [
        (
            "By 31 March 2024, chief constables should review it.",
            "chief constables",
            "31 March 2024",
        ),
        ("With immediate effect, all forces should stop.", "all forces", "with immediate effect"),
        (
            "HMIC recommends that within six months the force should: act.",
            "the force",
            "within six months",
        ),
        ("Not later than 31 March 2015 those forces should act.", "those forces", "31 March 2015"),
        ("The Home Office should immediately act.", "the Home Office", "immediately"),
        ("The NPCC lead for roads policing should act.", "the NPCC lead for roads policing", ""),
        ("NPCC should act within three months.", "NPCC", "within three months"),
        ("The force isn't answering calls quickly enough.", "", ""),
    ],
)
def test_addressee_and_deadline(text: str, who: str, when: str) -> None:
    assert (addressee(text), deadline(text)) == (who, when)


def test_footnote_numbers_glued_to_words_go_numbers_stay() -> None:
    assert drop_footnote_markers("practice.7 Then policing12 in 2024, R3 and 3.1") == (
        "practice. Then policing in 2024, R3 and 3.1"
    )


def test_lines_join_hyphens_colons_and_page_breaks() -> None:
    lines = [
        Line("The force should:review its multi-", region=0, para_start=True),
        Line("agency work and its regu-", region=0),
        Line("lar checks of the", region=0),
        Line("records it keeps.", region=1, para_start=True),
        Line("A new paragraph.", region=1, para_start=True),
    ]
    assert [b.text for b in build_blocks(lines)] == [
        "The force should: review its multi-agency work and its regular checks of the records "
        "it keeps.",
        "A new paragraph.",
    ]


def test_report_file_refuses_a_response(tmp_path) -> None:
    path = tmp_path / "r.toml"
    path.write_text(
        'format = 1\n\n[report]\ntitle = "T"\n\n[[findings]]\nnumber = "1"\n'
        'kind = "recommendation"\ntext = "Do it."\ndecision = "accept"\n',
        encoding="utf-8",
    )
    with pytest.raises(DraftError) as caught:
        reportfile.load(path)
    assert str(caught.value) == (
        f"{path}:10:12: findings[0].decision: a report file holds the report only; the response "
        "belongs in a draft: remove 'decision'"
    )


def test_report_file_from_a_newer_drafter_is_refused(tmp_path) -> None:
    path = tmp_path / "r.toml"
    path.write_text('format = 2\n\n[report]\ntitle = "T"\n', encoding="utf-8")
    with pytest.raises(DraftError) as caught:
        reportfile.load(path)
    assert "this report file is in format 2, written by a newer version of drafter" in str(
        caught.value
    )
