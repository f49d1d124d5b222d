"""A book's imprint, unbracketed, right after an italic container: "‘Narcissus Confirmed’,
*Sad by Design: On Platform Nihilism*, Pluto Press, 2019, pp. 98-107" is a chapter in a book
printed without "in" (British and hand-typed notes), not an article in a journal: a
journal's name is followed by its volume or date, never by a publisher."""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.imprint import PUBLISHER_WORDS_RE
from citekit.parse.patterns import IMPRINT_PAREN_RE

# ", [Place:] Publisher, Year": one segment, then the year
BARE_IMPRINT_RE = re.compile(r"^\s*,\s*(?P<body>[^,()*“”‘’\"\d]{2,80}?),\s*(?:1[5-9]|20)\d\d\b")
# "London: Pluto Press", "New York: Verso": a place, a colon and a capital
PLACE_COLON_RE = deferred.compile(r"^[A-Z][^:]{1,40}:\s+[A-Z]")


# the book's editors between its title and its imprint: "*Book*, edited by X and Y (Press, 2016)"
EDITED_BY_RE = deferred.compile(r"^\s*,\s*(?:edited\s+by|eds?\.)\s+[^()]{3,120}?(?=\s*\()")


def publisher_follows(rest: str) -> bool:
    """A book's imprint after the container, "(Place: Publisher, Year)" or unbracketed
    (", Pluto Press, 2019"): no journal's date."""
    paren = IMPRINT_PAREN_RE.match(EDITED_BY_RE.sub("", rest, count=1).lstrip(" ,"))
    if paren:
        return ":" in paren.group("body") or bool(PUBLISHER_WORDS_RE.search(paren.group("body")))
    return bare_imprint_follows(rest)


def bare_imprint_follows(rest: str) -> bool:
    """Does REST, what follows a container's name, open with a publisher (a publisher's word,
    or "Place: Publisher") and its year?"""
    if "," not in rest[:3]:
        return False  # the cheap test first: a comma right after the container
    found = BARE_IMPRINT_RE.match(rest)
    if found is None:
        return False
    body = found.group("body").strip()
    return bool(PUBLISHER_WORDS_RE.search(body) or PLACE_COLON_RE.match(body))
