"""A work of art or an object cited where it is kept, or an auction's catalogue.

"*Under the Wave off Kanagawa*, ca. 1831, British Museum, London, registration no.
1906,1220,0.533", "Metropolitan Museum of Art, accession no. JP1847": the museum's number
names the object, no book, no imprint. A sale's catalogue ("sale cat., Sotheby & Co., London,
26 March 1974, lot 82") is cited by its lot: no book either."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.elements import Parsed
from citekit.parse.patterns import REPOSITORY_RE

# a museum's number for an object, with its label
OBJECT_NUMBER_RE = re.compile(
    r"\b(?:accession|acc\.|registration|reg\.|inventory|inv\.|object|museum|catalogue)"
    r"\s+(?:no\.|number|nr\.)\s*[A-Z0-9]",
    re.IGNORECASE,
)
OBJECT_WORDS = ("no.", "number", "No.")  # (the cheap test first: one of these is in every label)
# an auction's catalogue: "sale cat.", or the lot it is cited by at its end ("…, lot 1020")
SALE_RE = re.compile(r"\bsale\s+cat(?:alogue|\.)|,\s+lots?\s+\d+(?:\s*[–-]\s*\d+)?\.?$")


# a medium on a support: "oil on canvas", "tempera on panel", "ink on paper"
MEDIUM_ON_SUPPORT_RE = re.compile(
    rf"\b(?:{lexicons.alternation(lexicons.entries('art_media'))})\s+on\s+"
    rf"(?:{lexicons.alternation(lexicons.entries('art_supports'))})\b",
    re.IGNORECASE,
)


def as_object(parsed: Parsed, text: str) -> Parsed:
    """PARSED as `misc` where TEXT gives a museum's number for the object it cites and no
    publisher; a place read from the object's date ("ca.") is dropped."""
    if parsed.entry_type != "book" or "publisher" in parsed.fields:
        return parsed
    if not names_object(text):
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k != "address"}
    return Parsed("misc", fields, parsed.locator)


def names_object(text: str) -> bool:
    """Does TEXT give a museum's number for an object (and name the museum), state a
    painting's medium and support, or cite an auction's catalogue?"""
    if ("sale" in text or "lot" in text) and SALE_RE.search(text):
        return True
    if " on " in text and MEDIUM_ON_SUPPORT_RE.search(text):
        return True  # "*The Milkmaid*, ca. 1660, oil on canvas, Rijksmuseum": a painting
    if not any(w in text for w in OBJECT_WORDS) or not OBJECT_NUMBER_RE.search(text):
        return False
    return REPOSITORY_RE.search(text) is not None
