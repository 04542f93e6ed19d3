"""Alt keys sent together with other keys act, and never type "^n" into a response.

Textual 8.2's parser turned an ESC that a second ESC interrupted into a "^" key:
alt+n pressed twice quickly typed "^n" into the finding's response (saved, then
signed), and alt+a followed at once by text typed "^a" before it.
"""

from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from drafter import store
from drafter.model import Decision
from drafter.tui.alt_keys import AltKeysParser, install
from tui.journeys import Drafts


def keys(*feeds: str) -> list[str]:
    parser = AltKeysParser(False)
    found: list[str] = []
    for data in (*feeds, ""):
        found += [e.key for e in parser.feed(data) if hasattr(e, "key")]
    return found


@pytest.mark.parametrize(
    ("feeds", "expected"),
    [
        (["\x1bn\x1bn"], ["alt+n", "alt+n"]),
        (["\x1bn", "\x1bn"], ["alt+n", "alt+n"]),
        (["\x1baone\x1bn"], ["alt+a", "o", "n", "e", "alt+n"]),
        (["\x1bN\x1bn"], ["alt+shift+n", "alt+n"]),
        # A caret really typed stays a caret; arrows and escape stay themselves.
        (["2^n"], ["2", "circumflex_accent", "n"]),
        (["\x1b[A\x1b[B"], ["up", "down"]),
        (["\x1b"], ["escape"]),
    ],
    ids=["twice", "two-reads", "then-text", "shifted", "caret", "arrows", "escape"],
)
def test_the_parser_reads_alt_letters_as_alt_keys(feeds: list[str], expected: list[str]) -> None:
    assert keys(*feeds) == expected


def test_the_linux_driver_still_makes_its_parser_by_that_name(monkeypatch) -> None:
    """If an upgrade of Textual moves it, this fails rather than the "^n" coming back."""
    import textual.drivers.linux_driver as linux_driver

    assert "XTermParser(" in inspect.getsource(linux_driver.LinuxDriver.run_input_thread)
    monkeypatch.setattr(linux_driver, "XTermParser", linux_driver.XTermParser)
    install()
    assert linux_driver.XTermParser is AltKeysParser


@pytest.mark.tmux
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_decisions_and_text_sent_together_in_a_real_terminal(
    drafts: Drafts, tmp_path: Path
) -> None:
    from tui.test_tmux import _send_until, _socket, _tmux, _wait_for

    path = drafts.copy("import-markdown", tmp_path)
    socket = _socket("alt-keys")
    drafter = Path(sys.executable).parent / "drafter"
    env = f"env -u COLUMNS -u LINES XDG_STATE_HOME={tmp_path / 'state'} TERM=xterm-256color"
    command = f"{env} {drafter} edit {path} --today 2026-11-29; echo EXITED $?; sleep 60"
    _tmux(socket, "new-session", "-d", "-s", "drafter", "-x", "80", "-y", "24")
    _tmux(socket, "send-keys", "-t", "drafter", f"cd {REPO}; clear; {command}", "Enter")
    try:
        _wait_for(socket, " decided")
        _send_until(socket, "M-a", "1 of")
        # All in one write, as SSH delivers keys typed during a lag.
        _tmux(socket, "send-keys", "-t", "drafter", "M-a", "one", "M-n", "M-s", "two", "M-n")
        _wait_for(socket, "2 of")
        _tmux(socket, "send-keys", "-t", "drafter", "C-s")
        _wait_for(socket, "✓ saved")
        _tmux(socket, "send-keys", "-t", "drafter", "C-q")
        _wait_for(socket, "EXITED 0")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    text = path.read_text(encoding="utf-8")
    assert "^" not in text
    answered = {f.response: f.decision for f in store.load(path).findings if f.decision}
    assert answered == {"one": Decision.ACCEPT, "two": Decision.PARTIALLY_ACCEPT}
