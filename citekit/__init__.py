"""citekit: footnotes in, citations, BibTeX entries and back-reference reports out.

The library API, which the command line itself uses:

    import citekit
    report = citekit.extract("essay.docx")        # -> citekit.Report
    data = citekit.to_dict(report)                 # the JSON report of docs/CONTRACT.md
    text = citekit.to_bibtex(report)               # the .bib text
    library = citekit.merge_reports([r1, r2])      # works of many documents, each once
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citekit.corpus import expand as find_documents
    from citekit.library import Library, merge_reports
    from citekit.model import Report
    from citekit.pipeline import extract, find_notes
    from citekit.report import to_bibtex
    from citekit.report import to_contract as to_dict

__version__ = "0.1.0"
__all__ = [
    "Library",
    "Report",
    "__version__",
    "extract",
    "find_documents",
    "find_notes",
    "merge_reports",
    "to_bibtex",
    "to_dict",
]

# public name -> (module, name there); loaded on first use, so that commands that read no
# document (`duplicates FILE.bib`, `check-links --urls`) start without the parser's patterns
_LAZY = {
    "extract": ("citekit.pipeline", "extract"),
    "find_notes": ("citekit.pipeline", "find_notes"),
    "Report": ("citekit.model", "Report"),
    "to_dict": ("citekit.report", "to_contract"),
    "to_bibtex": ("citekit.report", "to_bibtex"),
    "Library": ("citekit.library", "Library"),
    "merge_reports": ("citekit.library", "merge_reports"),
    "find_documents": ("citekit.corpus", "expand"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attribute = _LAZY[name]
        return getattr(import_module(module), attribute)
    raise AttributeError(f"module 'citekit' has no attribute {name!r}")
