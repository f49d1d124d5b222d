"""Places of publication, told from publishers by the lexicons place_words and place_phrases."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons

PLACE_WORDS = lexicons.words("place_words")  # "paris", "new", "york", "м."
PLACE_PHRASES = lexicons.entries("place_phrases")  # "são paulo", "frankfurt am"


@lru_cache(maxsize=1 << 16)  # the same few places, note after note
def is_place(segment: str) -> bool:
    """ "Paris", "Frankfurt a. M.", "London & New York", "Princeton, NJ" parts."""
    if segment.strip().casefold() in PLACE_WORDS:
        return True  # the whole segment, abbreviations too: "М.", "Л." in "М.; Л.: Госиздат"
    folded = segment.casefold().replace("-", " ").replace("/", " ")
    if folded.startswith(PLACE_PHRASES):  # a tuple: any of them, in one call
        return True
    words = re.split(r"[\s&/]+|\bund\b|\band\b|\bet\b|\be\b", folded)
    return any(w.strip(".") in PLACE_WORDS for w in words if w)


# what every town of the gazetteer is (tests/parse/test_places.py reads the whole lexicon to
# hold it so): a letter first, and at most this many characters. A segment of another shape
# ("*A Book* (London: Penguin", a title and its imprint cut at a comma) names no town, and is
# told so without loading the lexicon's 60,000 names (25 ms, most of a one-note run's parse)
GAZETTEER_LONGEST = 40


def is_town(segment: str) -> bool:
    """Does SEGMENT name a town of the gazetteer ("Barcelone", "Turnhout")? Read only where an
    imprint places a town (before a publisher and the year): many towns share their name
    with a person or a word. The lexicon is large, so it is loaded at the first question
    that a town's shape (town_shaped) does not answer."""
    folded = " ".join(segment.casefold().split())
    return town_shaped(folded) and folded in lexicons.words("gazetteer")


def town_shaped(folded: str) -> bool:
    """Could FOLDED (a segment folded as the gazetteer's names are) be one of them?"""
    return folded[:1].isalpha() and len(folded) <= GAZETTEER_LONGEST


def is_whole_place(segment: str) -> bool:
    """Is the whole SEGMENT one place ("New York", "М.", "Heidelberg"), not a phrase naming one?"""
    folded = " ".join(segment.casefold().split())
    return folded in PLACE_WORDS or is_town(segment)
