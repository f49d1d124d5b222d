"""A note that is a title nothing marks and a pinpoint, perhaps with a remark in brackets:
"Copyright Infringements (Audio and Video Recorders), 475.", "To Amend and Consolidate the
Acts Respecting Copyright, 223 (statement of Nathan Burkan)." Chicago cites a work without an
author (a hearing, a report, an unsigned article) by its title after the first time, and where
the title is set in roman, or the text is plain, nothing marks it: a capitalised phrase and a
number read as prose. That the same title comes back in another note with a pinpoint, or opens
another note, is the evidence the italics would have given; a title seen once is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from citekit.model import Citation, Kind, Note
from citekit.parse import namecues, uregex
from citekit.parse.patterns import LEAD_IN_RE
from citekit.parse.shortforms import PINPOINT_RE

MAX_LENGTH = 300  # characters: a title, a pinpoint and a remark, not a paragraph of commentary
# the title (its own brackets allowed), a comma, the pinpoint, and a remark in brackets
TITLE_SHORT_RE = uregex.compile(
    r"(?P<title>[A-Z][^,;:()\d]*(?:\([^()\d]+\)[^,;:()\d]*)?),\s+(?P<pin>[^()]+?)"
    r"(?:\s+\([^()]+\))?"
)
LEAST_WORDS = 2  # "Hearings, 4" is too little to know a title by
NAME_WORDS = 3  # "Van der Berg", "Rodríguez Flores": a family name, not a title
WORD_RE = re.compile(r"\w+")


def title_shorts(
    notes: Sequence[Note], first: Sequence[tuple[Citation, ...]]
) -> dict[int, Citation]:
    """The notes (by their position in NOTES) that the FIRST reading found nothing in and that
    are a title and a pinpoint, that title coming back in another note, each as its short form."""
    shaped = {
        i: _shape(n.text)
        for i, (n, cited) in enumerate(zip(notes, first, strict=True))
        if not cited
    }
    shaped = {i: found for i, found in shaped.items() if found is not None}
    if not shaped:
        return {}
    counts = Counter(shape[0] for shape in shaped.values())
    openings = {_opening(n.text) for i, n in enumerate(notes) if i not in shaped}
    return {
        i: Citation(notes[i].number, 0, span, Kind.SHORT, pin, _fields(title))
        for i, (words, title, pin, span) in shaped.items()
        if counts[words] > 1 or words in openings
    }


def _shape(text: str) -> tuple[tuple[str, ...], str, str, str] | None:
    """TEXT's title (folded words, as written), pinpoint and span, where TEXT is only those
    and a remark."""
    span = text.strip().rstrip(". ")
    lead = LEAD_IN_RE.match(span)  # "See To Amend and Consolidate …, 223"
    span = span[lead.end() :] if lead else span
    if len(span) > MAX_LENGTH or span[:1] in '*“"‘«':
        return None  # a marked title is the first reading's (titleonly)
    found = TITLE_SHORT_RE.fullmatch(span)
    if found is None or not PINPOINT_RE.fullmatch(found.group("pin")):
        return None
    title = found.group("title")
    words = _words(title)
    if len(words) < LEAST_WORDS:
        return None
    return words, title.strip(), found.group("pin"), span


def _fields(title: str) -> dict[str, str]:
    """ "Rodríguez Flores, 17" names the author of a work cited before by author and title
    (in another chapter, or in a note the first reading found no short form in); a longer
    phrase, or one with a bracket, is the work's title."""
    if len(_words(title)) <= NAME_WORDS and "(" not in title and namecues.name_only(title):
        return {"author": title}
    return {"title": title}


def _opening(text: str) -> tuple[str, ...]:
    """The words a note opens with up to its first colon or comma outside brackets: a full
    citation's title before its subtitle or its imprint."""
    depth = 0
    for at, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in ",:":
            return _words(text[:at])
    return ()


def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(text.casefold()))
