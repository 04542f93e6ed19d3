"""Drafts in every state a writer can reach, made only by drafter's own commands and screens.

Each builder makes its draft the way a writer would (``drafter new``, ``drafter
import -o``, the picker, the editor's keys, ``drafter sign``, ``drafter publish``),
never by writing TOML, and the drafts are built once per test session (per worker)
and copied for each test. The journey matrix (test_journeys.py) opens each in every
view at two sizes; the tmux slice (test_journeys_tmux.py) a few of them for real.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from drafter.cli import main
from drafter.model import ReportKind
from drafter.tui.app import DrafterApp
from drafter.tui.session import Session
from tui.helpers import QUIET, TODAY, question_ready, type_text, wait_for

IMPORTERS = Path(__file__).resolve().parents[1] / "importers"

#: A short report as a writer might save it from the web page: a cause of concern, four
#: recommendations (one to a national body) and an area for improvement. Fictional.
REPORT = """\
# PEEL 2025–27: An inspection of Brackmoor Police

Published: 3 November 2026

## Cause of concern 1

The force does not answer non-emergency calls quickly enough.

## Recommendations

Recommendation 1

Within three months, the force should make sure it has enough call handlers.

Recommendation 2

By 31 March 2027, the force should review how it grades risk in the control room.

Recommendation 3

The College of Policing should publish guidance on call handling.

Recommendation 4

Within six months, the force should check its crime records every month.

## Areas for improvement

The force should improve how it supervises investigations.
"""

DETAILS = ("--area", "Brackmoor", "--force", "Brackmoor Police")
SIGNERS = {"commissioner": "Alex Reed", "chief": "Sam Okafor"}

#: The dates the format accepts at its edges (issue 14 bounds them to 1990-2100).
EARLIEST, LATEST = "1990-01-01", "2100-12-31"


def drafter(*args: str) -> None:
    status = main(list(args))
    assert status == 0, f"drafter {' '.join(args)} exited with {status}"


def _new(path: Path, *args: str) -> Path:
    drafter("new", str(path), *args)
    return path


def _import(path: Path, source: Path, *args: str) -> Path:
    drafter("import", str(source), "-o", str(path), *DETAILS, *args)
    return path


def _report(folder: Path) -> Path:
    source = folder / "brackmoor-peel.md"
    source.write_text(REPORT, encoding="utf-8")
    return source


def _importer_case(name: str) -> Callable[[Path], Path]:
    """A builder of one of the import tests' report shapes (tests/importers)."""
    if str(IMPORTERS) not in sys.path:
        sys.path.insert(0, str(IMPORTERS))
    import import_cases

    return getattr(import_cases, name)  # type: ignore[no-any-return]


def _with_profile(path: Path) -> Path:
    profile = path.parent / "drafter.toml"
    profile.write_text(
        'area = "Brackmoor"\nlayout = "letter"\ncc = ["A. Person, HMI"]\n'
        '[force]\nname = "Brackmoor Police"\nshort = "Brackmoor"\n'
        '[commissioner]\ntitle = "Police, Fire and Crime Commissioner"\nname = "Alex Reed"\n'
        '[chief]\ntitle = "Chief Constable"\nname = "Sam Okafor"\n',
        encoding="utf-8",
    )
    return _new(path, "--title", "PEEL 2026: Brackmoor Police", "--published", "2026-11-03")


# --- the editor and the picker, driven by keys -------------------------------------


async def _decide_everything(path: Path, recovery: Path) -> None:
    """In the editor: note the finding to another body, answer every other one, write
    both comments and the noted group's statement, then save and quit."""
    app = DrafterApp(Session.open(path, recovery), today=TODAY, config=QUIET)
    async with app.run_test(size=(120, 35)) as pilot:
        editor = app.editor
        await pilot.pause()
        await pilot.press("alt+g")  # note findings to other bodies, and group them
        await pilot.pause()
        await type_text(pilot, "We note this recommendation.")
        for index in editor.finding_order():
            if app.draft.findings[index].decision is not None:
                continue
            editor.goto(f"finding:{index}")
            await pilot.pause()
            await pilot.press("alt+a")
            await pilot.pause()
            app.screen.query_one("#response").focus()
            await type_text(pilot, "We accept this.")
        for role in ("commissioner", "chief"):
            editor.goto(f"comments:{role}")
            await pilot.pause()
            await type_text(pilot, "We welcome the report.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not editor.dirty
        await pilot.press("ctrl+q")
        await pilot.pause()


async def _edit_after_signing(path: Path, recovery: Path) -> None:
    app = DrafterApp(Session.open(path, recovery), today=TODAY, config=QUIET)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        app.editor.goto("comments:chief")
        await pilot.pause()
        # The first change to signed text asks first; its keys work once typing pauses.
        await pilot.press("space")
        await wait_for(pilot, lambda: question_ready(app))
        await pilot.press("c")  # Change it
        await pilot.pause()
        await type_text(pilot, "Later words.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()


async def _picker_empty(folder: Path) -> Path:
    from drafter.tui.picker import PickerApp

    app = PickerApp(folder, QUIET)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("end", "enter")
        await pilot.pause()
        await pilot.press("e")  # Start empty
        await pilot.pause()
        await type_text(pilot, "from-the-picker")
        for field, value in (("title", "PEEL 2026"), ("area", "Brackmoor")):
            app.query_one(f"#new-{field}").value = value
        app.query_one("#new-force").value = "Brackmoor Police"
        app.query_one("#new-force").focus()
        await pilot.press("enter")
        await pilot.pause()
    assert isinstance(app.return_value, Path), app.return_value
    return app.return_value


async def _picker_import(folder: Path, source: Path) -> Path:
    from textual.widgets import Input

    from drafter.tui.picker import PickerApp

    app = PickerApp(folder, QUIET)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("end", "enter")
        await pilot.pause()
        await pilot.press("f")  # From a file
        await pilot.pause()
        app.screen.query_one("#source-path", Input).value = str(source)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("alt+c")  # create
        await pilot.pause()
        await type_text(pilot, "imported-in-the-picker")
        app.screen.query_one("#new-area", Input).value = "Brackmoor"
        app.screen.query_one("#new-force", Input).value = "Brackmoor Police"
        app.screen.query_one("#new-force", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
    assert isinstance(app.return_value, Path), app.return_value
    return app.return_value


# --- the states --------------------------------------------------------------------


def _decided(folder: Path) -> Path:
    path = _import(folder / "decided.toml", _report(folder))
    asyncio.run(_decide_everything(path, folder / "recovery"))
    return path


def _signed(folder: Path, *roles: str) -> Path:
    path = _decided(folder)
    for role in roles:
        drafter("sign", str(path), "--role", role, "--name", SIGNERS[role], "--date", "2026-11-20")
    return path


def _stale(folder: Path) -> Path:
    path = _signed(folder, "commissioner", "chief")
    asyncio.run(_edit_after_signing(path, folder / "recovery"))
    return path


def _published(folder: Path) -> Path:
    path = _signed(folder, "commissioner", "chief")
    drafter("publish", str(path), "--date", "2026-11-25")
    return path


REQUIRED = ("--title", "T", *DETAILS)

#: Each state a writer can reach, and how drafter's own commands reach it.
BUILDERS: dict[str, Callable[[Path], Path]] = {
    "new-required-only": lambda f: _new(f / "x.toml", *REQUIRED, "--published", "2026-11-02"),
    "new-no-published-date": lambda f: _new(f / "x.toml", *REQUIRED),
    "new-earliest-date": lambda f: _new(f / "x.toml", *REQUIRED, "--published", EARLIEST),
    "new-latest-date": lambda f: _new(f / "x.toml", *REQUIRED, "--published", LATEST),
    "new-with-profile": lambda f: _with_profile(f / "x.toml"),
    **{
        f"new-kind-{kind.value}": (
            lambda f, kind=kind: _new(f / "x.toml", *REQUIRED, "--kind", kind.value)
        )
        for kind in ReportKind
    },
    "import-markdown": lambda f: _import(f / "x.toml", _report(f)),
    **{
        f"import-{name}": (lambda f, name=name: _import(f / "x.toml", _importer_case(name)(f)))
        for name in (
            "peel_pdf",
            "national_pdf",
            "thematic_html",
            "pasted_text",
            "older_markdown",
            "accelerated_pdf",
        )
    },
    "picker-start-empty": lambda f: asyncio.run(_picker_empty(f / "drafts")),
    "picker-import": lambda f: asyncio.run(_picker_import(f / "drafts", _report(f))),
    "every-finding-decided": _decided,
    "one-sign-off": lambda f: _signed(f, "commissioner"),
    "both-signed": lambda f: _signed(f, "commissioner", "chief"),
    "both-signed-then-edited": _stale,
    "published": _published,
}


class Drafts:
    """Builds each state on first use, once per session, and hands out copies."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.built: dict[str, Path] = {}

    def copy(self, state: str, into: Path) -> Path:
        if state not in self.built:
            folder = self.root / state
            # A state whose building failed for one test is built again for the next,
            # which then fails with the same error, not with "File exists".
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            self.built[state] = BUILDERS[state](folder)
        into.mkdir(parents=True, exist_ok=True)
        source = self.built[state]
        profile = source.parent / "drafter.toml"
        if profile.exists():
            shutil.copy(profile, into / "drafter.toml")
        return Path(shutil.copy(source, into / source.name))
