"""Work identity and merging: one Work per cited work, fields merged, conflicts reported."""

from __future__ import annotations

from citekit.model import Citation, Diagnostic, Work


def merge_works(
    citations: tuple[Citation, ...],
) -> tuple[tuple[Work, ...], tuple[Citation, ...], tuple[Diagnostic, ...]]:
    """Group citations into works."""
    return (), citations, ()
