"""Keys typed ahead of the app: each reaches the box it was meant for.

A fast typist, a paste or tmux sends keys faster than the app handles them. Textual
hands each key to the focused widget's queue, so letters typed straight after Tab
reached the box Tab was leaving, and a binding typed straight after letters (ctrl+s
in the editor) acted before the box had taken them. Both drafter's apps (the editor
and the picker) share the cure: Tab and shift+Tab as priority bindings, which move
the focus as the key arrives, and a settle step before an app's own bindings act.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from textual.actions import ActionParseResult
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.widget import Widget

#: Priority, so that the focus moves as the key arrives: otherwise Textual hands tab
#: to the focused box's queue, and letters typed straight after it reach that box too
#: before the tab moves the focus.
FOCUS_BINDINGS = [
    Binding("tab", "focus_next", show=False, priority=True),
    Binding("shift+tab", "focus_previous", show=False, priority=True),
]

#: Rounds of the event loop a binding waits at most for letters typed before it.
SETTLE_ROUNDS = 200


async def settle(widget: Widget) -> None:
    """Return once ``widget`` and every node above it up to its screen have handled
    their messages: queues empty on three checks running, as a message being handled
    may post more. The app's own queue is not waited for: the binding runs on it."""
    chain = [widget, *(node for node in widget.ancestors if isinstance(node, Widget))]
    quiet = 0
    for _ in range(SETTLE_ROUNDS):
        if any(node.message_queue_size for node in chain):
            quiet = 0
        else:
            quiet += 1
            if quiet == 3:
                return
        await asyncio.sleep(0)


class TypedAhead(App[Any]):
    """Mixed into an app: its bindings in ``settles_before`` act only once the focused
    box (and the views above it) have handled the letters typed before them."""

    def settles_before(self, namespace: DOMNode | None) -> bool:
        """Whether an action bound in ``namespace`` waits for the focused box first."""
        return False

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        if self.focused is not None and self.settles_before(default_namespace):
            await settle(self.focused)
        return await super().run_action(action, default_namespace, namespaces)
