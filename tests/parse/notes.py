"""One note parsed alone, as the parse tests need it: note 1, its own text as the document."""

from __future__ import annotations

from citekit.model import Citation, Note, Span
from citekit.parse import build_context, parse_note


def parse(text: str) -> tuple[Citation, ...]:
    """The citations of TEXT read as note 1 of a document holding only it."""
    return parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))
