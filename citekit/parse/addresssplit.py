"""An address that holds the publisher beside the place, read apart.

A comma imprint without a colon leaves the reader to tell the place from the publisher:
"…, Springer-Verlag, Berlin, 1992" (publisher, place), "…, Paris, Éditions du Seuil, 2002"
(place, publisher). Where the address read holds both parts, the part that is a known place stays
the address; the other becomes the publisher when none was read or the one read is no
publisher's name (a series' number, "LNCS 649"). A part beside the place that is itself a
place, a region or an abbreviation ("Cambridge, Mass", "Ithaca, NY"), or that no publisher's
word shows to be one ("Lagos, Nigeria": the lists know few countries), leaves it whole.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.elements import Parsed
from citekit.parse.imprint import PUBLISHER_WORDS_RE
from citekit.parse.imprintorder import REGION_RE, only_place
from citekit.parse.places import is_whole_place

# states, provinces and countries after a city: "Mass.", "California", "Nigeria"
REGIONS = lexicons.words("region_names") | lexicons.words("country_names")
COMPANY_SUFFIXES = lexicons.words("company_suffixes")  # "Prentice-Hall, Inc": no town "Inc"
MAX_PUBLISHER_WORDS = 4  # "Inserm", "Hoover Institution Press": a name, not a sentence
YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d")
CAMPUS_RE = re.compile(r"[Uu]niversi")  # "Universität", "Universidad", "University"
# small words between a name's capitalised ones: "University of Chicago Press", "Presses
# Universitaires de France"
SMALL_WORDS = lexicons.words("connecting_words")
INITIAL_RE = re.compile(r"\b[A-Z]\.")  # "Washington, D. C", "J. Orlam, London": no publisher


def address_publisher(parsed: Parsed, text: str = "") -> Parsed:
    """PARSED with a publisher read out of its address (see the module's note), or a place
    out of its publisher ("ACM, New York"): TEXT, the citation's, tells whether that place
    opens the address read after it ("ACM Press, New York, NY, USA")."""
    parsed = _place_out_of_publisher(parsed, text)
    parted = _parted(parsed.fields.get("address", ""))
    if parted is None:
        return parsed
    place, publisher = parted
    old = parsed.fields.get("publisher", "")
    if (
        old
        and old != publisher
        and any(c.isalpha() for c in old)
        and not any(c.isdigit() for c in old)
    ):
        return parsed  # a publisher of its own was read: the address is a place's two parts
    fields = {**parsed.fields, "address": place, "publisher": publisher}
    return Parsed(parsed.entry_type, fields, parsed.locator)


def _parted(address: str) -> tuple[str, str] | None:
    """ADDRESS's place and publisher, where it holds both; else None. Beyond two parts, only
    a publisher's name before places ("Springer-Verlag, Berlin, Heidelberg, New York")."""
    if ", " not in address:
        return None  # the cheap test
    if address.count(", ") > 1:
        first, _, places = (p.strip(" .") for p in address.partition(", "))
        return (places, first) if _publisher_like(first) and _places(places) else None
    first, second = (p.strip(" .") for p in address.split(", "))
    if _place(second) and _publisher_like(first) or _town_after_name(first, second):
        return second, first  # "Springer-Verlag, Berlin", "Okad, Rabat"
    if _place(first) and _publisher_like(second):
        return first, second  # "Paris, Éditions du Seuil"
    return None


def _places(text: str) -> bool:
    """TEXT's parts all places ("Berlin, Heidelberg, New York"), or a town the lists may not
    know before its state ("Stanford, CA")."""
    parts = [p.strip(" .") for p in text.split(", ")]
    if all(_place(p) for p in parts):
        return True
    town, region = parts[:-1], parts[-1]
    known = region.casefold() in REGIONS or REGION_RE.fullmatch(region) is not None  # "CA"
    return known and all(_name_shaped(p) for p in town)


def _place_out_of_publisher(parsed: Parsed, text: str) -> Parsed:
    """ "…, ACM, New York 1990": the publisher read with its place after a comma; the place
    is the address where none was read, and opens the one read where TEXT prints them
    together ("ACM Press, New York, NY, USA": "New York" and "NY, USA"; "Springer-Verlag,
    Berlin, Heidelberg, New York"). A year after the comma is dropped."""
    publisher = parsed.fields.get("publisher", "")
    if publisher.count(", ") != 1:
        return parsed
    name, place = (p.strip(" .") for p in publisher.split(", "))
    if YEAR_RE.fullmatch(place) and name:  # "Alfred A. Knopf, 1926, 1928": a year, no place
        return Parsed(parsed.entry_type, {**parsed.fields, "publisher": name}, parsed.locator)
    if not only_place(place) or _place(name) or not name[:1].isupper():
        return parsed  # a town of the gazetteer only may be a partner's name: "Simpkin, Marshall"
    if CAMPUS_RE.search(name):
        return parsed  # "University of California, Berkeley": a campus, the name's own
    fields = {**parsed.fields, "publisher": name}
    address = fields.get("address", "")
    joined = f"{place}, {address}"
    fields["address"] = joined if address and joined in text else address or place
    return Parsed(parsed.entry_type, fields, parsed.locator)


def _place(text: str) -> bool:
    folded = text.casefold()
    if folded in COMPANY_SUFFIXES:
        return False
    return folded in REGIONS or f"{folded}." in REGIONS or only_place(text) or is_whole_place(text)


def _town_after_name(first: str, second: str) -> bool:
    """ "Okad, Rabat", "World Scientific, Singapore": a town of the lists after a name that is
    no place of them. A state or country after a name stays whole ("Wetumpka, Alabama": the
    town may be too small for the lists)."""
    if not is_whole_place(second) or second.casefold() in REGIONS or _place(first):
        return False
    return _name_shaped(first) and not any(c.isdigit() for c in first)


def _publisher_like(text: str) -> bool:
    """A publisher's name beside a place: a few capitalised words, one of them a publisher's
    ("-Verlag", "Press", "Éditions"), and no place, region or abbreviation ("Mass", "NY")."""
    if not _name_shaped(text) or _place(text) or (text.isupper() and len(text) <= 3):
        return False
    return PUBLISHER_WORDS_RE.search(text) is not None


def _name_shaped(text: str) -> bool:
    """A name of a few capitalised words, small words between them ("University of Chicago
    Press", "Univ. California Press"), and no initials ("D. C")."""
    words = text.split()
    capitalised = [w for w in words if w[:1].isupper()]
    return (
        bool(words)
        and words[0][:1].isupper()
        and len(capitalised) <= MAX_PUBLISHER_WORDS
        and all(w[:1].isupper() or w in SMALL_WORDS for w in words)
        and INITIAL_RE.search(text) is None
    )
