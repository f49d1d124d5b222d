"""Prose before a title: "Roe and Gladstone winnow the rhetorical from substantive by working
only with the nouns in the *Encyclopédie*" names people and a title but cites nothing; a
citation puts its title right after the names ("Roe et al., *Discourses*"), at most after a
word or two ("Jane Degenhardt in *Islamic Conversion*", "ed. by").
"""

from __future__ import annotations

from citekit import lexicons
from citekit.parse import deferred, titlespans
from citekit.parse.patterns import DOI_RE, URL_RE, YEAR

DATED_RE = deferred.compile(rf"\b{YEAR}\b|{URL_RE.pattern}|{DOI_RE.pattern}")  # a year, a link

# words in small letters that citations hold before a title: joins, roles, particles
CITATION_SMALL_WORDS = lexicons.words("citation_small_words")
PROSE_WORDS = 5  # more words in small letters than this before the title make a sentence


def prose_before_title(text: str) -> bool:
    """Does a sentence of prose stand between the start of TEXT and its first title, with
    nothing dated or linked after it? ("…, has summed up … in her book *Mesh*, Open Source
    Verlag, 2007, https://…" goes on to cite the book.)"""
    found = titlespans.titles(text)
    if not found or DATED_RE.search(text, found[0].end()):
        return False
    words = text[: found[0].start()].split()
    small = [w for w in words if w[:1].islower() and w.casefold() not in CITATION_SMALL_WORDS]
    return len(small) > PROSE_WORDS
