"""Note -> Citations (pure)."""

from __future__ import annotations

from citekit.model import Citation, Note


def parse_note(note: Note) -> tuple[Citation, ...]:
    """The citations a note makes, in order."""
    return ()
