"""A citation's imprint at its end, in plain text: the sign that a span with no name and no
marked title still cites a work ("Penser les migrations…, Rennes, Presses universitaires
François Rabelais, 2020, p. 4"; "The History of Cartography, …, University of Chicago Press,
Chicago 1987, s. 12"). Italics would have marked the title; without them the imprint,
a known place beside a publisher and the year, closing the span, says it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import memo, segments, uregex

TAIL_CHARS = 160  # the imprint and its pinpoint fit in the span's last characters
# a pinpoint after the year: ", p. 4", ", s. 12", ", 334", ", pp. 12–20"
PIN = r"(?:,\s*(?:[^\W\d_]{1,6}\.\s*)?[\dxivlc]+(?:\s*[-–]\s*\d+)?)?\.?\s*$"
PLACE = r"[A-Z][^\W\d_]+(?:[ -](?:d[aeo]s?|[A-Z][^\W\d_]+)){0,3}"
YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
# a report's number in brackets after its year: "1913 (Cd. 6641)", "1998 (Cm 3787)"
NUMBERED = r"(?:\s*\([A-Z][\w.]{0,6}\s?\d[\w/-]{0,10}\))?"
# ", Rennes, Presses universitaires, 2020, p. 4", ", Lisboa: Biblioteca Nacional (Portugal), 1983"
PLACE_FIRST_RE = re.compile(
    rf",\s+(?P<place>{PLACE})[,:]\s+[A-Z][^,;:]{{1,60}}?,\s+{YEAR}{NUMBERED}{PIN}"
)
# ", London, 1910, p. 14": a place and the year alone, as a body that published its own report
# is printed (Medical History, MHRA without a publisher), after a title of its own
PLACE_YEAR_RE = re.compile(rf",\s+[^,;:]{{12,}}?,\s+(?P<place>{PLACE}),\s+{YEAR}{NUMBERED}{PIN}")
# ", University of Chicago Press, Chicago 1987, s. 12", ", Habelt, Bonn 1979–1984"
PLACE_LAST_RE = re.compile(
    rf",\s+[A-Z][^,;:]{{1,60}}?,\s+(?P<place>{PLACE})\s+{YEAR}(?:\s*[-–]\s*{YEAR})?{PIN}"
)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def ends_with_plain_imprint(text: str) -> bool:
    """Does TEXT end with place, publisher and year (either order), or a place and the year
    alone, a title before them?"""
    tail = text[-TAIL_CHARS:]
    if "," not in tail or not any(map(str.isdigit, tail)):
        return False  # the cheap test first: no comma or no year, no imprint
    for pattern in (PLACE_FIRST_RE, PLACE_LAST_RE, PLACE_YEAR_RE):
        found = pattern.search(tail)
        if found and segments.is_place(found.group("place")):
            return len(text[: len(text) - len(tail) + found.start()].split()) >= 2
    return False


def opens_place_colon(text: str, start: int) -> bool:
    """Is the name found at START the end of an imprint's place, its colon after it
    ("…, Rio de |Janeiro: Biblioteca Nacional, 1985"), not an author's name and colon?"""
    colon = text.find(":", start, start + 40)
    if colon < 0:
        return False
    place = text[text.rfind(",", 0, start) + 1 : colon].strip()
    return place != text[start:colon].strip() and segments.is_place(place)


# "… Морозова. Новосибирск: Зап.-Сиб. кн. изд-во, 1978": place, colon, publisher, year
PLAIN_IMPRINT_RE = uregex.compile(
    r"(?:^|[.;]\s|,\s(?=[^,;:]{1,30}:\s[^,;:]{2,60}\s(?:1[5-9]|20)\d\d\b))"
    r"(?P<place>[A-Z][^.,;:]{1,30}\.?(?:\s*;\s*[A-Z][^.,;:]{0,30}\.?)?):\s+"
    r"[^,;:]{2,60},?\s+(?:1[5-9]|20)\d\d\b"
)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def has_plain_imprint(text: str) -> bool:
    """Does TEXT state "Place: Publisher, Year" (PLAIN_IMPRINT_RE) with a known place?"""
    return any(
        all(segments.is_place(p) for p in m.group("place").split(";"))
        for m in PLAIN_IMPRINT_RE.finditer(text)
    )
