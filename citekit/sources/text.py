"""Plain text, as extracted from PDFs and web pages: notes are found later, by layout.

Project Gutenberg's texts mark their notes ("[Footnote 1: …]", "[A] …"): those the reader
finds itself, each paired with its marker (sources/gutenberg.py)."""

from __future__ import annotations

from pathlib import Path

from citekit.model import Document
from citekit.sources import gutenberg
from citekit.sources.raw import read_text


def read(path: Path) -> Document:
    """Read a .txt file."""
    text = read_text(path)
    found = gutenberg.read_notes(text)
    if found is None:
        return Document(path=str(path), text=text, format="txt")
    return Document(
        path=str(path),
        text=text,
        format="txt",
        footnotes=found.footnotes,
        diagnostics=found.diagnostics,
        paired=True,
    )
