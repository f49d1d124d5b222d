"""The places of a German imprint, "Ort, Ort Jahr": every town named before the year is the
address ("Berlin, Heidelberg 2021", "New York, Bern 2010", "Cambridge, Mass. 2000", "Atlanta,
Georgia 2010"), where the grammar kept only the last; and "u. a." after a place ("London u. a.
1988": and elsewhere) is no part of it.
"""

from __future__ import annotations

import re

from citekit.parse.elements import Parsed
from citekit.parse.patterns import YEAR
from citekit.parse.places import PLACE_WORDS

AND_ELSEWHERE_RE = re.compile(r"\s+u\.\s?a\.$")  # "London u. a."
YEAR_AFTER = rf"\s+(?:u\.\s?a\.\s+)?\(?{YEAR}\b"


def imprint_places(parsed: Parsed, text: str) -> Parsed:
    """PARSED with every place of TEXT's "Ort, Ort Jahr" imprint in its address."""
    address = parsed.fields.get("address")
    if not address:
        return parsed
    place = AND_ELSEWHERE_RE.sub("", address)
    before = re.search(r"(?:^|[,:]\s)([^,:;()]{2,40}),\s*" + re.escape(place) + YEAR_AFTER, text)
    if before is not None and _known_place(before.group(1).strip(), parsed.fields):
        place = f"{before.group(1).strip()}, {place}"  # "Berlin, Heidelberg 2021"
    if place == address:
        return parsed
    return Parsed(parsed.entry_type, {**parsed.fields, "address": place}, parsed.locator)


def _known_place(segment: str, fields: dict[str, str]) -> bool:
    """Is SEGMENT a place the lexicon knows word by word ("New York", "Cambridge"), not the
    publisher ("Beck, München 2001") nor a town-named word of a title?"""
    words = segment.casefold().split()
    if not words or len(words) > 3 or segment == fields.get("publisher"):
        return False
    return all(word in PLACE_WORDS for word in words)
