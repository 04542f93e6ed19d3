"""Keystroke-to-screen latency in a TextArea holding a 5,000-word response.

    python bench/keystroke.py drafter|floor DRAFT TODAY COUNT

Prints one JSON line with the p50 and p95, in milliseconds, of the time from a key
being sent to the app until the next paint of the screen (the frame that shows the
typed character). Keys come at typing pace (every 90-140 ms), so the app's own timers
(autosave, recovery, preview) run between and sometimes during keys, as they would.

Textual paints on a 60 fps timer, which adds up to one frame (16.7 ms) to any
key by design; run.py measures once with TEXTUAL_FPS=1000, where that wait is
under a millisecond and the figure is the work a key costs, and once at the
default 60 fps, which is what a user sees.

"floor" is a bare Textual app with one TextArea holding the same text, set up as
drafter's response box is; "drafter" is the editor on the finding whose response
holds the words. The text cursor starts mid-text.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

SIZE = (120, 40)
#: A fresh recovery folder, removed at exit: left-over edits would open a dialog.
RECOVERY = tempfile.TemporaryDirectory(prefix="drafter-bench-")
TYPED = "the force will publish its plan "


def key_event(char: str):  # type: ignore[no-untyped-def]
    from textual import events

    return events.Key("space" if char == " " else char, char)


def floor_app(text: str):  # type: ignore[no-untyped-def]
    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    class Floor(App[None]):
        def compose(self) -> ComposeResult:
            yield TextArea(text, soft_wrap=True, tab_behavior="focus", show_line_numbers=False)

    return Floor()


def drafter_app(path: str, today: str):  # type: ignore[no-untyped-def]
    from drafter.tui.app import DrafterApp
    from drafter.tui.config import Config
    from drafter.tui.session import Session

    session = Session.open(Path(path), recovery_dir=Path(RECOVERY.name))
    return DrafterApp(session, today=dt.date.fromisoformat(today), config=Config())


def response_index(app) -> int:  # type: ignore[no-untyped-def]
    longest = max(app.draft.findings, key=lambda f: len(f.response))
    return app.draft.findings.index(longest)


async def measure(mode: str, path: str, today: str, count: int) -> dict[str, float]:
    from textual.widgets import TextArea

    if mode == "floor":
        from drafter import store

        draft = store.load(path)
        text = max((f.response for f in draft.findings), key=len)
        app = floor_app(text)
    else:
        app = drafter_app(path, today)

    painted = asyncio.Event()
    original_display = app._display

    def display(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None:
            painted.set()
        return original_display(screen, renderable)

    app._display = display  # type: ignore[method-assign]
    rng = random.Random(8)
    latencies: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        if mode == "floor":
            area = app.query_one(TextArea)
        else:
            app.editor.goto(f"finding:{response_index(app)}")
            area = app.query_one("#response", TextArea)
        area.focus()
        words = len(area.text.split())
        area.move_cursor((area.document.line_count // 2, 0))
        await pilot.pause()
        driver = app._driver
        for i in range(count):
            await asyncio.sleep(rng.uniform(0.09, 0.14))
            event = key_event(TYPED[i % len(TYPED)])
            event.set_sender(app)
            painted.clear()
            start = time.perf_counter()
            driver.send_message(event)
            await asyncio.wait_for(painted.wait(), timeout=10)
            latencies.append(time.perf_counter() - start)
        await pilot.pause()
        typed = len(area.text.split()) - words

    def q(values: list[float], at: int) -> float:
        return statistics.quantiles(values, n=100, method="inclusive")[at - 1] * 1000

    return {
        "p50": q(latencies, 50),
        "p95": q(latencies, 95),
        "max": max(latencies) * 1000,
        "keys": len(latencies),
        "words_typed": typed,
        "words": words,
    }


def main() -> None:
    mode, path, today, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    print(json.dumps(asyncio.run(measure(mode, path, today, count))))


if __name__ == "__main__":
    main()
