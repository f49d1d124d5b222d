"""A full citation whose names are followed by its year in brackets, the habit of authors who
cite author-date in their notes: "Sirajul Islam (1979), The Permanent Settlement in Bengal: A
Study of Its Operation, 1790–1819, Dacca: Bangla Academy, pp. 23–45".

The note grammar reads "Sirajul Islam (1979)" as a title and its imprint, and the entry reader
takes the rest whole for a title, its imprint and pinpoint included. Without the year the
citation is a plain note ("Sirajul Islam, The Permanent Settlement …, Dacca: Bangla Academy,
pp. 23–45"), which the note grammar reads; the year is then the work's. Reference lists print
the year closed by a full stop ("Islam, S. (1979). …"); the comma after it and the names in
direct order are the note habit.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citekit import lexicons
from citekit.parse.patterns import YEAR

# a given name or initials, then the family name: "Sirajul Islam", "B. B. Chaudhuri"; the
# first word no title's article (lexicons/title_articles.txt): "The Godfather (1972)," is no person
ARTICLES = lexicons.alternation(lexicons.words("title_articles"))
DIRECT_NAME = rf"(?!(?i:{ARTICLES})\s)(?:[A-Z][\w.'’-]+\s+){{1,3}}[A-Z][\w'’-]+"
YEAR_HEAD_RE = re.compile(
    rf"^(?P<names>{DIRECT_NAME}(?:(?:,\s+|,?\s+(?:and|&)\s+){DIRECT_NAME})*"
    r"(?:\s+\(eds?\.?\))?)"  # "W. K. Firminger (ed.)"
    rf"\s+\((?P<year>{YEAR}(?:[–-]\d{{2,4}})?)[a-z]?\),\s+(?=[A-Z‘'\"“*])"
)
# the imprint the year joins, as a note prints it: ", Dacca: Bangla Academy" before the pinpoint
# (its place perhaps with its state's code: ", Cambridge, MA: Lincoln Institute")
IMPRINT_RE = re.compile(
    r",\s+[A-Z][\w.'’ -]{1,40}(?:,\s[A-Z]{2})?:\s+[A-Z][^,;:()]{1,80}?"
    r"(?=,\s+(?:pp?\.|vols?\.|at\s|\d)|\.?$)"
)
# "…, 3 vols" before the imprint: the work's extent, not its title
VOLUMES_END_RE = re.compile(r",\s+\d+\s+vols?\.?$")
CONTAINER_RE = re.compile(r",\s+[Ii]n\s")  # "'Agrarian Relations', in Dharma Kumar (ed.)"
MIN_REST_WORDS = 3  # a title and something more: "Guha (1963), pp. 98–102" is a short form


# a word of prose in small letters, then a capital: where a year head after a lead-in may open
PROSE_WORD_RE = re.compile(r"\b[a-z]{2,}[,:]?\s+(?=[A-Z])")
BRACKET_YEAR_RE = re.compile(rf"\s\({YEAR}[a-z]?\),\s")  # the cheap test: " (1963), "
# what every match of YEAR_HEAD_RE holds (a range too: "(1917–18)"), the engine skipping to
# each "(": far cheaper than the names tried at the start of every full citation
OPEN_YEAR_RE = re.compile(rf"\({YEAR}")


class YearHead(NamedTuple):
    text: str  # the citation with its bracketed year moved into its imprint or left out
    year: str


def year_head(text: str) -> YearHead | None:
    """TEXT without the year its names are followed by, and that year; None for any other."""
    text = text.strip()
    match = YEAR_HEAD_RE.match(text) if OPEN_YEAR_RE.search(text) else None
    rest = text[match.end() :] if match else ""
    if len(rest.split()) < MIN_REST_WORDS:
        return None
    year = match.group("year")  # a range as printed, "1917–18", as other citations keep it
    return YearHead(f"{match.group('names')}, {_with_year_in_imprint(rest, year)}", year)


def year_head_after_prose(text: str) -> int | None:
    """Where a citation with a year head opens after prose ("The classic study is Ranajit Guha
    (1963), A Rule of Property …, Paris: Mouton"), or None."""
    if BRACKET_YEAR_RE.search(text) is None:
        return None
    for word in PROSE_WORD_RE.finditer(text):
        if year_head(text[word.end() :]) is not None:
            return word.end()
    return None


def _with_year_in_imprint(rest: str, year: str) -> str:
    """REST with YEAR after its last "Place: Publisher", where the note grammar looks for it
    ("…, Dacca: Bangla Academy, 1979, pp. 23–45"); REST as it is when it has none (an article,
    a chapter: the note grammar reads them without)."""
    imprint = next(reversed(list(IMPRINT_RE.finditer(rest))), None)
    if imprint is None:
        return rest
    dated = f"{rest[: imprint.end()]}, {year}{rest[imprint.end() :]}"
    return _book_title_marked(dated, imprint.start())


def _book_title_marked(text: str, imprint_start: int) -> str:
    """TEXT with a book's title, all that runs from the names to the imprint (its volumes
    left out), in italics, as a note with italics marks it: a plain title's commas
    ("Society, Economy and the Market: …") are then no list of names. A quoted title or a
    chapter "in" a book is left to the note grammar."""
    title = VOLUMES_END_RE.sub("", text[:imprint_start])
    if not title[:1].isalpha() or "*" in title or CONTAINER_RE.search(title):
        return text
    return f"*{title}*{text[len(title) :]}"
