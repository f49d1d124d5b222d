"""Work -> BibTeX: citation keys (radchenko2014unwanted) and .bib text via bibtexparser."""

from __future__ import annotations

from citekit.model import Work


def assign_keys(works: tuple[Work, ...]) -> tuple[Work, ...]:
    """Give every work a unique, stable citation key."""
    return works


def dumps(works: tuple[Work, ...]) -> str:
    """The works as .bib text."""
    return ""
