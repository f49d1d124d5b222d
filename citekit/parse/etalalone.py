"""A short form that is one family name and "et al." and nothing else: "Lee et al." (a note
of an author-date document, the work's year or page left to the full citation)."""

from __future__ import annotations

from citekit.parse import uregex

# "Lee et al.", "Ngata and Rowe et al" (only a citation abbreviates its authors so)
ET_AL_ALONE_RE = uregex.compile(
    r"(?:[A-Z][\w'’-]+\s+(?:and|&)\s+)?(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’-]+,?\s+et\s+al\.?"
)


def et_al_alone(text: str) -> bool:
    """Is TEXT (a note or a span, stripped) a family name and "et al." alone?"""
    return "et al" in text and ET_AL_ALONE_RE.fullmatch(text.rstrip(". ") + ".") is not None
