"""drafter and git: the git program run for drafter (repo), and the setup that makes
``git diff`` show drafts as text (integration).

Built on the store only, so that ``drafter diff`` and ``drafter git-setup`` start quickly.
"""
