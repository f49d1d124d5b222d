"""A manuscript cited down to its leaf: "Paris, Bibliothèque nationale de France, MS lat. 1, fol.
423r". Such a citation is finished, so that a sentence of comment after it ("On its production
at Tours see Bischoff, …") leads to a source of its own rather than running on from it."""

from __future__ import annotations

from citekit.parse import cues, deferred

# a manuscript's leaf closing a citation: "fol. 423r", "fols. 12v–14r", "ff. 3–5"
FOLIO_END_RE = deferred.compile(r"\b(?:fols?\.|ff\.)\s*\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?$")


def cited_to_folio(text: str) -> bool:
    """Is TEXT an archival citation that ends at a folio?"""
    return "f" in text and FOLIO_END_RE.search(text) is not None and cues.is_archival(text)
