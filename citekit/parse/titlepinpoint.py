"""A known title alone, then a pinpoint: "Lyrical Ballads, 289", "Tempest 5.1.275–76",
"Paradise Lost 1.254–55". Literary scholars cite a work they have given in full by its title
and its division (act, scene and line; book and line) or page, without the author, and in
plain text nothing marks the title. That the words are the whole title (or the title without
its article) of a work the document cites in full, and that a pinpoint alone follows, make the
span that work's short form.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.shortforms import PINPOINT_RE

# a division written with full stops, which no running prose has: "5.1.275–76", "1.254–55"
DIVISION_RE = uregex.compile(r"\d+(?:\.\d+)+(?:\s*[-–]\s*\d+)?")
# the title's words, then a comma and a pinpoint, or a space and a division
TITLE_PINPOINT_RE = uregex.compile(r"(?P<title>[A-Z][^,;:()\d]{1,80}?)(?:,\s*|\s+)(?P<pin>\d.*)")
WORD_RE = re.compile(r"\w+")


def title_and_pinpoint(span: str) -> tuple[tuple[str, ...], str] | None:
    """The folded words of SPAN's title and its pinpoint, where SPAN is a capitalised title
    then only a pinpoint ("Tempest 5.1.275–76"), else None."""
    found = TITLE_PINPOINT_RE.fullmatch(span.strip().rstrip(". ").replace("*", ""))
    if found is None:
        return None
    pin = found.group("pin").strip()
    comma = "," in span[: span.find(pin)] if pin in span else False
    if not (DIVISION_RE.fullmatch(pin) or comma and PINPOINT_RE.fullmatch(pin)):
        return None
    return tuple(WORD_RE.findall(found.group("title").casefold())), pin


# where a citation may start in a note: its opening, or after a semicolon or a lead-in
START_RE = uregex.compile(r"(?:^|;\s+)(?:(?:see(?:\s+also)?|cf\.|compare)\s+)?", re.IGNORECASE)
OPENING_RE = uregex.compile(r"(?P<title>[A-Z][^,;:()\d]{1,80}?)(?:,\s*|\s+)(?P<pin>\d[\d.–-]*)")


def opens_known_title(text: str, whole_titles: frozenset[tuple[str, ...]], taken: set[int]) -> bool:
    """Does a citation of TEXT that the first reading did not find (none starts there: TAKEN)
    open with one of WHOLE_TITLES and a pinpoint?"""
    if not whole_titles:
        return False
    for start in START_RE.finditer(text):
        found = OPENING_RE.match(text, start.end())
        if found is None or start.end() in taken:
            continue
        words = tuple(WORD_RE.findall(found.group("title").casefold()))
        if words in whole_titles and title_and_pinpoint(found.group()) is not None:
            return True
    return False
