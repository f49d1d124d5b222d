"""Place or publisher in a reference entry's imprint, where no "Place: Publisher" colon says.

refbody reads "Publisher, Place" and "Place, Year" imprints by position; these tell its
parts apart by their words: "Stuttgart, 1990" is a place alone and "Hendrickson, 1996" a
publisher alone; after "Texas Tech University Press" a last ", Lubbock" is its place though
no lexicon names it; "Dept. of Computer Science, Stanford University" is one institution.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred
from citekit.parse.imprint import MONTH_NUMBERS, PUBLISHER_WORDS_RE
from citekit.parse.patterns import MONTH_RE
from citekit.parse.places import PLACE_WORDS, is_place

# a unit of an institution: "Dept. of Computer Science", "School of Law", "Division of …"
UNIT_RE = deferred.compile(
    r"^(?:Dept|Department|School|Division|Faculty|Laborator(?:y|ies)|Lab|Institute|Cent(?:er|re))"
    r"\b\.?\s+(?:of|for)\b"
)
UNIT_WORD_RE = deferred.compile(
    r"\b(?:Dept|Department|School|Division|Faculty|Lab|Institute|University)\b"
)


# a periodical's numbers: a page range, "23(6)", an opening parenthesis left open, digits alone
NUMBERED_RE = deferred.compile(r"\d+\s*[–-]\s*\d+|\d+\s*\(|\($|^[\d\s.,()]+$")
DAY_RE = deferred.compile(r"^\d{1,2}\s+[A-Z][a-z]+")  # "28 April", "15 May"
COUNTRIES = lexicons.words("country_names")
REGIONS = lexicons.words("region_names")  # "new jersey", "ontario", "mass."
STATE_CODE_RE = deferred.compile(r"^(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.?)$")  # "MD", "N.J.", "D. C."
MAX_CITY_WORDS = 3  # "Englewood Cliffs", "Rio de Janeiro"
MAX_PUBLISHER_WORDS = 10  # "Research and Innovative Technology Administration …"
# ", February 1995", ", Oct. 1990": a month and the year after a place
MONTH_YEAR_RE = deferred.compile(
    rf",\s*(?:{MONTH_RE.pattern})\s+(?P<year>(?:1[5-9]|20)\d\d)\b", re.IGNORECASE
)  # "france", "united kingdom"
# a sentence that is a place alone: "Detroit, MI", "Washington, D. C", "Chambery, France"
PLACE_SENTENCE_RE = deferred.compile(
    r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
    r"(?:,\s*(?P<state>[A-Z]{2}|[A-Z]\.\s?[A-Z]\.?)|,\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)?$"
)


def publisher_alone(segment: str, found: dict[str, str]) -> bool:
    """ "Hendrickson, 1996": no colon, one name before the year, and no place's name; never
    a name the year follows without a comma ("Albany 1975", "Columbus Ohio 1987"), the place
    and year of an imprint without publisher, as European humanities lists print it."""
    if ":" in segment or "publisher" in found or "address" not in found:
        return False
    return not _places(found["address"]) and not _place_year(segment, found["address"])


def _place_year(segment: str, address: str) -> bool:
    """Does the year follow ADDRESS in SEGMENT after a space alone, ADDRESS a town's name of
    capitalised words (not a date's day and month: "15 May 2002", "filed January 2016")?"""
    words = address.split()
    if len(words) > MAX_CITY_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if any(c.isdigit() for c in address) or MONTH_RE.fullmatch(words[-1].strip(".")):
        return False
    at = segment.find(address)
    return at >= 0 and PLACE_YEAR_RE.match(segment, at + len(address)) is not None


PLACE_YEAR_RE = deferred.compile(r"\.?\s+(?:1[5-9]|20)\d\d")  # " 1975", "Mass. 1963"


def publisher_then_place(text: str) -> tuple[str, str] | None:
    """ "Charles Griffin, London, United Kingdom", "Prentice-Hall, Inc, Englewood Cliffs, New
    Jersey" -> (publisher, place): no colon, the publisher first (science and computing
    lists), its place closing TEXT as a known place's name or as a city and its region or
    country; None when no such place closes it, or what comes before is a place too."""
    parts = [p.strip() for p in text.strip(" .,;").split(",")]
    for size in (2, 1):
        head, tail = parts[:-size], parts[-size:]
        if head and _place_tail(tail) and _publisher_name(", ".join(head)):
            return ", ".join(head), ", ".join(tail)
    return None


def _place_tail(tail: list[str]) -> bool:
    city = tail[0]
    if not city[:1].isupper() or len(city.split()) > MAX_CITY_WORDS:
        return False
    if PUBLISHER_WORDS_RE.search(city) or UNIT_WORD_RE.search(city):
        return False  # "Cambridge University Press" names a place but is none
    if len(tail) == 1:
        return is_place(city)
    region = tail[1].strip(" .").casefold()
    return (
        region in COUNTRIES
        or region in REGIONS
        or f"{region}." in REGIONS  # "Mass", "N.J" once the entry's last period is gone
        or STATE_CODE_RE.match(tail[1].strip()) is not None
    )


def _publisher_name(text: str) -> bool:
    """A publisher's name: capitalised, no digits, a few words, and no place itself."""
    return (
        text[:1].isupper()
        and not re.search(r"\d", text)
        and len(text.split()) <= MAX_PUBLISHER_WORDS
        and not _places(text)
        and not _month(text)
    )


def place_sentence(segment: str) -> bool:
    """ "Detroit, MI. Morgan Kaufmann.": the sentence before a publisher's is its place when
    it is one to three capitalised words, a state's code or a place's name among them."""
    match = PLACE_SENTENCE_RE.match(segment.strip(" .,"))
    if match is None or PUBLISHER_WORDS_RE.search(segment) or _month(segment):
        return False
    return _in_region(segment, match) or is_place(segment)


def place_beside(found: dict[str, str], segments: list[str], index: int) -> dict[str, str]:
    """A publisher's place in a sentence of its own, before it ("Detroit, MI. Morgan
    Kaufmann.") or after it ("University of North Carolina Press. Chapel Hill, NC.")."""
    if "address" in found or "publisher" not in found:
        return found
    for near in (index - 1, index + 1):
        if 0 <= near < len(segments) and place_sentence(segments[near]):
            return {**found, "address": segments[near].strip(" .,")}
    return found


def place_with_region(segment: str) -> bool:
    """ "Washington, DC", "Sydney, Australia": a city with its state or country, a place even
    where no publisher stands beside it ("Washington, DC. Retrieved from …")."""
    match = PLACE_SENTENCE_RE.match(segment.strip(" .,"))
    if match is None or PUBLISHER_WORDS_RE.search(segment):
        return False
    return _in_region(segment, match)


def _in_region(segment: str, match: re.Match[str]) -> bool:
    country = segment.rsplit(",", 1)[-1].strip(" .").casefold() in COUNTRIES
    return match.group("state") is not None or ("," in segment and country)


def surely_place(publisher: str, place: str) -> bool:
    """A place nothing names as one, after a publisher that its words make one: a word of
    a place (no unit, no month, no state's code alone)."""
    return (
        PUBLISHER_WORDS_RE.search(publisher) is not None
        and re.search(r"[a-z]{2}", place) is not None
        and not UNIT_WORD_RE.search(place)
        and not _month(place)
    )


def _places(text: str) -> bool:
    """ "Stuttgart", "Hamburg und Leipzig", "Leiden, Boston": places only, each opening with
    a place's word ("Religions de Rome", "McGraw Hill" are not), no publisher."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return not PUBLISHER_WORDS_RE.search(text) and all(
        is_place(p) and p.split()[0].strip(".").casefold() in PLACE_WORDS for p in parts
    )


def school(text: str) -> str:
    """ "Department of Computer Science, Brigham Young University, Provo" -> the department
    and its university; "Rice University, March 1990" -> "Rice University"."""
    parts = [p.strip(" .,") for p in text.split(",")]
    take = 2 if len(parts) > 1 and UNIT_RE.match(parts[0]) else 1
    return ", ".join(parts[:take])


def unit_of_publisher(fields: dict[str, str]) -> None:
    """ "Dept. of Computer Science, Stanford University": a department is part of the
    institution that issues a report, not its place."""
    if UNIT_RE.match(fields.get("address", "")) and fields.get("publisher"):
        fields["publisher"] = f"{fields.pop('address')}, {fields['publisher']}"


def drop_numbers(fields: dict[str, str]) -> None:
    """A publisher read from a periodical's numbers or a date is none: "17, 229-238",
    "Special Issue, 23(6)", "Journal 28, A67–A82 (", "28 April", "1241" are left out."""
    publisher = fields.get("publisher", "")
    if publisher and (
        NUMBERED_RE.search(publisher) or _month(publisher) or DAY_RE.match(publisher)
    ):
        del fields["publisher"]


def without_month(segment: str) -> str:
    """ "Supercomputing Research Center, Bowie, MD, February 1995": the month before an
    imprint's year is dropped, so that the parts before it read as publisher and place."""
    return MONTH_YEAR_RE.sub(r", \g<year>", segment)


def drop_month(fields: dict[str, str]) -> None:
    """ "Amherst, October", "IL, August": a meeting's or report's month after its place is
    no part of the place."""
    address = fields.get("address", "")
    head, _, last = address.rpartition(",")
    if head.strip() and _month(last.strip()):
        fields["address"] = head.strip()


def _month(text: str) -> bool:
    words = text.replace(".", " ").split()
    return bool(words) and words[0].casefold() in MONTH_NUMBERS
