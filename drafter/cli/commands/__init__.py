"""One module per ``drafter`` command; see drafter.cli for the contract."""

#: The command ``drafter`` runs when given none (the TUI's draft picker, once it exists).
DEFAULT: str | None = "edit"
