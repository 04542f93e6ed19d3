"""The Textual editor for drafts (``drafter edit``).

Only this package imports Textual. Plain logic that the screens share (saving,
recovery, the outline's states, configuration) lives in modules here that do not
import Textual, so it can be tested without a terminal.
"""
