"""Statutes that name themselves whole, without an imprint: "Coastal Waters Protection Act of
2004", "Unfair Contract Terms Act 1977 s 59", "Vienna Convention on the Law of Treaties, 23 May
1969, Art. 26", "7 U.S.C.A. § 136a (West)". Each is an entry of type misc: its title and year,
or its code (journal), title number (volume) and publisher; the section is the pinpoint."""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.elements import Parsed
from citekit.parse.jurisdictions import bare_statute
from citekit.parse.patterns import YEAR, YEAR_RE
from citekit.parse.shortforms import (
    CODE_SECTION_RE,
    LEGISLATION_RE,
    LEGISLATION_WORDS,
    SECTION_LABELS,
    STATUTE_NAME_RE,
    US_CODE_RE,
    is_statute,
)

LEGISLATION_WORD_RE = deferred.compile(rf"\b{LEGISLATION_WORDS}\b")
# the pinpoint that closes a statute: "s 59", "§ 4", "Art. 26, 31", "Arts. 8.2.b.ix, 8.2.e.iv"
SECTION_RE = deferred.compile(rf"[,\s]\s*(?P<section>{SECTION_LABELS}\.?\s*\d.*)$")
# its year in brackets after the name, as Danish and Norwegian notes print it: "Act of
# Supremacy (1558) par. 9", "Academies Bill (2010–2011) par. 20"
YEAR_BRACKET_END_RE = deferred.compile(rf"\s*\({YEAR}(?:\s*[–-]\s*\d{{2,4}})?\)$")
# a date before the pinpoint: ", 23 May 1969"; ISO 690's year after a full stop: ". 2010"
DATE_TAIL_RE = deferred.compile(r"[,.]\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{4}$")
# the year that closes a pinpoint in brackets: "§ 706 (2018)"
YEAR_PAREN_END_RE = deferred.compile(rf"\s*\((?P<year>{YEAR})\)$")
# the parts of a code citation: "7 U.S.C.A. § 136a (West)", "17 U.S.C. 107"
CODE_PARTS_RE = deferred.compile(
    r"^(?P<title>\d{1,2})\s+(?P<code>U\.?\s?S\.?\s?C\.?(?:\s?A\.)?)\s*(?P<section>(?:§§?\s*)?\d+[a-z]?"
    r"(?:\(\w+\))*)(?:\s*\((?P<paren>[^()]*)\))?$"
)


def parse_statute(text: str) -> Parsed | None:
    """Entry type, fields and pinpoint of a statute that names itself whole, else None."""
    text = bare_statute(text.strip().rstrip("."))
    if not is_statute(text):
        return None
    if US_CODE_RE.match(text):
        return _code(text)
    if section := CODE_SECTION_RE.match(text):
        return _code_section(section)
    if STATUTE_NAME_RE.match(text):
        return Parsed("misc", {"title": text, "year": YEAR_RE.search(text).group()})
    return _with_section(text) if LEGISLATION_RE.match(text) else None


def _code(text: str) -> Parsed | None:
    found = CODE_PARTS_RE.match(text)
    if found is None:
        return None
    fields = {"journal": found.group("code"), "volume": found.group("title")}
    paren = found.group("paren") or ""
    year = YEAR_RE.search(paren)
    publisher = paren[: year.start()] if year else paren
    fields.update({"publisher": publisher.strip(" ,")} if publisher.strip(" ,") else {})
    fields.update({"year": year.group()} if year else {})
    return Parsed("misc", fields, found.group("section"))


def _code_section(found: re.Match[str]) -> Parsed:
    """ "Cal. Civ. Code § 1714 (West 2020)": the section names the statute (its title), the
    brackets give the code's edition, its year."""
    year = YEAR_RE.search(found.group("paren") or "")
    title = " ".join(found.group("name").split())
    return Parsed("misc", {"title": title, **({"year": year.group()} if year else {})})


def _with_section(text: str) -> Parsed:
    section = SECTION_RE.search(text)
    name = text[: section.start()] if section else text
    pinpoint = section.group("section") if section else None
    stated = YEAR_RE.search(name)
    year = stated.group() if stated else None
    closing = YEAR_PAREN_END_RE.search(pinpoint or "")
    if year is None and pinpoint and closing:  # "… § 706 (2018)": the code's year
        year, pinpoint = closing.group("year"), pinpoint[: closing.start()].strip()
    title = DATE_TAIL_RE.sub("", _name(name.strip(" ,"))).strip(" ,")
    title = YEAR_BRACKET_END_RE.sub("", title)
    return Parsed("misc", {"title": title, **({"year": year} if year else {})}, pinpoint)


def _name(text: str) -> str:
    """The statute's name: up to the comma after its legislation word ("Eggs (England)
    Regulations, Pub. L. SI 2009/2163 (2009)" is named "Eggs (England) Regulations")."""
    word = LEGISLATION_WORD_RE.search(text)
    comma = text.find(",", word.end()) if word else -1
    return text[:comma] if comma > 0 else text


def parse_statute_short(text: str) -> Parsed | None:
    """A statute's short form, named and pinpointed without its year: "Harbours Bill, sec. 4"."""
    text = text.strip().rstrip(".")
    return _with_section(text) if LEGISLATION_RE.match(text) else None
