"""path -> Document. The only package that reads input files."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from citekit.errors import UnreadableFile, UnsupportedFormat
from citekit.model import Document

# suffix -> the module of citekit.sources whose read(path) reads it; a reader is imported
# when a document needs it, so a run on .txt files never loads Markdown, Word, HTML or PDF
READERS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "md",
    ".markdown": "md",
    ".tex": "tex",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
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
    module = READERS.get(path.suffix.lower())
    if module is None:
        known = ", ".join(sorted(READERS))
        kind = f"unknown file type '{path.suffix}'" if path.suffix else "no file extension"
        raise UnsupportedFormat(str(path), f"{kind} (known: {known})")
    document: Document = import_module(f"citekit.sources.{module}").read(path)
    return document
