"""Prose after an author-date short form: "Vgl. Dobbelaere 2002 over secularisatie op drie
niveaus.", "Kennedy (2005: 31) makes the same point.", "See Marsh 1998 on the later decades."

A short form of names and a year is whole once its year (and its pinpoint, if any) is written:
a work is not named further in small letters. The note grammar cuts prose after a pinpoint's
comma or after a word that opens commentary (split.TRAILING_PROSE_RE, TITLE_PROSE_RE); after a
bare year, or a bracketed year and any verb, nothing cut it, and the span, read whole, was no
citation.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import uregex
from citekit.parse.patterns import YEAR
from citekit.parse.shortforms import DATED_NAMES, NAMES_RE, is_author_date

LABEL = r"(?:(?:pp?|S|s|blz?|str)\.\s?)"  # "p. 45", "S. 45", "blz. 45"
# the names, the year bare or in brackets with its pinpoint ("(2005: 31)", "(2007, p. 215)"),
# or a bare year's pinpoint ("2005: 31", "2005, p. 31")
BRACKETED = rf"\({YEAR}[a-z]?(?:\s?[,:][^()]{{1,30}})?\)"  # "(2005: 31)", "(2007, p. 215)"
BARE = rf"{YEAR}[a-z]?(?:\s?[,:]\s?{LABEL}?\d+(?:\s?[–-]\s?\d+)?)?"  # "2005", "2005, p. 31"
SHORT = rf"(?P<short>(?:{NAMES_RE.pattern}|{DATED_NAMES})\s+(?:{BRACKETED}|{BARE}))"
SHORT_THEN_PROSE_RE = uregex.compile(  # then a word in small letters
    SHORT + r",?\s+(?P<word>[a-zà-ÿ]{2,})\s+(?P<next>\S)", re.VERBOSE
)
SHORT_END_RE = uregex.compile(SHORT + r"[\s.,]*$", re.VERBOSE)  # closing the text
# words that join the short form to another source before its name: "Marsh 1998 and Lund
# 2001", "Marsh 1998 in Lund (ed.)" (not "Marsh 1998 and the works cited there")
GOES_ON = lexicons.words("join_words") | {"in"}
DIGIT_RE = re.compile(r"\d")
YEAR_RE = re.compile(YEAR)  # what every short form here holds: a note without one has none
# the word in small letters after a space that every match holds after its year: a span with no
# such word after its first year is let go before the names are tried at each of its positions
PROSE_WORD_RE = uregex.compile(r"\s[a-zà-ÿ]{2,}\s+\S")


def short_form_prose_at(span: str) -> int | None:
    """Where the prose after an author-date short form in SPAN begins, when all that follows
    the short form is prose (no other year or number: no second source in it)."""
    year = YEAR_RE.search(span)
    if year is None or PROSE_WORD_RE.search(span, year.start()) is None:
        return None  # (asked of every span; the cheap tests first)
    at = 0
    while (found := SHORT_THEN_PROSE_RE.search(span, at)) is not None:
        at = found.start() + 1  # "See Marsh 1998 on …": "See Marsh" is no name, "Marsh" is
        joined = found.group("word") in GOES_ON and not found.group("next").islower()
        if joined or DIGIT_RE.search(span, found.end("short")):
            continue
        if is_author_date(found.group("short")):
            return found.end("short")
    return None


def closes_with_short_form(text: str) -> bool:
    """Does TEXT close with an author-date short form ("Vgl. Dobbelaere 2002")?"""
    if YEAR_RE.search(text) is None:
        return False
    at = 0
    while (found := SHORT_END_RE.search(text, at)) is not None:
        if is_author_date(found.group("short")):
            return True
        at = found.start() + 1
    return False
