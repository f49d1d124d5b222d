"""A subtitle set in roman after an italic main title belongs to the title.

ABNT (NBR 6023) italicises or bolds only the main title and sets the subtitle in roman after a
colon: "CUNHA, Euclides da. *Os sertões*: campanha de Canudos. Rio de Janeiro: Laemmert, 1902";
so do many scholars who italicise by hand in any language ("*Vale of Tears*: Revisiting the
Canudos Massacre, 1893-1897. Berkeley: …"). Read from the italics alone, the title stops at the
colon and the subtitle is dropped as middle matter. The subtitle runs from the colon that closes
the italics to the first full stop that ends a sentence; a colon inside it would be an imprint's
("Rio de Janeiro: Laemmert"), and then there is no subtitle.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.patterns import ABBREVIATIONS, YEAR_RE

# the colon that closes an italic title and the subtitle's first character: no mark that
# opens another title, a bracket or a number ("*Title*: 23" is a pinpoint)
OPENING_RE = uregex.compile(r"^:\s+(?=[^\s\d:*“”\"«»„(\[])")
# a full stop that ends a sentence: a capital, a digit or a bracket next, or the end
STOP_RE = uregex.compile(r"\.(?:\s+(?=[A-Z\d(\[])|\s*$)")
# marks of matter that is no subtitle: another title, an imprint's colon, "In:"
FOREIGN_RE = re.compile(r"[:*“”\"«»„]")


def with_roman_subtitle(title: str, after: str) -> tuple[str, str]:
    """TITLE with the roman subtitle that opens AFTER, and what follows the subtitle."""
    if not after.startswith(":"):
        return title, after  # the cheap test first: no colon closing the italics
    opening = OPENING_RE.match(after)
    end = _sentence_end(after, opening.end()) if opening else None
    if end is None:
        return title, after
    sub = after[opening.end() : end].strip(" ,")
    if not sub or FOREIGN_RE.search(sub) or _only_dates(sub):
        return title, after
    return f"{title}: {sub}", after[end:]


def _sentence_end(text: str, start: int) -> int | None:
    """Where the first sentence from START ends (the full stop's place), or None."""
    for stop in STOP_RE.finditer(text, start):
        if not _abbreviates(text[start : stop.start()]):
            return stop.start()
    return None


def _abbreviates(before: str) -> bool:
    """Is the word before a stop an initial or an abbreviation ("S. Paulo", "St. Louis",
    "vol. 2", lexicons/abbreviations.txt), so that no sentence ends there?"""
    words = before.split()
    last = words[-1].casefold() if words else ""
    return len(last) == 1 or last in ABBREVIATIONS


def _only_dates(sub: str) -> bool:
    """ "12 mars 1990", "1893-1897": a date after the colon, no subtitle."""
    rest = YEAR_RE.sub("", sub)
    return not any(word.isalpha() and len(word) > 3 for word in rest.split())
