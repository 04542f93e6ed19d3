"""$EDITOR, rendering to Word and PDF, signing, spelling in the check, the narrow preview."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import NORTHMOOR, WILTSHIRE
from textual.widgets import Button, OptionList, Static, TextArea

from drafter import store
from drafter.model import Workflow
from drafter.tui.screens.problems import ProblemsScreen
from drafter.tui.screens.sign import SignScreen
from tui.helpers import type_text, wait_for

EDITOR_SCRIPT = """\
import pathlib, sys
# argv: the copy to keep (from $EDITOR), then the file drafter hands over
path = pathlib.Path(sys.argv[2])
pathlib.Path(sys.argv[1]).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
path.write_text("Written in the editor.\\n\\nA second paragraph.\\n", encoding="utf-8")
"""


async def test_external_editor_brings_the_text_back(make_app, copy_of, tmp_path, monkeypatch):
    path = copy_of(NORTHMOOR)
    script = tmp_path / "editor.py"
    script.write_text(EDITOR_SCRIPT, encoding="utf-8")
    seen = tmp_path / "seen.md"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script} {seen}")
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        area = app.query_one("#response", TextArea)
        area.load_text("First line.\nSecond line.")
        await pilot.pause()
        await pilot.press("alt+e")
        await pilot.pause()
        assert area.text == "Written in the editor.\nA second paragraph."
        assert app.focused is area
        assert app.editor.dirty
        await pilot.press("ctrl+s")
    # The editor was given the text with a blank line between paragraphs.
    assert seen.read_text(encoding="utf-8") == "First line.\n\nSecond line.\n"
    assert store.load(path).findings[4].response == "Written in the editor.\nA second paragraph."


async def test_external_editor_that_fails_changes_nothing(make_app, copy_of, monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} -c 'raise SystemExit(3)'")
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        await pilot.press("alt+e")
        await wait_for(pilot, lambda: len(app.notices) > 0)
        assert app.query_one("#response", TextArea).text == ""
        assert not app.editor.dirty
        [note] = list(app.notices)
        assert "stopped with status 3; nothing was changed" in note.message


@pytest.mark.parametrize(
    ("script", "said"),
    [
        # An editor in a Latin-1 locale ("café" as one byte e9).
        ("open(sys.argv[1], 'wb').write(b'caf\\xe9 au lait\\n')", "not UTF-8"),
        ("open(sys.argv[1], 'w', encoding='utf-16').write('hello')", "not UTF-8"),
        # An editor that saves by renaming and failed, leaving no file.
        ("os.remove(sys.argv[1])", "removed the file"),
    ],
    ids=["latin-1", "utf-16", "removed"],
)
async def test_what_an_editor_left_unreadable_changes_nothing(
    make_app, copy_of, monkeypatch, tmp_path, script: str, said: str
):
    """These stopped drafter (UnicodeDecodeError, FileNotFoundError): exit 70."""
    editor = tmp_path / "editor.py"
    editor.write_text(f"import os, sys\n{script}\n", encoding="utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        await type_text(pilot, "typed before")
        await pilot.press("alt+e")
        await wait_for(pilot, lambda: any(said in n.message for n in app.notices))
        assert app.is_running
        assert app.query_one("#response", TextArea).text == "typed before"
        assert any("nothing was changed" in n.message for n in app.notices)


def _run_command(app, name: str) -> None:  # type: ignore[no-untyped-def]
    [command] = [c for c in app.editor.palette_commands() if c.name == name]
    command.run(app.editor)


async def test_render_to_word_and_pdf_beside_the_draft(make_app, copy_of):
    import docx

    path = copy_of(NORTHMOOR)
    original = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        _run_command(app, "Render to Word")
        _run_command(app, "Render to PDF")
        await app.workers.wait_for_complete()
        await wait_for(
            pilot, lambda: sum(n.message.startswith("Rendered ") for n in app.notices) == 2
        )
        messages = [n.message for n in app.notices]
    assert f"Rendered Word to {path.with_suffix('.docx')}" in messages
    assert f"Rendered PDF to {path.with_suffix('.pdf')}" in messages
    document = docx.Document(str(path.with_suffix(".docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert store.load(path).report.title in text
    assert len(document.tables) >= 1
    assert path.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert path.read_bytes() == original


async def test_render_a_letter_on_the_offices_letterhead(make_app, copy_of, tmp_path):
    """The editor's "Render to" takes the letterhead from the profile, as `drafter render`."""
    path = copy_of(NORTHMOOR)
    (tmp_path / ".git").mkdir()  # the profile search stops at the repository's root
    (tmp_path / "drafter.toml").write_text(
        '[letter]\noffice = "Office of the PFCC"\nreference = "OPCC/{year}"\n', encoding="utf-8"
    )
    draft = store.load(path)
    draft.response.layout = "letter"
    store.save(draft, path)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        _run_command(app, "Render to plain text")
        await pilot.pause()
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    assert text.startswith(
        "*** DRAFT – not signed off ***\n\nOffice of the PFCC\n\nOur ref: OPCC/2026\n"
    )


def _unsigned_wiltshire(copy_of) -> Path:  # type: ignore[no-untyped-def]
    path = copy_of(WILTSHIRE)
    store.save(replace(store.load(path), workflow=Workflow()), path)
    return path


async def _sign(app, pilot, role: str, name: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.click(f"#sign-{role}")
    await pilot.pause()
    assert isinstance(app.screen, SignScreen)
    assert app.screen.role.value == role
    box = app.screen.query_one("#sign-name")
    box.value = name
    box.focus()  # the form opens on the role
    await pilot.press("enter")
    await pilot.pause()


def _summary(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.query_one("#signoff-summary").render())


async def test_sign_both_then_an_edit_makes_the_signatures_stale(make_app, copy_of):
    path = _unsigned_wiltshire(copy_of)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        app.editor.goto("signoff")
        await pilot.pause()
        assert "Police and Crime Commissioner: not signed" in _summary(app)
        await _sign(app, pilot, "commissioner", "Angus Macpherson")
        assert app.screen is app.editor
        assert "status: in-review" in _summary(app)
        await _sign(app, pilot, "chief", "Kier Pritchard")
        await pilot.press("l")  # the final Word and PDF: later
        await pilot.pause()
        summary = _summary(app)
        assert "status: signed-off" in summary
        assert (
            "Police and Crime Commissioner: signed by Angus Macpherson on 29 November 2026; "
            "the signature holds" in summary
        )
        assert "Chief Constable: signed by Kier Pritchard on 29 November 2026" in summary
        assert "Both signatures hold" in summary
        assert not app.editor.dirty  # signing saves at once
        saved = store.load(path)
        assert [(s.role.value, s.name) for s in saved.workflow.signoffs] == [
            ("commissioner", "Angus Macpherson"),
            ("chief", "Kier Pritchard"),
        ]

        app.editor.goto("finding:0")
        await pilot.pause()
        app.query_one("#response", TextArea).insert("Changed after signing. ")
        await pilot.pause()
        app.editor.goto("signoff")
        await pilot.pause()
        summary = _summary(app)
        assert "Police and Crime Commissioner: signature no longer holds" in summary
        assert "Chief Constable: signature no longer holds" in summary
        assert "the text has changed since; sign again" in summary


async def test_an_unready_draft_is_refused_with_its_problems(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    original = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        app.editor.goto("signoff")
        await pilot.pause()
        await _sign(app, pilot, "chief", "Jo Bloggs")
        assert isinstance(app.screen, SignScreen)
        error = str(app.screen.query_one("#sign-error").render())
        assert error.startswith("Not signed: not ready for sign-off, ")
        assert "Cause of concern 2 has no decision yet" in error
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.editor
        assert not app.editor.dirty
    assert path.read_bytes() == original


async def test_check_lists_spelling_and_jumps_to_the_word(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    draft = store.load(path)
    draft.findings[4].response = "We accept this.\nThe team will recieve training."
    store.save(draft, path)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("f4")
        screen = app.screen
        assert isinstance(screen, ProblemsScreen)
        listing = screen.query_one("#problems-list", OptionList)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.spelling is not None
        [line] = [m for m in screen.spelling if "recieve" in m]
        assert line.startswith(
            "Recommendation 3, line 2: 'recieve' is not in the British English dictionary"
        )
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert "checking spelling…" not in prompts
        listing.highlighted = prompts.index(line)
        await pilot.press("enter")
        await pilot.pause()
        assert app.editor.current == "finding:4"
        area = app.query_one("#response", TextArea)
        assert app.focused is area
        assert area.cursor_location == (1, 14)


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 34)])
async def test_preview_never_cuts_the_decision_buttons(make_app, copy_of, size):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=size) as pilot:
        views = app.query_one("#views")
        for button in app.query("#decisions Button").results(Button):
            assert button.region.width > 0 and button.region.right <= views.region.right
        labels = [str(b.label) for b in app.query("#decisions Button").results(Button)]
        if size == (100, 30):  # beside the outline: no room for the keys on the buttons
            assert labels == ["Accept", "Partly", "Not accepted", "Note", "Clear"]
        else:
            assert labels[0] == "Accept alt+a" and labels[-1] == "Clear alt+u"
        await pilot.press("f3")
        await pilot.pause()
        preview = app.query_one("#preview")
        assert not app.query_one("#outline").display
        if size[0] < 120:
            # The preview shows instead of the view, and takes the keys.
            assert not views.display
            assert preview.region.width == size[0]
            assert app.focused is preview
        else:
            assert views.display and preview.display
            for button in app.query("#decisions Button").results(Button):
                assert button.region.width > 0
                assert button.region.right <= views.region.right, button.id
        await pilot.press("f3")
        await pilot.pause()
        assert views.display and not preview.display
        assert app.focused is app.query_one("#response")


async def test_check_of_a_published_response_does_not_invite_sign_off(make_app, copy_of):
    """F4 on the published reference said "Ready for sign-off": it says what is true."""
    app = make_app(copy_of(WILTSHIRE))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        title = app.screen.query_one("#problems-title", Static)
        assert str(title.render()) == "Published 30 April 2020; signed by both"


async def test_check_lists_notes_after_the_problems(make_app, copy_of):
    """The reference's recommendation 1 has an owner but no target date: a note in F4,
    as in `drafter check`, that goes to the finding."""
    app = make_app(copy_of(WILTSHIRE))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        listing = app.screen.query_one("#problems-list", OptionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        note = (
            "Note: Recommendation 1 is accepted but names no target date, so its action "
            "cannot be tracked after publication"
        )
        assert prompts[0] == note
        listing.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.editor.current == "finding:0"
