"""Names blocks ended by a year or a dash: APA and Harvard "(1991).", "Weiler, H. A. 2012.",
"Name, 1995", the same-author dash, and "et al." or a year after the names."""

from __future__ import annotations

import re
from dataclasses import replace

from citekit import lexicons
from citekit.parse import deferred, uregex
from citekit.parse.refpeople import (
    Head,
    people_head,
)

TITLE_ARTICLES = lexicons.words("title_articles")  # "der", "the": they open no name
# "(1991).", "(2008a),", "(n.d.).", "(1959–1960)." after APA and Harvard names (a span only
# before a period: "Giacomo Tedesco (1799–1870) had …" is a life's)
PAREN_YEAR_RE = re.compile(
    r"\s*\((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?"  # "(July 1978)"
    # "(Agiles Projektmanagement, 2020):": German short-title lists give the short form the
    # notes cite, then the year, before the colon that opens the title
    r"(?:[^()\d][^()]{0,60}?,\s+(?=(?:1[5-9]|20)\d\d[a-z]?\):))?"
    r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.)(?:[–-](?:1[5-9]|20)?\d\d(?=\)\.))?"
    r"(?:\s?ff?\.)?"  # "(1998ff.):" a work of several volumes, the first year and "ff."
    r"(?:,[^)]*)?\)[.,:]?\s+"
)
# "Babb, Florence. 1989. Between Field..." (Chicago author-date)
# ("Durkheim, Emile. [1912] 1995.": the first edition's year in brackets before the cited one)
DOT_YEAR_RE = deferred.compile(
    r"(?<=[^\W\d_]|\.)[.,]?\s+(?:\[(?:1[5-9]|20)\d\d\]\s+)?"
    r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.)\.\s+"
)
# where the names block ends in Chicago/MLA order: a period after a word that is no initial
NAMES_END_RE = uregex.compile(r"(?<![\s.][A-Z])(?<!^[A-Z])(?<!\b(?:Jr|Sr|St|Dr))\.\s+(?=[\W\w])")
# one name ending in an initial, then a plain title: "Scott, James C. Seeing Like a State.",
# "Lincoln, Matthew D. Europop: Historical …"
# ("Stein, Stanley J. Vassouras, a Brazilian …": after a given name and an initial, a word
# and a comma open the title; "McLay, R. Timothy." is an initial and a given name)
ONE_NAME_INITIAL_RE = uregex.compile(
    r"^[^,.]+,\s+(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:[A-Z]\.\s?){1,2}(?=\s*[A-Z][a-z]+[\s:])"
    r"|(?:[A-Z][\w'’-]+\s+){1,2}(?:[A-Z]\.\s?){1,2}(?=\s*[A-Z][a-z]+,\s))"
)
ET_AL_LEAD_RE = re.compile(r"^et\s+al\.?,?\s+")  # left after the names: "Lee J. et al., …"
# a year after names with no period, then the title: " 1976 Directions", " 1988 [1964]. “The"
BARE_YEAR_RE = deferred.compile(
    r"(?<=[^\W\d_]|\.)\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?:\s+\[(?:1[5-9]|20)\d\d\]\.?)?\s+"
    r"(?=[A-Z“\"‘«])"
)
WORD_END_RE = deferred.compile(r"[^\W\d_]{2}\.$")  # a sentence's end: "Crossings."
# what a match of DOT_YEAR_RE and of BARE_YEAR_RE holds: the year and what follows it. Both
# open with a look-behind, so the engine tries them at every position of a note; these open
# with a digit and are looked for first (most notes have no year so placed)
YEAR_DOT_RE = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?\.\s|n\.\s?d\.\.\s")  # "1989. ", "n.d.. "
YEAR_SPACE_RE = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?\s")  # "1976 "
# a year, its letter and a comma or colon opening what follows the names: "2004b, MNRAS"
# (or a space before a quoted title: "Cédric Durand, Tristan Auvray, 2015 “Is there …”")
COMMA_YEAR_RE = re.compile(r"^(?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?:[,:]\s+|\s+(?=[“\"‘«]))")
NAME_WORDS = lexicons.words("name_particles") | lexicons.words("join_words") | {"&", "al"}
EDITION_WORD_RE = deferred.compile(
    r"\b(?:Rev|Revised|New|Enl|Repr)\.?$", re.IGNORECASE
)  # "Rev. ed."
TITLE_WORDS = lexicons.words("title_stopwords") - lexicons.words("join_words")
# words a names block may hold in lower case: particles ("van"), joins, a body's short words
SMALL_WORDS = (
    lexicons.words("title_stopwords")
    | lexicons.words("name_particles")
    | lexicons.words("join_words")
    | {"et", "al", "eds", "ed", "jr", "sr"}
)


def et_al_after(head: Head) -> Head:
    """ "Benecke G. et al., J. Appl. Cryst.": "et al." after the names' period is theirs."""
    match = ET_AL_LEAD_RE.match(head.rest) if head.people else None
    if match is None:
        return head
    people = head.people if "others" in head.people else (*head.people, "others")
    return replace(head, people=people, rest=head.rest[match.end() :])


def year_after(head: Head) -> Head:
    """ "Ascasibar Y., Markevitch M., 2006, ApJ, 650, 102", "Liu, W.F., 2002, Savings …":
    the year after the names' comma (astronomy's and economics' lists); a comma after it
    ends the title too."""
    year = COMMA_YEAR_RE.match(head.rest) if head.people and head.year is None else None
    if year is None:
        return head
    rest = head.rest[year.end() :]
    return replace(head, year=year.group("year"), rest=rest, comma=year.group().rstrip()[-1] == ",")


def after_dash(rest: str, previous: Head) -> Head:
    paren = PAREN_YEAR_RE.match(" " + rest)
    dot = DOT_YEAR_RE.match("a. " + rest, 1)  # "———. 1820. Robin Hood": read as after a word
    year, start = (paren, paren.end() - 1) if paren else (dot, dot.end() - 3 if dot else 0)
    if year:
        found = year.group("year")  # "———. 1958b.": the year, its letter only tells works apart
        found = found[:4] if found[:1].isdigit() else found
        return Head(previous.people, previous.role, found, rest[start:].lstrip(" .,"))
    return Head(previous.people, previous.role, None, rest)


def paren_year(text: str) -> Head | None:
    match = PAREN_YEAR_RE.search(text[:400])
    block = text[: match.start()] if match else ""
    if not match or has_title_marks(block) or worded(block) or _article_opens(block):
        return None
    return people_head(
        text[: match.start()], match.group("year"), text[match.end() :], inverted=True
    )


def _article_opens(block: str) -> bool:
    """ "Karl Barth, Der Römerbrief, Zweite Fassung (1922)": a part that opens with a title's
    article ("Der", "The") is a title, not a name, so the block is no list of names."""
    return any(p.split()[0].casefold() in TITLE_ARTICLES for p in block.split(",") if p.split())


def worded(block: str) -> bool:
    """ "Good chemistry. (1996)": a title's lower-case words before the year, no names (a
    body's name holds only short words in lower case: "Alliance for Excellent Education")."""
    words = (w.strip(",.;:&") for w in block.split())
    return any(w[:1].islower() and w.casefold() not in SMALL_WORDS for w in words if w)


def dot_year(text: str) -> Head | None:
    match = DOT_YEAR_RE.search(text[:400]) if YEAR_DOT_RE.search(text, 0, 400) else None
    if not match or has_title_marks(text[: match.start()]) or match.start() < 2:
        return None
    block = text[: match.start()]
    initial = ONE_NAME_INITIAL_RE.match(block + " ")
    if initial and initial.end() < len(block):
        return None  # "Klosinski, Lee E. Meals in Mark. 1988.": a title before the year
    if NAMES_END_RE.search(block + " x") and NAMES_END_RE.search(block + " x").end() < len(block):
        return None  # a period inside: a title, not names
    return people_head(block, match.group("year"), text[match.end() :], inverted=False)


def bare_year(text: str) -> Head | None:
    """ "Anderson, Robert C. 1976 Directions of a Town.", "Barthes, Roland 1988 [1964].":
    the year after the names with no period (American anthropology's style)."""
    match = BARE_YEAR_RE.search(text[:300]) if YEAR_SPACE_RE.search(text, 0, 300) else None
    if not match or not names_block(text[: match.start()].strip(" ,")):
        return None
    sentence = NAMES_END_RE.search(text[: match.start()] + " x")
    if (sentence and sentence.end() <= match.start()) or WORD_END_RE.search(text[: match.start()]):
        return None  # "Smith, John. Harbour Lights 1990 …", "Oduya, T. Crossings. 1988.": a title
    return people_head(
        text[: match.start()], match.group("year"), text[match.end() :], inverted=False
    )


# Harvard's Australian form: initials, then the year and a comma ("Brown, A 1999, Title",
# "Brown, AB & Jones, C 1999, 'Title'"; with periods: "Brown, A. B. 1999, 'Title'")
_HARVARD_INITIALS = r"(?:[A-Z]{1,3}|[A-Z]\.(?:\s?-?[A-Z]\.){0,2})"
COMMA_BARE_YEAR_RE = re.compile(
    rf"^(?P<names>[^\d,]{{2,60}},\s{_HARVARD_INITIALS}"
    rf"(?:,?\s(?:&|and)\s[^\d,]{{2,60}},\s{_HARVARD_INITIALS}|,\s[^\d,]{{2,60}},\s{_HARVARD_INITIALS})*)"
    r"\s(?P<year>(?:1[5-9]|20)\d\d)[a-z]?,\s+(?=[A-Z“\"‘'«*])"
)


def comma_year(text: str) -> Head | None:
    """ "Brown, A 1999, The Title, …": names with bare initials, the year and a comma."""
    match = COMMA_BARE_YEAR_RE.match(text[:300]) if ", " in text[:80] else None
    if not match or not names_block(match.group("names")):
        return None
    head = people_head(
        match.group("names"), match.group("year"), text[match.end() :], inverted=True
    )
    return Head(head.people, head.role, head.year, head.rest, True)


def names_block(block: str) -> bool:
    """Capitalised names and their particles, no title's words, no edition ("Rev. ed.")."""
    words = block.replace(",", " ").split()
    return (
        bool(words)
        and all(w[:1].isupper() or w.strip(".").casefold() in NAME_WORDS for w in words)
        and not any(
            len(w.strip(",.")) > 1 and w.strip(",.").casefold() in TITLE_WORDS for w in words
        )
        and not EDITION_WORD_RE.search(block)
    )


DIGIT_RE = re.compile(r"\d")


def has_title_marks(block: str) -> bool:
    # "‘" opens a British quoted title ("Paul, Ron. ‘Paper Money’, Speech … (September 2003)");
    # its closing "’" is also the apostrophe of names (O’Dwyer) and marks nothing alone
    return any(mark in block for mark in '“”"*«»„:?!‘') or bool(DIGIT_RE.search(block))
