"""Commands that do not open the TUI import neither Textual, python-docx nor WeasyPrint.

Each command runs in a fresh interpreter (imports are per process), through
``drafter.cli.main``, and the probe writes the sorted ``sys.modules`` it ended with.
The command list is discovered from ``drafter.cli.command_modules``, so a new
command is covered as soon as it exists: known commands get realistic arguments
from ``KNOWN`` below; any other gets arguments derived from its parser. Either
way the test insists that the arguments parse, so that ``run`` really executed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import NORTHMOOR, REPO, WILTSHIRE

from drafter.cli import build_parser, command_modules
from drafter.render import TEXT_FORMATS

#: Top-level packages a command that does not open the TUI must never import.
HEAVY = ("textual", "docx", "weasyprint")

#: Commands that open the TUI, and so may import Textual.
TUI_COMMANDS = {"edit"}

PROBE = """
import json, sys
from drafter.cli import build_parser, main

out, argv = sys.argv[1], sys.argv[2:]
try:
    build_parser().parse_args(argv)
    parsed = True
except SystemExit:
    parsed = False
try:
    status = main(argv)
except SystemExit as exc:
    status = exc.code if isinstance(exc.code, int) else 2
with open(out, "w", encoding="utf-8") as f:
    json.dump({"parsed": parsed, "status": status, "modules": sorted(sys.modules)}, f)
"""


class Workspace:
    """A scratch folder with copies of the example drafts, and a tiny report PDF."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.northmoor = Path(shutil.copy(NORTHMOOR, root / NORTHMOOR.name))
        self.wiltshire = Path(shutil.copy(WILTSHIRE, root / WILTSHIRE.name))
        self._pdf: Path | None = None

    @property
    def pdf(self) -> Path:
        if self._pdf is None:
            from fpdf import FPDF

            pdf = FPDF()
            pdf.add_page()
            pdf.set_font("helvetica", size=11)
            pdf.multi_cell(0, 6, "Recommendation 1\nBy 1 May 2026, the force should do better.")
            self._pdf = self.root / "report.pdf"
            pdf.output(str(self._pdf))
        return self._pdf


#: Arguments for the commands whose needs are known: name -> [(case id, argv builder)].
KNOWN: dict[str, list[tuple[str, Callable[[Workspace], list[str]]]]] = {
    "render": [
        (fmt, lambda w, fmt=fmt: ["render", str(w.northmoor), "--to", fmt]) for fmt in TEXT_FORMATS
    ],
    "check": [("check", lambda w: ["check", str(w.northmoor), str(w.wiltshire)])],
    "new": [
        (
            "new",
            lambda w: [
                "new",
                str(w.root / "new-draft.toml"),
                "--title",
                "PEEL 2026: Kent Police",
                "--area",
                "Kent",
                "--force",
                "Kent Police",
            ],
        )
    ],
    "diff": [("diff", lambda w: ["diff", str(w.northmoor), str(w.wiltshire)])],
    "import": [("import", lambda w: ["import", str(w.pdf), "-o", str(w.root / "imported.toml")])],
    "status": [("status", lambda w: ["status", str(w.root), "--today", "2026-11-29"])],
    "sign": [
        (
            "sign",
            lambda w: ["sign", str(w.wiltshire), "--role", "chief", "--name", "Kier Pritchard"],
        )
    ],
    "fmt": [("fmt", lambda w: ["fmt", str(w.northmoor), str(w.wiltshire)])],
}


def _subcommand(name: str) -> argparse.ArgumentParser:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices[name]


def derived_args(name: str, workspace: Workspace) -> list[str]:
    """Arguments for a command not in KNOWN: a draft for each file, the first choice, a date."""
    argv = [name]
    for action in _subcommand(name)._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.option_strings and not action.required:
            continue
        if action.choices:
            value = str(next(iter(action.choices)))
        elif getattr(action.type, "__name__", "") == "date_arg":
            value = "2026-11-01"
        else:
            value = str(workspace.northmoor)
        count = action.nargs if isinstance(action.nargs, int) else 1
        if action.option_strings:
            argv += [action.option_strings[0], *[value] * count]
        else:
            argv += [value] * count
    return argv


Build = Callable[[Workspace], list[str]]


def cases() -> list:
    """(argv builder, whether it must parse) for every command that does not open the TUI."""
    found = [
        pytest.param(lambda w: ["--help"], id="drafter--help"),
        pytest.param(lambda w: ["--version"], id="drafter--version"),
    ]
    for name in command_modules():
        if name in TUI_COMMANDS:
            continue
        found.append(pytest.param(lambda w, name=name: [name, "--help"], id=f"{name}--help"))
        if name in KNOWN:
            found += [pytest.param(build, id=f"{name}-{case}") for case, build in KNOWN[name]]
        else:
            found.append(
                pytest.param(lambda w, name=name: derived_args(name, w), id=f"{name}-derived")
            )
    return found


#: The command alone, as a user runs it: the probe above also builds every command's
#: parser, which imports what each of them needs.
START_PROBE = """
import json, sys
from drafter.cli import main

out, argv = sys.argv[1], sys.argv[2:]
status = main(argv)
with open(out, "w", encoding="utf-8") as f:
    json.dump({"status": status, "modules": sorted(sys.modules)}, f)
"""


def run_probe(argv: list[str], workspace: Workspace, probe: str = PROBE) -> dict:
    out = workspace.root / "probe.json"
    home = workspace.root / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHONPATH": str(REPO),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe, str(out), *argv],
        cwd=workspace.root,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"the probe itself failed:\n{done.stderr}"
    return json.loads(out.read_text(encoding="utf-8"))


def heavy_modules(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".", 1)[0] in HEAVY]


@pytest.mark.parametrize("build", cases())
def test_command_imports_no_heavy_library(build: Build, tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    argv = build(workspace)
    result = run_probe(argv, workspace)
    if argv[-1] not in ("--help", "--version"):
        assert result["parsed"], (
            f"`drafter {' '.join(argv)}` did not parse, so its run() never executed; "
            "give the command realistic arguments in KNOWN in tests/test_import_hygiene.py"
        )
        assert result["status"] != 70, f"`drafter {' '.join(argv)}` crashed"
    assert heavy_modules(result["modules"]) == []


def test_probe_sees_what_the_command_imported(tmp_path: Path) -> None:
    """The probe records modules imported inside run(), not only at start-up."""
    workspace = Workspace(tmp_path)
    result = run_probe(["render", str(workspace.northmoor), "--to", "md"], workspace)
    assert result == {**result, "parsed": True, "status": 0}
    assert "drafter.render.text_formats" in result["modules"]
    assert "jinja2" in result["modules"]


def test_probe_would_catch_a_heavy_import(tmp_path: Path) -> None:
    """A heavy library imported in the probe's process shows up as a failure."""
    assert heavy_modules(["drafter", "docx.oxml", "textual", "weasyprint.css", "docxtpl"]) == [
        "docx.oxml",
        "textual",
        "weasyprint.css",
    ]


#: What `drafter render` to Markdown or HTML starts without. Each was measured on the
#: command's start-up (bench/RESULTS.md, "render --to md (process)") and is imported
#: only by the layout, format or mistake that needs it; this keeps them from creeping
#: back into the start of every render.
NOT_ON_RENDER_START = (
    "platformdirs",  # the compiled-template cache is Jinja2's own folder
    "drafter.check",  # and drafter.safe_text through it: check is not a render's work
    "drafter.safe_text",
    "drafter.render.progress",  # the progress layout alone
    "drafter.profile",  # Word output, the letter layout, --templates and --profile alone
    "drafter.profile_letter",
    "drafter.render.letter",
    "drafter.tracking",
    "drafter.render.sandbox",  # the user's own templates alone (--templates)
    "jinja2.sandbox",
    "traceback",
    "difflib",  # the letter layout's Cc list; a mistyped key in a draft
    "textwrap",  # plain text alone
    "glob",  # writing a file alone (render -o, saving a draft)
)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_render_starts_without_what_it_does_not_need(fmt: str, tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    result = run_probe(["render", str(workspace.northmoor), "--to", fmt], workspace, START_PROBE)
    assert result["status"] == 0
    assert [m for m in NOT_ON_RENDER_START if m in result["modules"]] == []
