"""The preview shows the draft in its own layout, as "Render to …" writes it.

Found as an adversary: a letter-layout draft with an office letterhead was previewed
in the standard layout, so the writer never saw the letterhead, date or salutation
the commissioner would sign under.
"""

from __future__ import annotations

import os

from conftest import NORTHMOOR

from drafter import store
from drafter.tui.preview import preview_markdown
from tui.helpers import new_draft

PROFILE = (
    'area = "Brackmoor"\nlayout = "letter"\n'
    '[force]\nname = "Brackmoor Police"\nshort = "Brackmoor"\n'
    "[letter]\n"
    'office = "Office of the Commissioner for Brackmoor"\n'
    'address = ["Moor House", "Brackmoor BR1 1AA"]\n'
    'salutation = "Dear Home Secretary,"\n'
)


async def test_a_letter_is_previewed_with_the_profiles_letterhead(make_app, tmp_path):
    (tmp_path / "drafter.toml").write_text(PROFILE, encoding="utf-8")
    path = new_draft(tmp_path)
    assert store.load(path).response.layout == "letter"
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("f3")
        preview = app.query_one("#preview")
        await preview.refresh_now()
        assert "Office of the Commissioner for Brackmoor" in preview.shown
        assert "Moor House" in preview.shown
        assert "Dear Home Secretary," in preview.shown


async def test_a_broken_profile_is_named_in_the_preview_not_a_crash(make_app, tmp_path):
    (tmp_path / "drafter.toml").write_text(PROFILE, encoding="utf-8")
    path = new_draft(tmp_path)
    (tmp_path / "drafter.toml").write_text('[letter]\naddress = "one line"\n', encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("f3")
        preview = app.query_one("#preview")
        await preview.refresh_now()
        assert preview.shown.startswith("**The preview cannot be shown:**")
        assert "drafter.toml" in preview.shown


def test_the_action_plan_preview_keeps_every_column():
    draft = store.load(NORTHMOOR)
    draft.response.layout = "action-plan"
    shown = preview_markdown(draft, NORTHMOOR)
    assert "**Owner:** Chief Superintendent, Contact Management" in shown
    assert "**Target date:** 31 March 2027" in shown
    assert "<br>" not in shown and "| --- |" not in shown


def test_a_layout_from_a_templates_folder_is_previewed_as_standard_and_says_so(tmp_path):
    path = new_draft(tmp_path, "--area", "A", "--force", "F")
    draft = store.load(path)
    draft.response.layout = "our-own"
    shown = preview_markdown(draft, path)
    assert shown.startswith("*The layout “our-own” comes from a templates folder")
    assert "# RESPONSE OF THE" in shown


def _counting_reads(monkeypatch) -> list[str]:
    """Every read of an office profile's text from here on, by the file it came from."""
    import drafter.profile as profiles

    reads: list[str] = []
    real = profiles.loads_profile

    def counted(source, path):
        reads.append(str(path))
        return real(source, path)

    monkeypatch.setattr(profiles, "loads_profile", counted)
    return reads


def test_the_preview_reads_an_unchanged_profile_once(tmp_path, monkeypatch):
    (tmp_path / "drafter.toml").write_text(PROFILE, encoding="utf-8")
    path = new_draft(tmp_path)
    draft = store.load(path)
    reads = _counting_reads(monkeypatch)
    for _ in range(5):  # five pauses in typing
        assert "Office of the Commissioner for Brackmoor" in preview_markdown(draft, path)
    assert reads == [str(tmp_path / "drafter.toml")]


def test_a_profile_changed_or_mended_during_a_session_shows_at_the_next_pause(
    tmp_path, monkeypatch
):
    profile = tmp_path / "drafter.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    path = new_draft(tmp_path)
    draft = store.load(path)
    reads = _counting_reads(monkeypatch)
    assert "Moor House" in preview_markdown(draft, path)

    profile.write_text(PROFILE.replace("Moor House", "Fen House"), encoding="utf-8")
    assert "Fen House" in preview_markdown(draft, path)

    profile.write_text('[letter]\naddress = "one line"\n', encoding="utf-8")
    for _ in range(2):  # a broken profile is named, and not read again while unchanged
        assert preview_markdown(draft, path).startswith("**The preview cannot be shown:**")
    assert len(reads) == 3

    profile.write_text(PROFILE.replace("Moor House", "Fen House"), encoding="utf-8")
    assert "Fen House" in preview_markdown(draft, path)

    # A change that keeps the size shows too: the file's time moves on (set here, as a
    # file system with a coarse clock might give both writes the same time).
    before = profile.stat().st_mtime_ns
    profile.write_text(PROFILE.replace("Moor House", "Tor House"), encoding="utf-8")
    os.utime(profile, ns=(before + 1, before + 1))
    assert "Tor House" in preview_markdown(draft, path)
    assert len(reads) == 5
