"""Every shape of report, as text, web page and PDF: recall, precision, addressees, deadlines.

The fixtures (shapes.py) are reports written in drafter's own words that keep the
structure of real HMICFRS reports of each era. The measure is over all of them
at once, as an office would meet them: a found finding counts when its kind,
number and text are right; recall and precision must both reach 0.97, and any
wrong addressee or deadline fails outright, whatever the totals.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shapes

from drafter.importers import ImportProblem, ImportResult, import_report

THRESHOLD = 0.97
Found = tuple[str, str, str, str, str, str]


def found(result: ImportResult) -> list[Found]:
    return [
        (f.kind.value, f.number, f.cause, f.addressee, f.deadline, f.text) for f in result.findings
    ]


@pytest.fixture(scope="module")
def imports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ImportResult | None]:
    folder = tmp_path_factory.mktemp("shapes")
    results: dict[tuple[str, str], ImportResult | None] = {}
    for shape in shapes.SHAPES:
        for how in shapes.FORMATS:
            try:
                results[shape.name, how] = import_report(shape.write(folder, how))
            except ImportProblem:
                results[shape.name, how] = None
    return results


def test_there_are_fixtures_covering_all_eleven_shapes_in_three_formats() -> None:
    assert len(shapes.SHAPES) * len(shapes.FORMATS) >= 36
    assert {n for s in shapes.SHAPES for n in s.shows} == set(range(1, 12))
    assert len([s for s in shapes.SHAPES if not s.expected]) >= 3
    # Shape 8 (titles) is every fixture's too: each is checked for its title below.


def test_recall_and_precision_over_every_fixture(
    imports: dict[tuple[str, str], ImportResult | None],
) -> None:
    expected_total = found_total = right = 0
    wrong_fields: list[str] = []
    for shape in shapes.SHAPES:
        by_key = {(e[0], e[1]): e for e in shape.expected}
        for how in shapes.FORMATS:
            result = imports[shape.name, how]
            got = found(result) if result is not None else []
            expected_total += len(shape.expected)
            found_total += len(got)
            for finding in got:
                want = by_key.get((finding[0], finding[1]))
                if want is None or " ".join(want[5].split()) != " ".join(finding[5].split()):
                    continue
                right += 1
                if (finding[2], finding[3], finding[4]) != (want[2], want[3], want[4]):
                    wrong_fields.append(f"{shape.name} ({how}): {finding[:5]} != {want[:5]}")
    recall = right / expected_total
    precision = right / found_total if found_total else 1.0
    print(
        f"\nimport shapes: {len(imports)} fixtures, {expected_total} findings expected, "
        f"{found_total} found, {right} right: recall {recall:.3f}, precision {precision:.3f}"
    )
    assert wrong_fields == [], "wrong cause, addressee or deadline"
    assert recall >= THRESHOLD
    assert precision >= THRESHOLD


@pytest.mark.parametrize("how", shapes.FORMATS)
@pytest.mark.parametrize("shape", shapes.SHAPES, ids=lambda s: s.name)
def test_each_fixture_exactly(
    imports: dict[tuple[str, str], ImportResult | None], shape: shapes.Shape, how: str
) -> None:
    result = imports[shape.name, how]
    if not shape.expected:
        assert result is None, "a text that only talks about findings yields none"
        return
    assert result is not None
    assert found(result) == shape.expected
    assert result.title == shape.title
    for words in shape.warns:
        assert any(words in warning for warning in result.warnings), (words, result.warnings)
    assert not any("appears twice" in w for w in result.warnings) or shape is shapes.TWICE


def test_the_same_finding_twice_differing_only_in_breaks_and_quotes_is_not_warned(
    imports: dict[tuple[str, str], ImportResult | None],
) -> None:
    for how in shapes.FORMATS:
        result = imports[shapes.TWICE.name, how]
        assert result is not None
        twice = [w for w in result.warnings if "appears twice" in w]
        assert len(twice) == 1 and twice[0].startswith("Recommendation 3 appears twice"), how


def test_a_negative_control_is_refused_with_the_usual_message(tmp_path: Path) -> None:
    path = shapes.COMMISSIONER.write(tmp_path, "text")
    with pytest.raises(ImportProblem) as caught:
        import_report(path)
    assert str(caught.value).startswith(
        f"no recommendations, causes of concern or areas for improvement found in {path}"
    )
