"""A periodical after a quoted title in plain text, where no italics mark it.

In Markdown or Word the container of “Westchester Approves Measure.” is printed in italics
(*New York Times*, June 12, 2000) and refbody reads it as a periodical. Plain text loses the
italics; a quoted title followed by a capitalised name and then an issue's date or a volume
("New York Times, June 12, 2000." / "Sturgeon Review, Winter 1928, 21–45." / "Journal of
Experimental Psychology: General 102 (1974): 1126–1129.") names a periodical all the same.
`emphasised` gives the text back with that name in asterisks, for refbody to read as it
reads the italic forms. Likewise a plain book title after "In" may hold sentences ("In Stocks,
Seasons and Sales. Food Supplies …, c. 1600-2000, edited by …"): `booktitle_end` finds where
it ends when the editors follow it.
"""

from __future__ import annotations

import re

from citekit.parse import deferred, uregex
from citekit.parse.imprint import PUBLISHER_WORDS_RE
from citekit.parse.patterns import MONTH_RE, MONTHS, YEAR

# an issue's date after the name: ", June 12, 2000" / ", Winter 1928" / ", 1984, 99–106"
DATE = rf"(?:(?:{MONTHS})\.?\s+(?:\d{{1,2}},\s+)?|(?:Spring|Summer|Fall|Autumn|Winter)\s+)?{YEAR}\b"
VENUE_RE = uregex.compile(
    r"^(?P<label>[^.*“”\"]{0,40}\.\s+)?"  # a short label before it: "Video, 2:01. "
    r"(?P<venue>[A-Z][^.,;()*“”\"\d]*?)"  # no comma, no digit: "PhD thesis, …", "August 9"
    rf"(?P<after>,\s+(?:{DATE}|vol\.\s*\d)"  # ", June 12, 2000" / ", vol. 3"
    rf"|\s+\d+(?:,\s*no\.\s*[\w/–-]+)?\s*\([^()]*{YEAR}[^()]*\)"  # " 102 (1974)"
    r")"
)
# ", edited by" after a plain book title; no page range or imprint before it
# (or ", translated by": "In Image, Music, Text, translated by Stephen Heath. Hill, 1977.")
EDITED_AFTER_RE = deferred.compile(r",\s+(?:edited|ed\.|translated|trans\.)\s+by\s")
# (an initial's period opens no imprint: "In A Tribute to Robert A. Koch: Studies in …")
IMPRINT_BEFORE_RE = deferred.compile(
    r"\(pp?\.|\bpp?\.\s*\d|(?<![\s.][A-Za-z])\.\s[A-Z][\w .]{0,40}:\s"
)
BARE_YEAR_RE = uregex.compile(rf"^,\s+{YEAR}[.,]?\s*$")  # "Yale University Press, 1998."


def emphasised(rest: str) -> str | None:
    """REST with the periodical's name in asterisks, or None when it names none."""
    match = VENUE_RE.match(rest)
    if match is None:
        return None
    venue, tail = match.group("venue"), rest[match.start("after") :]
    if (
        len(venue.split()) > 14
        or MONTH_RE.match(venue)
        or re.search(r"\b(?:In|edited|ed\.)\b", venue)
    ):
        return None
    if PUBLISHER_WORDS_RE.search(venue) and BARE_YEAR_RE.match(tail):
        return None  # a publisher and its year: a book's imprint
    return f"{match.group('label') or ''}*{venue}*{tail}"


def booktitle_end(rest: str) -> int | None:
    """Where a plain book title after "In" ends, when ", edited by" follows it, else None."""
    edited = EDITED_AFTER_RE.search(rest)
    if edited is None or IMPRINT_BEFORE_RE.search(rest, 0, edited.start()):
        return None
    return edited.start()
