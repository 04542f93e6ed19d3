"""drafter: write the statutory response to an HMICFRS inspection report."""

__version__ = "0.1.0"
