"""A chapter's book in German and Continental notes: its editors closed by their bracketed
mark and a colon, then the book, then "Place Year" with no publisher.

"In: Müller, Karl / Schmidt, Peter (Hrsg.): Mühlen und Wasser. Berlin 2001, S. 13–29."
The mark and colon end the names however many they are and however they are joined
("/", ";", "und"); the year after a place shows where the book's title ends.
"""

from __future__ import annotations

from citekit.parse import deferred
from citekit.parse.places import is_place, is_town

# the names, then "(Hrsg.):", "(Hg.):", "(eds.):", "(dir.),", "(a cura di):", "(szerk.):"
# (their full stops an initial's or an abbreviation's, after two letters at most: "A. FOSSIER,
# B. LEMESLE et D. LE PAGE (dir.),", "M.-P. Hille", "Ana Gil et al. (eds.),"; a longer word's
# full stop ends a title's sentence)
MARKED_RE = deferred.compile(
    r"^(?P<names>(?:(?i:ders|dies|ders\.|dies\.)\s*/\s*)?"
    r"(?:[^():.]{3,150}?(?:\b[A-Z]\.[^():]{0,120}?)?|(?:[^():.]|(?<![^\W\d_]{3})\.){3,150}?))\s*"
    r"\((?:Hrsg|Hgg?|[Ee]ds?|[Ee]ditors?|dir|coord|comp|szerk|red|[Oo]rgs?|a\s+cura\s+di)\.?\)"
    r"\s*[:,]?\s+"
    r"(?=[A-Z\d„“\"«*])"
)
# a book's sentence ending in its imprint: "Mühlen und Wasser. Berlin 2001",
# "Handbuch der Sozialarbeit. Luchterhand" (its place and year in the next segment)
IMPRINT_SENTENCE_RE = deferred.compile(
    r"^(?P<book>.{3,}?)\.\s+(?P<imprint>[A-Z][^.:]{1,40}?(?::\s[^.:]{2,40}?)?(?:\s(?:1[5-9]|20)\d\d)?)$"
)
PLACE_YEAR_RE = deferred.compile(
    r"^(?P<place>[A-Z][^.:,\d]{1,30}?)\s(?:1[5-9]|20)\d\d$"
)  # "Neuwied 1984"
MAX_NAMES_WORDS = 16
MAX_PUBLISHER_WORDS = 4  # "Vandenhoeck & Ruprecht", "Wissenschaftliche Buchgesellschaft"


def marked_editors(head: str) -> tuple[str, str] | None:
    """(editors, the rest) when HEAD opens with names closed by an editor's mark in brackets
    and a colon or comma; None otherwise."""
    match = MARKED_RE.match(head)
    if match is None or len(match.group("names").split()) > MAX_NAMES_WORDS:
        return None
    return match.group("names").strip(" ,"), head[match.end() :]


def imprint_sentence(parts: list[str]) -> list[str]:
    """PARTS with a book's last sentence parted from the imprint that follows it in the same
    segment: ["Mühlen und Wasser. Berlin 2001", "S. 13–29"] -> ["Mühlen und Wasser",
    "Berlin 2001", "S. 13–29"]."""
    for index, part in enumerate(parts):
        match = IMPRINT_SENTENCE_RE.match(part) if ". " in part else None
        if match and _imprint(match.group("imprint"), parts[index + 1 : index + 2]):
            return [
                *parts[:index],
                match.group("book"),
                match.group("imprint"),
                *parts[index + 1 :],
            ]
    return parts


def _imprint(sentence: str, following: list[str]) -> bool:
    """ "Berlin 2001", "Berlin: de Gruyter 2001" (a place and a year), or "Luchterhand" before
    "Neuwied 1984" (a publisher, its place and year the next segment)."""
    dated = PLACE_YEAR_RE.match(sentence.split(":")[0] + " 2000" if ":" in sentence else sentence)
    if dated:
        return is_place(dated.group("place"))
    later = PLACE_YEAR_RE.match(following[0]) if following else None
    if later is None or len(sentence.split()) > MAX_PUBLISHER_WORDS:
        return False
    return is_place(later.group("place")) or is_town(later.group("place"))
