"""The archive words of a reference that stand outside its quoted titles.

"Box 3, Acheson Papers, Truman Library" is archival by its words; "Sekula, “Reading an
Archive,” 45" only names an essay whose title holds the word: a word inside quotation marks
belongs to the title, not to a repository.
"""

from __future__ import annotations

import re

from citekit.parse.patterns import ARCHIVE_RE
from citekit.parse.prefilter import guarded
from citekit.parse.titlespans import titles

# behind its words ("Papers", "rchiv", "RG" …): its "\w*archiv" is tried at every word (20 µs a
# note), while most notes hold none of them
ARCHIVE_WORD_RE = guarded(ARCHIVE_RE, shortest=2)


def archive_words(text: str) -> list[re.Match[str]]:
    """The matches of ARCHIVE_RE in TEXT that no quoted title holds."""
    found = list(ARCHIVE_WORD_RE.finditer(text))  # one scan: a search first would scan twice
    if not found:
        return []  # the common case: no archive word at all
    quoted = [m.span() for m in titles(text) if not m.group().startswith("*")]
    return [m for m in found if not any(a <= m.start() and m.end() <= b for a, b in quoted)]


def outside_quoted_titles(text: str) -> str:
    """TEXT with its quoted titles blanked: "EPA, “DDT: A Brief History”" holds no document
    word ("Brief", a German letter) outside the essay's title."""
    quoted = [m.span() for m in titles(text) if not m.group().startswith("*")]
    for start, end in reversed(quoted):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# a reference code closing the note: "MALINOWSKI/4/13", "fasc. 9.3.1", "SP 12/254/10", "MS 17,693",
# not a year
CALL_NUMBER_RE = re.compile(r"(?!(?:1[5-9]|20)\d\d\W*$)(?=[\w./-]*\d)(?:[\w./-]|,(?=\d))+\W*")


def call_number_end(text: str) -> bool:
    """Does TEXT end with an archive's reference code (its box, file or item)?"""
    words = text.rsplit(None, 1)  # the last word alone: no search along the note
    return bool(words) and CALL_NUMBER_RE.fullmatch(words[-1]) is not None


# a collection named for the body whose papers it holds: "Records of the Department of Public
# Health, …", "Papers of the Society for …" (the words of a title, not of a sentence)
RECORDS_OF_RE = re.compile(
    r"(?:Records|Papers|Minutes|Files|Correspondence)\s+of\s+(?:the\s+)?[A-Z]"
)


def records_of(text: str) -> bool:
    """Does TEXT open with a collection's name, "Records of the Department of …"?"""
    return RECORDS_OF_RE.match(text) is not None
