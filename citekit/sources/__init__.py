"""path -> Document. The only package that reads input files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from citekit.errors import UnreadableFile, UnsupportedFormat
from citekit.model import Document
from citekit.sources import docx, html, md, pdf, tex, text

Reader = Callable[[Path], Document]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".text": text.read,
    ".md": md.read,
    ".markdown": md.read,
    ".tex": tex.read,
    ".docx": docx.read,
    ".html": html.read,
    ".htm": html.read,
    ".xhtml": html.read,
    ".pdf": pdf.read,
}


def read(path: str | Path) -> Document:
    """Read the document at PATH with the reader its suffix names.

    Raises:
        UnsupportedFormat: no reader knows the suffix.
        UnreadableFile: the bytes are not a readable document.
    """
    path = Path(path)
    if path.is_dir():
        raise UnreadableFile(str(path), "is a directory (pass a document file)")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        kind = f"unknown file type '{path.suffix}'" if path.suffix else "no file extension"
        raise UnsupportedFormat(str(path), f"{kind} (known: {known})")
    return reader(path)
