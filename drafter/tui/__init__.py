"""The Textual editor for drafts (``drafter edit``).

Only this package imports Textual. Plain logic that the screens share (saving,
recovery, the outline's states, configuration) lives in modules here that do not
import Textual, so it can be tested without a terminal.
"""


def _show_control_characters() -> None:
    """Make Rich and Textual show control characters as marks, never send them raw.

    Both already drop a few (bell, backspace, form feed...) from every text they
    draw, through one translation table each; an escape sequence or a right-to-left
    override in a draft went through, and could clear the screen or retitle the
    window. Filling those tables with visible marks (one character for one, so the
    cursor keeps its column) covers every widget: text boxes, inputs, the outline,
    the preview.
    """
    import rich.control
    import textual.content

    from drafter.safe_text import one_for_one

    marks = one_for_one()
    for table in (rich.control._CONTROL_STRIP_TRANSLATE, textual.content._CONTROL_STRIP_TRANSLATE):
        table.update(marks)  # type: ignore[attr-defined]


_show_control_characters()
