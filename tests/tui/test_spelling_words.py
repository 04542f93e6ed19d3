"""F4's spelling lines: a adds the word to the office's words, i ignores it in this draft."""

from __future__ import annotations

from conftest import NORTHMOOR
from textual.widgets import OptionList

from drafter import store
from drafter.profile import load_profile
from drafter.tui.screens.problems import ProblemsScreen


async def open_check(app, pilot) -> tuple[ProblemsScreen, list[str]]:  # type: ignore[no-untyped-def]
    await pilot.press("f4")
    screen = app.screen
    assert isinstance(screen, ProblemsScreen)
    await app.workers.wait_for_complete()
    await pilot.pause()
    listing = screen.query_one("#problems-list", OptionList)
    prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
    return screen, prompts


def highlight(screen: ProblemsScreen, word: str) -> None:
    listing = screen.query_one("#problems-list", OptionList)
    for i in range(listing.option_count):
        if f"'{word}'" in str(listing.get_option_at_index(i).prompt):
            listing.highlighted = i
            return
    raise AssertionError(f"no line about {word}")


async def test_add_to_the_office_words_and_ignore_in_this_draft(
    make_app, copy_of, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / ".git").mkdir()
    profile = tmp_path / "drafter.toml"
    profile.write_text('area = "Northmoor"\n', encoding="utf-8")
    path = copy_of(NORTHMOOR)
    draft = store.load(path)
    draft.findings[4].response = "Accepted. Supt Ceridwen Llŷr will lead at Plas Gwyn."
    store.save(draft, path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, prompts = await open_check(app, pilot)
        for word in ("Ceridwen", "Llŷr", "Plas"):
            assert any(f"'{word}' is not in the British English dictionary" in p for p in prompts)
        highlight(screen, "Ceridwen")
        await pilot.press("a")
        await pilot.pause()
        assert load_profile(profile).words == ("Ceridwen",)
        highlight(screen, "Llŷr")
        await pilot.press("i")
        await pilot.pause()
        assert app.draft.spelling_words == ["Llŷr"]
        assert app.dirty  # saved as any edit is
        listing = screen.query_one("#problems-list", OptionList)
        left = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert not any("'Ceridwen'" in p or "'Llŷr'" in p for p in left)
        assert any("'Plas'" in p for p in left)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        # Checked again, neither word is a problem any more.
        screen, prompts = await open_check(app, pilot)
        assert not any("'Ceridwen'" in p or "'Llŷr'" in p for p in prompts)
        assert any("'Plas'" in p for p in prompts)
    assert store.load(path).spelling_words == ["Llŷr"]
