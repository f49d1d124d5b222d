"""A publisher named before its town: "MIT Press, Cambridge, MA, 1990", "Cambridge University
Press, Cambridge, 1999", "Springer-Verlag, Berlin, New York, 1982".

Scientific reference lists (physics, mathematics, computing, the IEEE and ACM styles) print
the imprint in this order; the note styles print the town first ("Cambridge, MA: MIT
Press"). Read town first, the state's "MA" would be the publisher and the publisher a place.
The publisher is known by its words ("Press", "Verlag"), the places by the lexicon.
"""

from __future__ import annotations

import re

from citekit.parse.imprint import PUBLISHER_WORDS_RE, STATE_RE
from citekit.parse.places import is_whole_place


def publisher_then_places(segments: list[str], start: int) -> int | None:
    """The index of a publisher named before its places ("Springer-Verlag, Berlin, New York,
    1982"; "Cambridge University Press, Cambridge, 1999"), the order of many scientific
    reference lists; None unless places alone stand between it and the year at START."""
    index = start
    while index - 1 >= 1 and _imprint_place(segments[index - 1]):
        index -= 1
    if index == start or index - 1 < 1:
        return None
    named = segments[index - 1]
    if not PUBLISHER_WORDS_RE.search(named) or re.search(r"[\d:()]", named) or len(named) > 60:
        return None
    return index - 1


def _imprint_place(segment: str) -> bool:
    """ "Cambridge", "New York", "MA", "Mass.": a town or a state's abbreviation."""
    return bool(STATE_RE.match(segment)) or is_whole_place(segment)


def after_places(parts: list[str]) -> str:
    """The first of PARTS that is no imprint place ("1999" of "Cambridge", "MA", "1999")."""
    return next((part for part in parts if not _imprint_place(part)), "")
