"""path -> Document. The only package that reads input files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from citekit.errors import UnsupportedFormat
from citekit.model import Document
from citekit.sources import docx, md, tex, text

Reader = Callable[[Path], Document]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".text": text.read,
    ".md": md.read,
    ".markdown": md.read,
    ".tex": tex.read,
    ".docx": docx.read,
}


def read(path: str | Path) -> Document:
    """Read the document at PATH with the reader its suffix names.

    Raises:
        UnsupportedFormat: no reader knows the suffix.
        UnreadableFile: the bytes are not a readable document.
    """
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise UnsupportedFormat(str(path), f"unknown file type '{path.suffix}' (known: {known})")
    return reader(path)
