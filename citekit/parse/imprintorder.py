"""Publisher and place put right when an imprint printed them the other way round.

Chemistry lists print "Publisher: Place, Year" ("Elsevier: New York, 1990"; "Houghton, Mifflin
& Co.: Boston & New York, 1904"), which the usual "Place: Publisher" reading turns round; French
and Spanish lists print "Place, Publisher, Year" ("Paris, Inserm, 2002"), which a reading of
"Publisher, Place" leaves whole as the publisher. A value made only of place words is the place.
"""

from __future__ import annotations

from citekit.parse import deferred
from citekit.parse.places import PLACE_WORDS, is_place

REGION_RE = deferred.compile(r"[A-Z]{2}\b|[A-Z]\.\s?[A-Z]\.")  # "NY, USA", "D.C.", "MA"
# the words of a place's name: "Boston & New York", "Frankfurt a. M.", "London and New York"
WORD_SPLIT_RE = deferred.compile(r"[\s&/]+|\band\b|\bund\b|\bet\b")


def settle(fields: dict[str, str]) -> None:
    """Swap or split `fields`' publisher and address where the publisher is a place."""
    publisher, address = fields.get("publisher", ""), fields.get("address", "")
    if publisher and address:
        region = REGION_RE.match(address)  # "New York" and "NY, USA": a place, no publisher
        placed = only_place(publisher) or _city_region(publisher)  # "Washington, DC"
        if placed and not is_place(address) and not region:  # "Elsevier: New York"
            fields["publisher"], fields["address"] = address, publisher
        return
    place, _, name = publisher.partition(", ")
    if REGION_RE.match(name):
        return  # "New York, NY, USA": a place and its state
    if name and only_place(place) and not is_place(name) and name[:1].isupper():
        fields["address"], fields["publisher"] = place, name  # "Paris, Inserm"


def only_place(text: str) -> bool:
    """Every word of TEXT a place's: "New York", "Boston & New York" (not "Elsevier",
    "Cambridge University Press")."""
    words = [w.strip(".") for w in WORD_SPLIT_RE.split(text.casefold()) if w.strip(".")]
    return bool(words) and all(w in PLACE_WORDS for w in words)


def _city_region(text: str) -> bool:
    """ "Washington, DC", "Cambridge, MA": a place's words, then a state's code."""
    city, _, region = text.partition(", ")
    return bool(region) and only_place(city) and REGION_RE.fullmatch(region.strip(" .")) is not None
