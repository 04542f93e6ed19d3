"""The pre-commit hooks in .pre-commit-hooks.yaml, run as pre-commit runs them.

The hook the README suggests (drafter-valid) lets a draft still being written be
committed, and stops an invalid or non-canonical one; readiness for sign-off is the
separate drafter-ready hook.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from drafter.cli import main

REPO = Path(__file__).resolve().parent.parent.parent
HOOKS = REPO / ".pre-commit-hooks.yaml"


def hooks() -> dict[str, dict[str, str]]:
    """{id: {key: value}} from the hooks file (a flat list of flat mappings)."""
    found: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in HOOKS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        item = re.match(r"^(- |  )(\w+): (.*)$", line)
        assert item, f"{HOOKS.name}: unexpected line {line!r}"
        if item[1] == "- ":
            current = {}
        current[item[2]] = item[3]
        found[current.get("id", "")] = current
    return found


def run_hook(hook_id: str, files: list[Path], capsys: pytest.CaptureFixture[str]) -> int:
    """Run a hook's entry on files as pre-commit does: entry, args, then the file names."""
    hook = hooks()[hook_id]
    for file in files:  # only files the hook's `files:` pattern takes
        assert re.search(hook["files"], f"drafts/{file.name}"), file
    program, *args = shlex.split(hook["entry"])
    assert program == "drafter" and hook["language"] == "python"
    try:
        status = main([*args, *(str(f) for f in files)])
    except SystemExit as exc:
        status = int(exc.code or 0)
    capsys.readouterr()
    return status


@pytest.fixture
def in_progress(cli, tmp_path: Path) -> Path:
    """A draft as drafter new makes it: valid, canonical, nothing decided."""
    path = tmp_path / "kent.toml"
    result = cli(
        "new", path, "--title", "PEEL 2025: An inspection of Kent Police",
        "--published", "12 June 2025", "--area", "Kent", "--force", "Kent Police",
    )  # fmt: skip
    assert result.status == 0, result.err
    return path


def test_the_readme_suggests_drafter_valid() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    review = (REPO / "docs" / "review.md").read_text(encoding="utf-8")
    assert "id: drafter-valid" in readme and "id: drafter-valid" in review
    assert set(hooks()) == {"drafter-valid", "drafter-fmt", "drafter-ready", "drafter-check"}


def test_drafter_valid_passes_a_draft_being_written(in_progress: Path, capsys) -> None:
    assert run_hook("drafter-valid", [in_progress], capsys) == 0
    # ...which readiness for sign-off refuses
    assert run_hook("drafter-ready", [in_progress], capsys) == 1


def test_drafter_valid_stops_a_draft_not_in_canonical_form(in_progress: Path, capsys) -> None:
    text = in_progress.read_text(encoding="utf-8")
    in_progress.write_text(text.replace(" = ", "=", 1), encoding="utf-8")
    assert run_hook("drafter-valid", [in_progress], capsys) == 1
    assert in_progress.read_text(encoding="utf-8") != text  # it reports, never rewrites


def test_drafter_valid_stops_a_draft_that_is_not_valid(in_progress: Path, capsys) -> None:
    in_progress.write_text(
        in_progress.read_text(encoding="utf-8") + "\n[[findings]]\nkind = 'wish'\n",
        encoding="utf-8",
    )
    assert run_hook("drafter-valid", [in_progress], capsys) == 2


def test_drafter_ready_passes_the_signed_reference(tmp_path: Path, capsys) -> None:
    draft = Path(shutil.copy(REPO / "drafts" / "wiltshire-prevent-2020.toml", tmp_path))
    assert run_hook("drafter-ready", [draft], capsys) == 0
    assert run_hook("drafter-valid", [draft], capsys) == 0
