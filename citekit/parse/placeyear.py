"""The imprint BibTeX's computing styles print: the place and year, then the publisher.

    In Proceedings of …, pages 73–88, New York, NY, USA, 2001. ACM.
    In Proceedings of …, pages 5–9, Berkeley, CA, USA, 2016. USENIX Association.
    In Proceedings of …, pages 1–9, Fairfax, VA, October 1999. ACM.
    Paris, France, 1990. Gallimard.

Read left to right as "Publisher, Place, Year", the city would be the publisher; the place
is known by its state or country (refplace.place_with_region), and the name after the
year's full stop is the publisher.
"""

from __future__ import annotations

from citekit import lexicons
from citekit.parse import deferred, refplace
from citekit.parse.patterns import MONTHS

# "New York, NY, USA, 2001. ACM.": a city, its state and country, the year, a name; the
# month before the year where the entry has one ("Fairfax, VA, October 1999. ACM.")
PLACE_YEAR_NAME_RE = deferred.compile(
    r"^(?P<place>[A-Z][^,.:;()]{1,30}(?:,\s[A-Z][\w.]{0,20}){1,2}),\s"
    rf"(?:(?i:{MONTHS})\.?\s+(?:\d{{1,2}}(?:[–-]\d{{1,2}})?,?\s+)?)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\.\s+(?P<publisher>[A-Z][^.:;()]{0,60}?)\.?$"
)
MEDIUM_WORDS = lexicons.words("medium_words")  # "Print.", "Web.": MLA's medium, no publisher


def read(rest: str, fields: dict[str, str]) -> bool:
    """Whether REST is such an imprint; its place, year and publisher go to FIELDS."""
    rest = rest.strip().lstrip(",;. ")  # ", New York, …": where the pages were taken out
    if ". " not in rest or not rest[:1].isupper():
        return False  # the cheap test: the publisher follows the year's full stop
    match = PLACE_YEAR_NAME_RE.match(rest)
    if match is None or match.group("publisher").casefold() in MEDIUM_WORDS:
        return False
    place = match.group("place")
    city_state = place.rsplit(",", 1)[0]  # "New York, NY" of "New York, NY, USA"
    region = place.rsplit(",", 1)[-1].strip().casefold() in refplace.REGIONS  # ", Arizona"
    if not (region or refplace.place_with_region(place) or refplace.place_with_region(city_state)):
        return False
    fields.setdefault("address", place)
    fields.setdefault("year", match.group("year"))
    fields.setdefault("publisher", match.group("publisher").strip())
    return True
