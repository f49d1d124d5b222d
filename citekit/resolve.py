"""Back-references: each ibid., op. cit. and short form -> the work it points to. Pure."""

from __future__ import annotations

from citekit.model import Citation, Diagnostic, Resolution


def resolve(
    citations: tuple[Citation, ...],
) -> tuple[tuple[Citation, ...], tuple[Resolution, ...], tuple[Diagnostic, ...]]:
    """Resolve back-references in document order."""
    return citations, (), ()
