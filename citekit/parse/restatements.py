"""The American Law Institute's Restatements, as US notes cite them: "Restatement (Second) of
Contracts § 351 cmt. b (Am. L. Inst. 1981)", "RESTATEMENT (THIRD) OF AGENCY § 2.01 (2006)",
and as Lexis prints them, "Restat 2d of Contracts, § 347". A Restatement names itself whole,
like a code's section: each citation of it is a full one, of one work (its series and
subject), the section its pinpoint. It is a book: its title and the year in brackets."""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.elements import Parsed
from citekit.parse.patterns import YEAR

# the series: "(Second)", "(THIRD)", or Lexis's "2d", "3rd"
SERIES = r"(?i:\((?:First|Second|Third|Fourth|Fifth)\)|(?:1st|2n?d|3r?d|4th|5th)\b)"
# the subject after "of": "Contracts", "the Law Governing Lawyers", "Property: Servitudes",
# "Restitution and Unjust Enrichment", "Conflict of Laws"
SUBJECT = r"[A-Z][\w'’]*(?:(?:\s+|:\s+)(?:[A-Z][\w'’]*|of|the|and|OF|THE|AND|&))*"
# the pinpoint: sections, a comment, illustration or reporter's note on one
SECTION = (
    r"§§?\s*\d[\w.:-]*(?:\(\w+\))*(?:\s*[-–,]\s*\d[\w.:-]*(?:\(\w+\))*)*"
    r"(?:,?\s+(?:cmts?\.|comments?|illus\.|reporter['’]s\s+note)\s*\w*)*"
)
RESTATEMENT_RE = uregex.compile(
    rf"""^(?P<title>(?:Restatement|RESTATEMENT|Restat\.?)\s*(?:{SERIES})?\s+(?:of|OF)\s+(?:the\s+|THE\s+)?{SUBJECT})
        (?:,?\s*(?P<section>{SECTION}))?
        (?:\s*\((?P<paren>[^()]*?)?(?P<year>{YEAR})\))?$""",
    re.VERBOSE,
)


def is_restatement(text: str) -> bool:
    """Does TEXT cite a Restatement: its name, then a section or the year in brackets (the
    name alone may be prose: "the Restatement of Torts says")?"""
    found = _match(text)
    return found is not None and bool(found.group("section") or found.group("year"))


def parse_restatement(text: str) -> Parsed | None:
    """Entry type, fields and pinpoint (the section) of a Restatement, else None."""
    found = _match(text)
    if found is None:
        return None
    title = " ".join(found.group("title").split())
    fields = {"title": _title_case(title) if title.isupper() else title}
    fields.update({"year": found.group("year")} if found.group("year") else {})
    section = found.group("section")
    return Parsed("book", fields, " ".join(section.split()) if section else None)


def _match(text: str) -> re.Match[str] | None:
    text = text.strip().rstrip(".").replace("*", "")
    if not text[:6].casefold().startswith("restat"):
        return None  # the cheap test first
    return RESTATEMENT_RE.match(text)


SMALL_WORDS = frozenset({"of", "the", "and"})


def _title_case(title: str) -> str:
    """Small capitals read as capitals: "RESTATEMENT (SECOND) OF TORTS" -> "Restatement
    (Second) of Torts"."""
    words = title.split()
    return " ".join(
        w.lower()
        if i and w.lower() in SMALL_WORDS
        else w.capitalize()
        if w[0] != "("
        else "(" + w[1:].capitalize()
        for i, w in enumerate(words)
    )
