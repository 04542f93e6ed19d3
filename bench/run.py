"""drafter's performance bench: every figure against its floor, measured in the same run.

    .venv/bin/python bench/run.py            # the full bench (a few minutes)
    .venv/bin/python bench/run.py --quick    # fewer runs, for a quick look
    .venv/bin/python bench/run.py --only cli --only scale

Machines are noisy, so each figure is printed next to a floor measured alternately
with it in the same run, and the ratio is what counts. This is not a test: the test
suite asserts behaviour; the bench reports speed. See bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH.parent) not in sys.path:
    sys.path.insert(0, str(BENCH.parent))

import measure  # noqa: E402
import synthetic  # noqa: E402
from measure import Figure  # noqa: E402

REFERENCE = BENCH.parent / "drafts" / "wiltshire-prevent-2020.toml"
NORTHMOOR = BENCH.parent / "drafts" / "northmoor-peel-2026-fictional.toml"
SIZES = (10, 100, 1000)
#: A fixed "today" for the TUI, so every run shows the same screen.
TODAY = "2026-11-29"


@dataclass
class Settings:
    quick: bool
    work: Path
    env: dict[str, str]

    @property
    def process_runs(self) -> int:
        return 5 if self.quick else 21

    @property
    def inprocess_runs(self) -> int:
        return 3 if self.quick else 11

    @property
    def tui_runs(self) -> int:
        return 5 if self.quick else 15

    @property
    def keystrokes(self) -> int:
        return 60 if self.quick else 300


def drafter_command() -> list[str]:
    """The `drafter` a user runs: the venv's console script, else `python -m drafter`."""
    script = Path(sys.executable).parent / "drafter"
    return [str(script)] if script.exists() else [sys.executable, "-m", "drafter"]


# --- whole processes ------------------------------------------------------------------


def bench_cli(s: Settings) -> list[Figure]:
    floor = [sys.executable, "-c", "import jinja2, tomllib, tomli_w"]
    figures = []
    for name, args in (
        ("render --to md (process)", ["render", str(NORTHMOOR), "--to", "md"]),
        ("check (process)", ["check", str(NORTHMOOR), "--today", TODAY]),
    ):
        value, base = measure.paired_process_ms(
            drafter_command() + args, floor, s.process_runs, s.env, s.work
        )
        figures.append(
            Figure(
                name,
                value,
                base,
                target="ratio<=1.5",
                note="floor: python -c 'import jinja2, tomllib, tomli_w'",
            )
        )
    # Spelling on Hunspell's C library: a cold check with it against one without.
    check = [*drafter_command(), "check", str(NORTHMOOR), "--today", TODAY]
    value, base = measure.paired_process_ms(
        [*check, "--spelling"], check, s.process_runs, s.env, s.work
    )
    figures.append(
        Figure(
            "check --spelling (process)",
            value,
            base,
            target="ratio<=2.5",
            note="floor: the same cold drafter check without --spelling",
        )
    )
    return figures


# --- load, save and render as the draft grows --------------------------------------------


def bench_scale(s: Settings) -> list[Figure]:
    import tomllib

    import jinja2
    import tomli_w

    from drafter import store
    from drafter.render.text_formats import render_text

    floor_template = (
        "# {{ title }}\n{% for f in findings %}| {{ f.number }} | {{ f.text|replace('\\n', '<br>') }} "
        "| {{ f.response|replace('\\n', '<br>') }} |\n{% endfor %}"
    )

    def floor_render(draft: object) -> str:
        env = jinja2.Environment(
            trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined
        )
        return env.from_string(floor_template).render(
            title=draft.report.title,
            findings=draft.findings,  # type: ignore[attr-defined]
        )

    values: dict[str, dict[int, tuple[float, float]]] = {"load": {}, "save": {}, "render": {}}
    runs = s.inprocess_runs
    for size in SIZES:
        made = synthetic.draft(size)
        path = synthetic.write(made, s.work / f"scale-{size}.toml")
        text = path.read_text(encoding="utf-8")
        raw = tomllib.loads(text)
        out_drafter = s.work / f"saved-{size}.toml"
        out_floor = s.work / f"floor-{size}.toml"

        def save_drafter(made: object = made, out: Path = out_drafter) -> None:
            out.unlink(missing_ok=True)  # an unchanged file is not rewritten; make it change
            store.save(made, out)  # type: ignore[arg-type]

        def save_floor(raw: dict = raw, out: Path = out_floor) -> None:
            out.unlink(missing_ok=True)
            store.write_atomic(out, tomli_w.dumps(raw).encode("utf-8"))

        values["load"][size] = measure.paired_ms(
            lambda path=path: store.load(path),
            lambda path=path: tomllib.loads(path.read_text(encoding="utf-8")),
            runs,
        )
        values["save"][size] = measure.paired_ms(save_drafter, save_floor, runs)
        values["render"][size] = measure.paired_ms(
            lambda made=made: render_text(made, "md"), lambda made=made: floor_render(made), runs
        )

    notes = {
        "load": "floor: tomllib.loads of the same file",
        "save": "floor: tomli_w.dumps of the same data + the same atomic, fsynced write",
        "render": "floor: one plain Jinja2 template printing each finding's number, text, response",
    }
    figures = []
    for what, by_size in values.items():
        for size in SIZES:
            value, base = by_size[size]
            target = "value<=300" if what == "render" and size == 1000 else ""
            figures.append(
                Figure(
                    f"{what} {size:,} findings",
                    value,
                    base,
                    target=target,
                    note=notes[what] if size == SIZES[0] else "",
                )
            )
        for small, big in itertools.pairwise(SIZES):
            growth = by_size[big][0] / by_size[small][0]
            floor_growth = by_size[big][1] / by_size[small][1]
            figures.append(
                Figure(
                    f"{what} growth {small:,} -> {big:,}",
                    growth,
                    floor_growth,
                    unit="x",
                    target="value<=12" if what == "render" and big == 1000 else "",
                    note="per 10x more findings; 10x is linear" if small == SIZES[0] else "",
                )
            )
    return figures


# --- the TUI ----------------------------------------------------------------------------------


def tui_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("drafter.tui.app") is not None


def first_line_ms(argv: list[str], s: Settings) -> float:
    """Time from spawning a process to the first line it prints (then wait for it to exit)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        argv,
        env=s.env,
        cwd=s.work,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    _, err = child.communicate()
    if child.returncode != 0 or not line.startswith("painted"):
        raise RuntimeError(f"{' '.join(argv)} failed (status {child.returncode}):\n{line}{err}")
    return elapsed


def bench_tui_start(s: Settings) -> list[Figure]:
    import statistics

    draft = synthetic.write(synthetic.draft(60), s.work / "tui-60.toml")
    probe = [sys.executable, str(BENCH / "tui_start.py")]
    subject, floor = [*probe, "drafter", str(draft), TODAY], [*probe, "floor"]
    widgets = [*probe, "widgets", str(draft)]
    for argv in (subject, floor, widgets):
        first_line_ms(argv, s)  # warm the file cache and the bytecode
    a, b, c = [], [], []
    for _ in range(s.tui_runs):
        a.append(first_line_ms(subject, s))
        b.append(first_line_ms(floor, s))
        c.append(first_line_ms(widgets, s))
    return [
        Figure(
            "TUI start to first paint, 60 findings",
            statistics.median(a),
            statistics.median(b),
            note="for information; floor: a bare Textual app painting one Static; both "
            "headless, 120x40, from process start to the first call_after_refresh after the "
            "editor's screen has mounted",
        ),
        Figure(
            "TUI start, against the same widgets",
            statistics.median(a),
            statistics.median(c),
            target="ratio<=1.2",
            note="floor: plain Textual showing the same draft with the widget kinds of "
            "drafter's first screen (OptionList, TextArea, Buttons, Inputs, Footer), "
            "measured in the same way: what Textual itself costs for such a screen",
        ),
    ]


def bench_keystroke(s: Settings) -> list[Figure]:
    made = synthetic.long_response_draft(5000)
    answers: dict[tuple[str, int], dict] = {}
    for fps in (1000, 60):
        env = {**s.env, "TEXTUAL_FPS": str(fps)}
        for mode in ("drafter", "floor"):
            # Each run on a fresh copy: drafter autosaves what the bench types.
            draft = synthetic.write(made, s.work / f"long-response-{mode}-{fps}.toml")
            answers[mode, fps] = measure.helper_json(
                "keystroke.py", [mode, str(draft), TODAY, str(s.keystrokes)], env, s.work
            )
    figures = []
    for fps, label in ((1000, "work"), (60, "at 60 fps")):
        d, f = answers["drafter", fps], answers["floor", fps]
        note = ""
        if fps == 1000:
            note = (
                "key sent until the next paint, keys every 90-140 ms; TEXTUAL_FPS=1000 so "
                "Textual's frame timer adds under 1 ms; floor: a bare Textual app with one "
                "TextArea holding the same 5,000 words"
            )
        else:
            note = "the same at Textual's default 60 fps: what a user sees (adds up to 16.7 ms)"
        figures.append(
            Figure(f"keystroke p50, 5,000 words ({label})", d["p50"], f["p50"], note=note)
        )
        figures.append(
            Figure(
                f"keystroke p95, 5,000 words ({label})",
                d["p95"],
                f["p95"],
                target="value<=16" if fps == 1000 else "",
            )
        )
    return figures


# --- Word and PDF -----------------------------------------------------------------------------


def bench_binary(s: Settings) -> list[Figure]:
    import importlib

    from drafter import store
    from drafter.render import BINARY_FORMATS
    from drafter.render.text_formats import render_text

    draft = store.load(REFERENCE)
    figures = []
    if "docx" in BINARY_FORMATS:
        import io

        import docx

        module, function = BINARY_FORMATS["docx"][1].split(":")
        render_docx = getattr(importlib.import_module(module), function)
        paragraphs = render_text(draft, "txt").split("\n\n")

        def floor_docx() -> bytes:
            document = docx.Document()
            for text in paragraphs:
                document.add_paragraph(text)
            out = io.BytesIO()
            document.save(out)
            return out.getvalue()

        render_docx(draft, layout=None, templates=None)  # imports and caches, not measured
        value, base = measure.paired_ms(
            lambda: render_docx(draft, layout=None, templates=None), floor_docx, s.inprocess_runs
        )
        figures.append(
            Figure(
                "docx render, reference draft",
                value,
                base,
                note="in process, warm; floor: python-docx writing the same words as plain paragraphs",
            )
        )
    if "pdf" in BINARY_FORMATS:
        import weasyprint

        module, function = BINARY_FORMATS["pdf"][1].split(":")
        render_pdf = getattr(importlib.import_module(module), function)
        html = render_text(draft, "html")

        render_pdf(draft, layout=None, templates=None)
        value, base = measure.paired_ms(
            lambda: render_pdf(draft, layout=None, templates=None),
            lambda: weasyprint.HTML(string=html).write_pdf(),
            max(3, s.inprocess_runs // 2),
        )
        figures.append(
            Figure(
                "PDF render, reference draft",
                value,
                base,
                note="in process, warm; floor: WeasyPrint on the same HTML with default options",
            )
        )
    for fmt in ("docx", "pdf"):
        if fmt not in BINARY_FORMATS:
            continue
        out = s.work / f"reference.{fmt}"
        value, base = measure.paired_process_ms(
            [*drafter_command(), "render", str(REFERENCE), "--to", fmt, "-o", str(out)],
            [
                sys.executable,
                "-c",
                f"import jinja2, tomllib, tomli_w, {'docx' if fmt == 'docx' else 'weasyprint'}",
            ],
            max(3, s.process_runs // 3),
            s.env,
            s.work,
        )
        figures.append(
            Figure(
                f"render --to {fmt} (process)",
                value,
                base,
                note=f"floor: python -c 'import jinja2, tomllib, tomli_w, {'docx' if fmt == 'docx' else 'weasyprint'}'",
            )
        )
    return figures


# --- importing a report -----------------------------------------------------------------------


def bench_import_pdf(s: Settings) -> list[Figure]:
    """The importer engineer's bench/import_pdf.py: its measure(), against pypdf's own text."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_import_pdf", BENCH / "import_pdf.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    runs = 3 if s.quick else 5
    answers = module.measure(runs)
    figures = [
        Figure(
            f"import {int(answers['pages'])}-page PDF, {int(answers['findings'])} findings",
            answers["import_median_s"] * 1000,
            None,
            note="bench/import_pdf.py measure(): median of drafter.importers.import_report",
        )
    ]
    if hasattr(module, "generate"):
        import pypdf

        from drafter.importers import import_report

        path = s.work / "national.pdf"
        module.generate(path)

        def floor() -> None:
            for page in pypdf.PdfReader(path).pages:
                page.extract_text()

        value, base = measure.paired_ms(lambda: import_report(path), floor, runs)
        figures.append(
            Figure(
                "import PDF (paired with floor)",
                value,
                base,
                note="floor: pypdf reading the same file and extracting every page's text",
            )
        )
    return figures


@dataclass
class Section:
    name: str
    run: Callable[[Settings], list[Figure]]
    #: Why the section cannot run yet, or "" when it can.
    missing: Callable[[], str]


# --- drafter actions -----------------------------------------------------------------------


def bench_actions(s: Settings) -> list[Figure]:
    """drafter actions over an office's years of reports: 300 published responses,
    3,000 actions with some progress, against loading the same drafts."""
    from dataclasses import replace

    from drafter import store
    from drafter.actions.list_actions import list_actions
    from drafter.model import ActionStatus, Decision, ProgressUpdate, Status, Workflow

    folder = s.work / "office"
    folder.mkdir()
    statuses = list(ActionStatus)
    for n in range(300):
        made = synthetic.draft(10, seed=n)
        published = made.report.published or dt.date(2024, 1, 1)
        findings = [
            replace(
                f,
                decision=Decision.ACCEPT,
                owner=f"Owner {i % 7}",
                target=published + dt.timedelta(days=90 + 30 * i),
                progress=[
                    ProgressUpdate(published + dt.timedelta(days=20 * k), statuses[(n + i + k) % 5])
                    for k in range((n + i) % 4)
                ],
            )
            for i, f in enumerate(made.findings)
        ]
        made = replace(
            made,
            report=replace(made.report, findings=findings),
            workflow=Workflow(status=Status.PUBLISHED, published=published),
        )
        store.save(made, folder / f"response-{n:03}.toml")
    paths = sorted(folder.glob("*.toml"))
    today = dt.date(2026, 11, 30)
    listing = list_actions([folder], today=today)
    assert listing.responses == 300 and not listing.invalid

    def floor() -> None:
        for path in paths:
            store.load(path)

    value, base = measure.paired_ms(
        lambda: list_actions([folder], today=today), floor, max(3, s.inprocess_runs // 2)
    )
    return [
        Figure(
            "actions: 300 responses, 3,000 actions",
            value,
            base,
            target="ratio<=1.5",
            note=f"in process; {len(listing.rows)} open listed; floor: store.load of the same "
            "300 drafts",
        )
    ]


# --- drafter diff ---------------------------------------------------------------------


def bench_diff(s: Settings) -> list[Figure]:
    """drafter diff of a response rewritten whole (20,000 words each side), and of one
    with an edit in every few sentences, against loading the two drafts."""
    import random
    from dataclasses import replace

    from drafter import store
    from drafter.review.diff import diff_drafts

    base = synthetic.draft(10, seed=3)

    def with_response(text: str) -> str:
        findings = [replace(base.findings[0], response=text), *base.findings[1:]]
        return store.dumps(replace(base, report=replace(base.report, findings=findings)))

    old_text = synthetic.prose(random.Random(1), 20_000)
    rewritten = synthetic.prose(random.Random(2), 20_000)
    words = old_text.split(" ")
    words[7::40] = ["changed"] * len(words[7::40])
    edited = " ".join(words)
    old = with_response(old_text)
    figures = []
    for name, new_text in (("rewritten", rewritten), ("edited every 40 words", edited)):
        new = with_response(new_text)

        def floor(new: str = new) -> None:
            store.loads(old)
            store.loads(new)

        def subject(new: str = new) -> None:
            diff_drafts(store.loads(old), store.loads(new))

        value, base_ms = measure.paired_ms(subject, floor, max(3, s.inprocess_runs // 2))
        figures.append(
            Figure(
                f"diff: a 20,000-word response {name}",
                value,
                base_ms,
                target="value<=1000",
                note="in process, loading included; floor: loading the two drafts",
            )
        )
    return figures


def _needs_binary(fmt: str) -> Callable[[], str]:
    def missing() -> str:
        from drafter.render import BINARY_FORMATS

        return "" if fmt in BINARY_FORMATS else f"`render --to {fmt}` is not in BINARY_FORMATS yet"

    return missing


SECTIONS = [
    Section("cli", bench_cli, lambda: ""),
    Section("scale", bench_scale, lambda: ""),
    Section("actions", bench_actions, lambda: ""),
    Section("diff", bench_diff, lambda: ""),
    Section(
        "tui-start",
        bench_tui_start,
        lambda: "" if tui_available() else "drafter.tui.app does not exist yet",
    ),
    Section(
        "keystroke",
        bench_keystroke,
        lambda: "" if tui_available() else "drafter.tui.app does not exist yet",
    ),
    Section(
        "binary",
        bench_binary,
        lambda: _needs_binary("docx")() and _needs_binary("pdf")(),
    ),
    Section(
        "import-pdf",
        bench_import_pdf,
        lambda: (
            "" if (BENCH / "import_pdf.py").exists() else "bench/import_pdf.py does not exist yet"
        ),
    ),
]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"{dt.date.today():%Y-%m-%d}; {os.cpu_count()} CPUs ({cpu}); "
        f"Python {platform.python_version()} on {platform.system()}; load average {load}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs: a rough look")
    parser.add_argument(
        "--only",
        action="append",
        choices=[section.name for section in SECTIONS],
        metavar="NAME",
        help=f"run only this part (repeatable): {', '.join(s.name for s in SECTIONS)}",
    )
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table too")
    args = parser.parse_args(argv)

    print(machine(), flush=True)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="drafter-bench-") as folder:
        work = Path(folder)
        settings = Settings(args.quick, work, measure.clean_env(work / "home"))
        for section in SECTIONS:
            if args.only and section.name not in args.only:
                continue
            why = section.missing()
            if why:
                print(f"\n[{section.name}] skipped: {why}", flush=True)
                continue
            print(f"\n[{section.name}]", flush=True)
            got = section.run(settings)
            print(measure.table(got), flush=True)
            figures += got
    missed = [f.name for f in figures if f.verdict == "MISS"]
    print(f"\n{len(figures)} figures; targets missed: {', '.join(missed) or 'none'}")
    if args.markdown:
        print("\n" + measure.markdown(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
