"""Reviewing changes between versions of a draft: what changed (diff, words), that
change as text for a reader (diff_text) and a draft as text for git (textconv).

Built on the store only (no rendering libraries, no Textual), so that ``drafter
diff`` and ``drafter textconv`` (which git runs for every version it shows) start
quickly. Sign-off lives in drafter.workflow, git setup in drafter.git, the view of
many drafts in drafter.portfolio.
"""
