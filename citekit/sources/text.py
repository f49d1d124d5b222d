"""Plain text, as extracted from PDFs and web pages: notes are found later, by layout."""

from __future__ import annotations

from pathlib import Path

from citekit.model import Document
from citekit.sources.raw import read_text


def read(path: Path) -> Document:
    """Read a .txt file."""
    return Document(path=str(path), text=read_text(path), format="txt")
