"""The imprint closing a reference-list entry: publisher and place, told apart by position
("Place: Publisher", "Publisher, Place"), by their words and by the sentences they stand in.
"""

from __future__ import annotations

import re

from citekit.parse import deferred, imprintorder, placeyear, pubplace, refbarepub, refplace, uregex
from citekit.parse.imprint import MONTH_NUMBERS, PUBLISHER_WORDS_RE, parse_imprint
from citekit.parse.patterns import YEAR_WORD_RE
from citekit.parse.places import is_place

VANCOUVER_YEAR_RE = deferred.compile(r";\s*(?P<year>(?:1[5-9]|20)\d\d)\b")
# a place after a publisher: ", Reading, MA", ", Cambridge, Mass.", ", Gainsville", ", second
# edition" left out; a place is one to three capitalised words, then a state or country
PLACE_AFTER_RE = uregex.compile(
    r",\s+(?P<place>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}(?:,\s+[A-Z][\w.]{1,12})?)"
    r"(?:,\s+(?:\w+\s+)?edition)?[.,]?\s*$"
)
# where an imprint's segments end: no unit's or publisher's abbreviation ("Dept.", "Harvard
# Univ. Press", "North-Holland Pub. Co.", "Warner Bros. Pictures"), no initial ("L. Erlbaum")
UNIT_SPLIT_RE = deferred.compile(
    r"(?<!\bDept)(?<!\bUniv)(?<!\bPub)(?<!\bPubl)(?<!\bBros)(?<!\bInst)(?<!\bAssoc)(?<!\b[A-Z])"
    r"(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bFt)"  # nor a town's "St. Paul", "Mt. Vernon"
    r"\.\s+|;\s+(?![A-Z][\w.'’ -]{1,30}:\s)"  # not in "Amsterdam; New York: Rodopi": one place
)
# two publishers joined by a semicolon, no place before them, the year closing the entry:
# "Macmillan; Co., Limited., 1921", "Hill; Wang, 1977", "Variorum ; Gower, 1990"
JOINT_PUBLISHERS_RE = uregex.compile(
    r"(?:^[\s.,]*|\.\s+)(?P<publisher>[A-Z][^.:;\d]{0,40}?\s?;\s[A-Z][^:;\d]{0,40}?)[,.]?,\s*"
    r"(?P<year>(?:1[5-9]|20)\d\d)\.?\s*$"
)
# Chicago's reprint sentence: "… 2004. Reprint, Cambridge: Cambridge University Press, 2008."
# (the word opens the cited printing's imprint; it is no part of its place)
REPRINT_LEAD_RE = deferred.compile(r"(?:^|(?<=\.\s))(?:Reprint(?:ed)?|Repr\.),?\s+(?=[A-Z])")
ORIGINAL_RE = deferred.compile(r"\(\s*[Oo]riginal(?:ly)?\s+(?:work\s+)?published\b[^()]*\)")
COMPANY_RE = deferred.compile(r",\s*(?:Inc|Ltd|LLC|GmbH|S\.A|Co)\b\.?")  # "Reilly Media, Inc."
THESIS_PART_RE = deferred.compile(
    r"(?:Ph\.?\s?D\.?|Doctoral|Master['’]?s|M\.?A\.?|Unpublished)\b.*\b(?:[Tt]hesis|[Dd]issertation)\b"
)
MAX_PUBLISHER_WORDS = 6  # "Morgan Kaufman Publishers Inc."
MAX_PARTS_AFTER_PUBLISHER = 3  # "…, Prentice-Hall, Englewood Cliffs, New Jersey"
# publisher words that alone may end a title: "Religion, Science, Society"
GENERIC_PUBLISHER_WORDS = frozenset(
    {
        "society",
        "center",
        "centre",
        "library",
        "museum",
        "institute",
        "foundation",
        "books",
        "press",
        "university",
        "publications",
        "institution",
        "co",
        "inc",
        "ltd",
        "publishers",
    }
)


def read(rest: str, fields: dict[str, str], *, bare: bool = True) -> None:
    """Fill `fields` with the publisher and place of REST, the text after a book's title and
    numbers: "Place: Publisher, Year", "Publisher, Place, Year", "Publisher. Place." …
    `bare`: a name alone may be the publisher (not after a quoted title, where it is the
    periodical's: "“Article.” Neuroinformatics.")."""
    rest = VANCOUVER_YEAR_RE.sub(r", \g<year>", rest)  # "Tübingen: Mohr Siebeck; 2014"
    if placeyear.read(rest, fields):  # "New York, NY, USA, 2001. ACM."
        return
    rest = pubplace.year_closing(rest)
    if "epr" in rest:
        rest = REPRINT_LEAD_RE.sub("", rest)
    joint = JOINT_PUBLISHERS_RE.search(rest) if ";" in rest else None
    if joint:  # "Hill; Wang, 1977": one imprint, no place, not two segments
        fields.setdefault("publisher", joint.group("publisher").strip(" ,."))
        fields.setdefault("year", joint.group("year"))
        return
    if "riginal" in rest:  # APA's "(Original work published 1930)": no publisher's
        rest = ORIGINAL_RE.sub("", rest)
    # "Dept. of Computer Science, …": a unit's abbreviation ends no segment
    segments = _to_dated_imprint(
        [s.strip(" ,") for s in UNIT_SPLIT_RE.split(rest) if s.strip(" ,.")]
    )
    for index in reversed(range(len(segments))):
        segment = segments[index]
        if YEAR_WORD_RE.fullmatch(segment.strip(" .,()")) and index > 0:
            continue  # "Mono Book Corp., Baltimore, MD. 1968.": the year alone, after the imprint
        if ":" in segment or YEAR_WORD_RE.search(segment) or _publisher_like(segment):
            segment = refplace.without_month(segment)
            found = refplace.place_beside(parse_imprint(segment), segments, index)
            if _dated(found.get("address") or found.get("publisher") or ""):
                found = {k: v for k, v in found.items() if k == "year"}  # "August 9, 2016"
            if COMPANY_RE.search(segment) and ":" not in segment:
                found = {k: v for k, v in found.items() if k == "year"}
                found["publisher"] = YEAR_WORD_RE.sub("", segment).strip(" ,.")
            if refplace.publisher_alone(segment, found):  # "Hendrickson, 1996", not "Paris, 1996"
                found["publisher"] = found.pop("address")
            for key, value in found.items():
                fields.setdefault(key, value)
            break
    else:
        _unmarked_imprint(segments[-1] if segments else "", fields)
        if bare and len(segments) == 1 and "url" not in fields:  # APA 7: "(pp. 3–9). Brill."
            refbarepub.take(segments[0], fields)
    _place_after_publisher(fields)
    pubplace.split(fields)
    imprintorder.settle(fields)
    refplace.unit_of_publisher(fields)
    refplace.drop_numbers(fields)
    refplace.drop_month(fields)


def _to_dated_imprint(segments: list[str]) -> list[str]:
    """SEGMENTS up to the last "Place: Publisher, Year" when only undated sentences without a
    colon follow it: MLA's medium and series ("New York: Knopf, 1987. Vintage International.",
    "… 1979. Print. Vintage Books Ser."), which name no publisher of this printing."""
    for index in range(len(segments) - 1, -1, -1):
        segment = segments[index]
        if ":" in segment or YEAR_WORD_RE.search(segment):
            dated = ":" in segment and YEAR_WORD_RE.search(segment) is not None
            return segments[: index + 1] if dated else segments
    return segments


def _unmarked_imprint(segment: str, fields: dict[str, str]) -> None:
    """An imprint with no colon, year or publisher's word: "Washington, DC." a place alone,
    "Charles Griffin, London, United Kingdom." a publisher and its place."""
    if refplace.place_with_region(segment):
        fields.setdefault("address", segment.strip(" .,"))
        return
    found = refplace.publisher_then_place(segment)
    if found:
        fields.setdefault("publisher", found[0])
        fields.setdefault("address", found[1])
        return


def _place_after_publisher(fields: dict[str, str]) -> None:
    """ "McGraw-Hill, New York, NY", "MIT Press, Cambridge, Mass.": the publisher, then its
    place (computing and science lists), where the imprint had no "Place: Publisher" colon."""
    publisher = fields.get("publisher", "")
    found = None if "address" in fields else refplace.publisher_then_place(publisher)
    if found and ", " in found[1]:  # "Prentice-Hall, Inc, Englewood Cliffs, New Jersey"
        fields["publisher"], fields["address"] = found
        return
    match = PLACE_AFTER_RE.search(publisher)
    if "address" in fields or not match or COMPANY_RE.match(publisher[match.start() :]):
        return
    place, head = match.group("place"), publisher[: match.start()]
    surely = refplace.surely_place(head, place)  # "Texas Tech University Press, Lubbock"
    if not re.search(r"[^\W\d]{2}", head) or not (is_place(place) or ", " in place or surely):
        return  # "Little, Brown", "vol. 5, Morgan Kaufmann": no place
    fields["publisher"] = publisher[: match.start()].strip(" ,")
    fields["address"] = match.group("place").strip(" ,.")


def _publisher_like(segment: str) -> bool:
    return bool(PUBLISHER_WORDS_RE.search(segment))


def _dated(text: str) -> bool:
    words = text.replace(".", " ").split()
    return bool(words) and words[0].casefold() in MONTH_NUMBERS


def publisher_in_title(title: str, rest: str) -> tuple[str, str]:
    """ "Robot Vision, MIT Press", "Smalltown: A Study …, Oxford University Press, Melbourne":
    a plain title that no sentence's end closed ran on into the publisher, whose words name
    it, or into a thesis's kind; that and what follows it (a place, an ISBN, a school) go
    back to the imprint."""
    parts = title.split(", ")
    for index in range(1, len(parts)):
        part, after = parts[index], parts[index + 1 :]
        thesis = THESIS_PART_RE.match(part) is not None  # ", Masters Thesis, Department …"
        if (thesis or _publisher_part(part)) and len(after) <= MAX_PARTS_AFTER_PUBLISHER:
            return ", ".join(parts[:index]), f"{', '.join(parts[index:])}. {rest}".strip()
    return title, rest


def _publisher_part(part: str) -> bool:
    """A comma part that is a publisher: its words say so, it opens with a capital, and it
    is more than one generic word ("Religion, Science, Society" is a title)."""
    words = part.split()
    return (
        0 < len(words) <= MAX_PUBLISHER_WORDS
        and part[:1].isupper()
        and PUBLISHER_WORDS_RE.search(part) is not None
        and not (len(words) == 1 and words[0].casefold() in GENERIC_PUBLISHER_WORDS)
    )
