"""PDF: notes read from the page as the typesetter laid it out (pypdfium2, imported lazily).

Glyphs become lines (pagelines), lines lose running heads, page and line numbers and fall
into columns with their footnote zones (pagezones), and the zones, or an endnotes section,
give the notes (pagenotes). A PDF in which none are found is handed on as text, for
notes.py to search as it searches any extracted text.
"""

from __future__ import annotations

from pathlib import Path

from citekit import pagelines, pagenotes, pagezones
from citekit.errors import UnreadableFile
from citekit.model import Document
from citekit.pagemodel import Line, Page


def read(path: Path) -> Document:
    """Read a PDF file.

    Raises:
        UnreadableFile: not a PDF, damaged, encrypted, or with no text to read.
    """
    try:
        from citekit.sources import pdfium
    except ImportError:  # pragma: no cover - pypdfium2 is a dependency
        raise UnreadableFile(
            str(path), "PDF support needs pypdfium2 (pip install pypdfium2)"
        ) from None
    with pdfium.open_pdf(path) as document:
        pages = list(pdfium.pages(document, path))
    if not pages:
        raise UnreadableFile(str(path), "the PDF has no pages")
    page_lines = [pagelines.lines(page) for page in pages]
    if not any(page_lines):
        raise UnreadableFile(str(path), "no text layer: run OCR first, e.g. ocrmypdf")
    found = _notes(pages, page_lines)
    return Document(
        path=str(path),
        text=found.text,
        format="pdf",
        footnotes=found.footnotes,
        references=found.references if found.footnotes else (),
    )


def _notes(pages: list[Page], page_lines: list[list[Line]]) -> pagenotes.Found:
    measured = pagezones.measure(page_lines)
    kept = pagezones.drop_furniture(page_lines, measured)
    columns = [
        pagezones.columns(page, lines, measured) for page, lines in zip(pages, kept, strict=True)
    ]
    return pagenotes.find_notes(columns, measured.body)
