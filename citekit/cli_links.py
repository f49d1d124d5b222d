"""`citekit check-links`: the command-line face of citekit.links (filled in by issue 5)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the check-links command to APP."""
