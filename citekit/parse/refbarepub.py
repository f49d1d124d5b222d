"""A reference entry's last sentence that is its publisher's name alone.

APA 7 prints no place and puts the year after the names, so a book or a chapter ends on
its publisher alone: "(pp. 370–396). Eisenbrauns.", "(P. Heinegg, Trans.). Hendrickson.".
No colon, no year and no publisher's word show it; its shape does: a few capitalised
words, no digit, after an entry whose year is already read.
"""

from __future__ import annotations

from citekit import lexicons
from citekit.parse.places import is_whole_place

MAX_WORDS = 6  # "Society of Biblical Literature Seminar Papers" is the longest seen
# small words a publisher's name holds in lower case: "Faber & Faber", "Brill und Schöningh"
JOINERS = frozenset({"&", "and", "of", "the", "for", "und", "de", "des", "du", "la", "et", "y"})


def take(segment: str, fields: dict[str, str]) -> bool:
    """Put SEGMENT into `fields` as the publisher (or, a place's name, as the address)
    when it is a bare name closing an entry whose year is read; False when it is not."""
    if "year" not in fields or "publisher" in fields or "address" in fields:
        return False
    name = segment.strip(" .,;")
    if not _bare_name(name):
        return False
    fields["address" if is_whole_place(name) else "publisher"] = name
    return True


def _bare_name(name: str) -> bool:
    words = name.split()
    if not 0 < len(words) <= MAX_WORDS or not name[:1].isupper():
        return False
    if any(c.isdigit() or c in ',:()[]"“”' for c in name):
        return False
    described = lexicons.words("description_words")
    for word in words:
        bare = word.strip(".,;'’").casefold()
        if bare in described:
            return False  # "Draft paper", "Technical Report": what the work is
        if not (word[:1].isupper() or bare in JOINERS):
            return False  # "Revisededition", "to appear": a phrase, no name
    return True
