"""The bench still runs: its probes start and its figures print. Never its timings.

The bench is not part of the suite's job (speed lives in bench/), but a bench that
has quietly stopped working reports nothing the next time someone needs it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
sys.path.insert(0, str(BENCH))

import synthetic  # noqa: E402


def run(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *argv], cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("mode", ["floor", "widgets", "drafter"])
def test_each_start_probe_paints_and_exits(mode: str, tmp_path: Path) -> None:
    draft = synthetic.write(synthetic.draft(60), tmp_path / "tui-60.toml")
    args = {"floor": [], "widgets": [str(draft)], "drafter": [str(draft), "2026-11-29"]}[mode]
    done = run(str(BENCH / "tui_start.py"), mode, *args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "painted"


def test_a_quick_section_prints_every_figure_with_its_floor(tmp_path: Path) -> None:
    done = run(str(BENCH / "run.py"), "--quick", "--only", "scale", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for size in (10, 100, 1000):
        for step in ("load", "save", "render"):
            line = next(
                (x for x in done.stdout.splitlines() if x.startswith(f"{step} {size:,} findings")),
                None,
            )
            assert line is not None, f"no {step} figure for {size} findings:\n{done.stdout}"
            value, floor, ratio = re.findall(r"\d[\d.,]* (?:ms|s)\b|\d+\.\d+x", line)[:3]
            assert ratio.endswith("x") and "ms" in value + floor, line
    assert "figures; targets missed:" in done.stdout
