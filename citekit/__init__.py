"""citekit: footnotes in, citations, BibTeX entries and back-reference reports out."""

from citekit.pipeline import extract, find_notes

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "find_notes"]
