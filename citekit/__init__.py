"""citekit: footnotes in, citations, BibTeX entries and back-reference reports out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citekit.pipeline import extract, find_notes

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "find_notes"]


def __getattr__(name: str) -> Any:
    """extract and find_notes load the parser on first use: commands that read no document
    (`duplicates FILE.bib`, `check-links --urls`) start without its patterns and lexicons."""
    if name in ("extract", "find_notes"):
        from citekit import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'citekit' has no attribute {name!r}")
