"""Timing helpers and the figures the bench prints: drafter's value, its floor, the ratio."""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent


@dataclass
class Figure:
    """One line of the bench: a value against its floor, and the target it is held to."""

    name: str
    value: float
    floor: float | None
    unit: str = "ms"
    #: "ratio<=1.2", "value<=300", "value<=16", or "" for a figure with no target.
    target: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    @property
    def verdict(self) -> str:
        if not self.target:
            return ""
        what, limit = self.target.split("<=")
        measured = self.ratio if what == "ratio" else self.value
        if measured is None:
            return "n/a"
        return "PASS" if measured <= float(limit) else "MISS"

    def target_text(self) -> str:
        if not self.target:
            return ""
        what, limit = self.target.split("<=")
        return f"<= {limit}x floor" if what == "ratio" else f"<= {limit} {self.unit}"


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 1000 else f"{value / 1000:.2f} s"
    return f"{value:.2f} {unit}"


def table(figures: Sequence[Figure]) -> str:
    rows = [("figure", "drafter", "floor", "ratio", "target", "result")]
    for f in figures:
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        rows.append(
            (
                f.name,
                amount(f.value, f.unit),
                amount(f.floor, f.unit),
                ratio,
                f.target_text(),
                f.verdict,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", *notes] if notes else []))


def markdown(figures: Sequence[Figure]) -> str:
    lines = [
        "| figure | drafter | floor | ratio | target | result |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for f in figures:
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        lines.append(
            f"| {f.name} | {amount(f.value, f.unit)} | {amount(f.floor, f.unit)} | {ratio} "
            f"| {f.target_text()} | {f.verdict} |"
        )
    return "\n".join(lines)


def median_ms(
    function: Callable[[], object], runs: int, *, setup: Callable[[], object] | None = None
) -> float:
    """The median wall time of ``function`` over ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def paired_ms(
    subject: Callable[[], object], floor: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Medians of two functions measured alternately, so both see the same machine load."""
    a, b = [], []
    for _ in range(runs):
        for function, times in ((subject, a), (floor, b)):
            gc.collect()
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
    return statistics.median(a) * 1000, statistics.median(b) * 1000


def clean_env(home: Path) -> dict[str, str]:
    """The environment for a measured process: our interpreter's, with a private home."""
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "",
    }


def process_ms(argv: Sequence[str], env: dict[str, str], cwd: Path) -> float:
    """Wall time of one whole process, from spawning it to its exit."""
    start = time.perf_counter()
    done = subprocess.run(
        list(argv), env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode not in (0, 1):
        raise RuntimeError(
            f"{' '.join(argv)} exited with status {done.returncode}:\n{done.stderr.decode()}"
        )
    return elapsed


def paired_process_ms(
    subject: Sequence[str], floor: Sequence[str], runs: int, env: dict[str, str], cwd: Path
) -> tuple[float, float]:
    """Medians of two whole processes run alternately (after one warm-up run of each)."""
    process_ms(subject, env, cwd)
    process_ms(floor, env, cwd)
    a, b = [], []
    for _ in range(runs):
        a.append(process_ms(subject, env, cwd))
        b.append(process_ms(floor, env, cwd))
    return statistics.median(a), statistics.median(b)


def helper_json(script: str, args: Sequence[str], env: dict[str, str], cwd: Path) -> dict:
    """Run one of the bench's helper scripts in its own interpreter; return its JSON answer."""
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script} {' '.join(args)} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])
