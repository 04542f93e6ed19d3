"""Reviewing drafts: what changed between two versions, git integration, sign-off.

Built on the store only (no rendering libraries, no Textual), so that ``drafter
diff``, ``drafter textconv`` (which git runs for every version it shows) and
``drafter status`` start quickly.
"""
