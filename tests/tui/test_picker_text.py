"""The picker shows titles, file names and messages as they are, never as markup.

Found by the adversary: a report titled "Review of [/bold] things" stopped the
picker on start (MarkupError), and "[Redacted version]" was silently dropped.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from drafter.cli import main
from drafter.tui.picker import PickerApp
from tui.helpers import QUIET


async def test_square_brackets_in_titles_and_names_show_as_typed(tmp_path: Path) -> None:
    drafts = tmp_path / "[drafts]"
    drafts.mkdir()
    for name, title in (("m.toml", "Review of [/bold] things"), ("[x].toml", "Custody [sic]")):
        args = ["--published", "2026-11-01", "--area", "A", "--force", "F"]
        assert main(["new", str(drafts / name), "--title", title, *args]) == 0
    (drafts / "report.toml").write_text('format = 2\n[report]\ntitle = "R"\n', encoding="utf-8")
    app = PickerApp(drafts, QUIET)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        listing = app.query_one("#picker-list", OptionList)
        shown = [str(listing.get_option_at_index(i).prompt) for i in range(3)]
        assert "[x].toml\n  Custody [sic]" in shown
        assert "m.toml\n  Review of [/bold] things" in shown
        assert any("[response]" in line for line in shown), shown
        assert f"{drafts}/" in str(app.query_one("#picker-title").render())
