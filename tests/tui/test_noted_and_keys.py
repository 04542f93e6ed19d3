"""The noted-group action, the keymap from the settings file, the preview."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NORTHMOOR

from drafter import store
from drafter.model import Decision
from drafter.tui.app import DrafterApp, binding_ids
from drafter.tui.config import Config, ConfigError, load_config
from drafter.tui.preview_text import for_preview
from tui.helpers import type_text


async def test_noted_action_marks_findings_to_other_bodies_and_groups_them(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app = make_app(path)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("alt+g")
        await pilot.pause()
        # Recommendations 5 and 6 (College of Policing) and 7 (Home Office) are noted;
        # Recommendation 4, to chief constables, is the force's own and stays as decided.
        decisions = {f.title: f.decision for f in app.draft.findings}
        assert decisions["Recommendation 5"] is Decision.NOTE
        assert decisions["Recommendation 6"] is Decision.NOTE
        assert decisions["Recommendation 7"] is Decision.NOTE
        assert decisions["Recommendation 4"] is Decision.NOT_ACCEPTED
        assert decisions["Recommendation 3"] is None
        assert [g.addressee for g in app.draft.response.noted] == [
            "College of Policing",
            "Home Office",
        ]
        # It opens the new group, ready for its statement.
        assert app.editor.current == "noted:1"
        assert app.focused is app.query_one("#statement")
        await type_text(pilot, "The force notes the recommendation to the Home Office.")
        await pilot.press("ctrl+s")
    saved = store.load(path)
    assert saved.response.noted[1].addressee == "Home Office"
    assert saved.response.noted[1].statement == (
        "The force notes the recommendation to the Home Office."
    )
    assert [f.decision for f in saved.findings[6:9]] == [Decision.NOTE] * 3


def test_keymap_settings_are_checked(tmp_path: Path) -> None:
    ids = binding_ids()
    assert {"drafter.save", "drafter.accept", "drafter.next-finding", "drafter.help"} <= ids
    config_file = tmp_path / "config.toml"
    config_file.write_text('theme = "nord"\n[keys]\n"drafter.save" = "f10"\n')
    config = load_config(config_file, binding_ids=binding_ids, themes={"nord", "textual-dark"})
    assert config == Config(theme="nord", keys={"drafter.save": "f10"})
    config_file.write_text('[keys]\n"drafter.sav" = "f10"\n')
    with pytest.raises(ConfigError, match=r"'drafter.sav' is not a binding id"):
        load_config(config_file, binding_ids=binding_ids, themes={"textual-dark"})
    config_file.write_text('theme = "pink"\n')
    with pytest.raises(ConfigError, match=r"theme 'pink' is not a theme"):
        load_config(config_file, binding_ids=binding_ids, themes={"textual-dark"})
    assert load_config(tmp_path / "absent.toml", binding_ids=binding_ids, themes=set()) == Config()


def test_settings_list_every_binding_only_when_they_remap_a_key(tmp_path: Path) -> None:
    # Listing every binding id imports every screen, the import screens too: a tenth
    # of the editor's start-up, which a writer who remaps nothing should not wait for.
    probe = (
        "import sys; from pathlib import Path; from drafter.tui.app import writer_config; "
        "config = writer_config(Path(sys.argv[1])); "
        "print(config.theme, sorted(config.keys), 'drafter.tui.importing.review' in sys.modules)"
    )
    config_file = tmp_path / "config.toml"
    outputs = []
    for text in ('theme = "nord"\n', 'theme = "nord"\n[keys]\n"drafter.save" = "f10"\n'):
        config_file.write_text(text)
        done = subprocess.run(
            [sys.executable, "-c", probe, str(config_file)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout.strip())
    assert outputs == ["nord [] False", "nord ['drafter.save'] True"]


async def test_remapped_save_key_saves(make_app, copy_of):
    path = copy_of(NORTHMOOR)
    app: DrafterApp = make_app(path, Config(autosave_seconds=3600, keys={"drafter.save": "f10"}))
    async with app.run_test(size=(100, 30)) as pilot:
        await type_text(pilot, "Remapped ")
        await pilot.press("ctrl+s")
        assert app.editor.dirty
        await pilot.press("f10")
        await pilot.pause()
        assert not app.editor.dirty
        await pilot.press("f1")
        await pilot.pause()
        rows = app.screen.rows
        assert ("f10", "Save", "drafter.save") in rows
    assert store.load(path).findings[4].response == "Remapped "


async def test_preview_follows_typing(make_app, copy_of):
    app = make_app(copy_of(NORTHMOOR))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("f3")
        preview = app.query_one("#preview")
        await preview.refresh_now()
        assert "Within six months, the force should" in preview.shown
        await type_text(pilot, "Previewed words")
        await preview.refresh_now()
        assert "\nPreviewed words\n" in preview.shown


def test_preview_turns_table_rows_into_blocks() -> None:
    markdown = (
        "| Recommendations | Kent response |\n"
        "| --- | --- |\n"
        "| First para.<br><br>• a \\| b | Reply one.<br><br>Reply two. |\n"
        "| Second. |  |\n"
    )
    assert for_preview(markdown) == (
        "#### Recommendations · Kent response\n"
        "\n"
        "> First para.\n"
        ">\n"
        "> • a | b\n"
        "\n"
        "Reply one.\n"
        "\n"
        "Reply two.\n"
        "\n"
        "---\n"
        "\n"
        "> Second.\n"
        "\n"
        "*No response yet.*\n"
        "\n"
        "---\n"
        "\n"
    )
