"""Alt keys that arrive together with other keys act as alt keys, never as "^n" text.

A terminal sends alt+n as ESC then "n". Textual 8.2's parser waits after ESC for the
rest of a longer sequence; when the next ESC comes first (alt+n pressed twice within
a few milliseconds, held down, or keys sent together by SSH or tmux) it gives up and
hands the keys on with the ESC shown as "^": "^n" typed into the response, where it
was saved, signed and published. drafter's commands are all alt+letter, so its
writers meet this every day. ESC followed by a letter is never the start of a longer
sequence in the xterm protocol (those start ESC [ or ESC O), so the pair is alt+letter.

The parser is Textual's; this subclass only rereads what it returns, and is put in
the Linux driver's place by ``install`` before the app runs. A test checks that the
driver still makes its parser under that name, so an upgrade that moves it fails
the suite instead of quietly bringing the "^n" back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual import events
from textual._xterm_parser import XTermParser
from textual.message import Message


class AltKeysParser(XTermParser):
    def feed(self, data: str) -> Iterable[Message]:
        tokens = list(super().feed(data))
        if "^" in data:
            # A caret really typed: the keys stay as they came.
            return tokens
        return list(self._alt_pairs(tokens))

    def _alt_pairs(self, tokens: list[Message]) -> Iterator[Message]:
        waiting: events.Key | None = None
        for token in tokens:
            if waiting is not None:
                waiting, caret = None, waiting
                if isinstance(token, events.Key) and _letter(token):
                    yield from self._sequence_to_key_events(token.character or "", alt=True)
                    continue
                yield caret
            if isinstance(token, events.Key) and token.key == "circumflex_accent":
                waiting = token
                continue
            yield token
        if waiting is not None:
            yield waiting


def _letter(key: events.Key) -> bool:
    character = key.character or ""
    return len(character) == 1 and character.isalpha() and character.isascii()


def install() -> None:
    """Give the Linux driver this parser (the driver Textual uses on Linux and macOS)."""
    import textual.drivers.linux_driver as linux_driver

    linux_driver.XTermParser = AltKeysParser  # type: ignore[misc]
