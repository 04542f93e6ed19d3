"""The editor shows control characters from a draft as marks (issue 14, item 6).

Before: an escape sequence in a response cleared the editor's screen and retitled
the terminal window when the finding was shown (tried in tmux).
"""

from __future__ import annotations

from conftest import NORTHMOOR
from textual.widgets import TextArea

HOSTILE = r"\u001b[2J\u001b]0;PWNED\u0007\u202eevil "


async def test_a_response_with_escape_sequences_is_shown_as_marks(make_app, copy_of) -> None:
    path = copy_of(NORTHMOOR)
    text = path.read_text("utf-8").replace('response = """\n', f'response = """\n{HOSTILE}', 1)
    path.write_text(text, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.goto("finding:0")
        await pilot.pause()
        area = app.screen.query_one("#response", TextArea)
        assert area.text.startswith("\x1b[2J"), "the text itself is not changed"
        shown = "".join(segment.text for segment in area.render_line(0))
        assert "␛[2J␛]0;PWNED␇" in shown, shown
        assert not any(char in shown for char in "\x1b\x07\u202e")
