"""A newspaper piece cited with the paper named before its headline:

    *Atlanta Daily World*, "Boycott of South Carolina Urged."
    *Bennett College Student Newspaper* (Greensboro, NC)*,* "Confederate flag; Take it down."
    *Philadelphia Tribune*, "Only a Few Protest at Ashe Ceremony," 6C.
    Chicago Tribune, “Architect Alfred P. Shaw Dies,” December 2nd, 1970.

Chicago puts the headline first; writers citing the Black press, wire stories or unsigned
pieces often lead with the paper, as the paper is the piece's only "author". The general
grammar takes the leading name for an author or a book's title and the headline for
commentary. The paper is known by a newspaper's word in its name (lexicons/newspaper_words),
or, in italics, by the day it came out; plain text needs both (Emily Post, “Title,” is a
person, and so is a news site's page with its link). Nothing but a day, a year and a page may
follow the headline.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.elements import Parsed
from citekit.parse.newspapers import names_paper
from citekit.parse.patterns import MONTHS, YEAR

# the paper, in italics or in capitalised words; its town in brackets; a comma or full stop
# (italic or not); the quoted headline, its closing comma or stop inside or outside the quote
PAPER_FIRST_RE = uregex.compile(
    r"""^(?:\*(?P<italic>[^*]{2,80})\*|(?P<plain>(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){1,5}))
        (?:\s+\([^()]{2,40}\))?\*?[,.]\*?\s+
        [“"](?P<title>[^“”"]{2,250}?)[,.]?[”"][,.]?(?P<rest>.*)$""",
    re.VERBOSE,
)
# a day ("December 2nd, 1970", "18 April 1840", "June 14, 1903") or a month or a year alone
DAY = rf"(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+"
DATE = rf"(?:{DAY})?(?:(?:{MONTHS})\.?\s+)?(?P<year>{YEAR})"
DAY_RE = re.compile(rf"(?:{MONTHS})\.?\s+\d|\d\s+(?:{MONTHS})", re.IGNORECASE)
# what may follow the headline: its date, then its page ("6C", "p. 3", "1, 4")
TAIL_RE = uregex.compile(
    rf"\s*(?:{DATE})?[,.]?\s*(?P<page>(?:pp?\.\s*)?[A-Z]?\d+[A-Z]?(?:\s*[-–,]\s*\d+)*)?\.?",
    re.IGNORECASE,
)


def paper_first(span: str, *, linked: bool = False) -> Parsed | None:
    """SPAN read as a newspaper piece led by its paper, or None. A LINKED piece named in
    plain text is a web page ("UN News, “…,” 28 March 2018, https://…"), its site no paper."""
    quote = min((i for i in (span.find("“"), span.find('"')) if i >= 0), default=-1)
    if quote < 0 or not (span.startswith("*") or names_paper(span[:quote].rstrip(" ,.*"))):
        return None  # the cheap tests first: a headline in quotes after italics or a paper's word
    found = PAPER_FIRST_RE.match(span.strip())
    if found is None:
        return None
    tail = TAIL_RE.fullmatch(found.group("rest"))
    if tail is None:
        return None
    paper = found.group("italic") or found.group("plain")
    dated = DAY_RE.search(found.group("rest")) is not None
    if not names_paper(paper) and not (found.group("italic") and dated):
        return None
    if found.group("plain") and (linked or not dated):
        return None
    fields = {"journal": paper.strip(), "title": found.group("title").strip(" ,.")}
    if tail.group("year"):
        fields["year"] = tail.group("year")
    return Parsed("article", fields, tail.group("page"))


def paper_end(text: str) -> int:
    """Where the note ends, when all of it is a paper's piece, whose full stops would cut it
    ("*New Journal and Guide*. “‘Butt out,’ Bush tells …”"); 0 otherwise."""
    return len(text) if paper_first(text) is not None else 0


KEPT = ("url", "doi", "urldate")  # what the entry's own reading took from its links


def paper_entry(text: str, parsed: Parsed) -> Parsed:
    """A reference-list entry led by its paper ("*Atlanta Daily World*. “Boycott …” July 18,
    1999."), read so; PARSED, the general reading, otherwise."""
    paper = paper_first(unlinked(text)) if text[:1] in "*ABCDEFGHIJKLMNOPQRSTUVWXYZ" else None
    if paper is None:
        return parsed
    kept = {k: v for k, v in parsed.fields.items() if k in KEPT}
    return Parsed(paper.entry_type, {**kept, **paper.fields}, parsed.locator)


def unlinked(text: str) -> str:
    """TEXT without the addresses that follow its parts ("…, 1999. https://…")."""
    return URL_TAIL_RE.sub("", text).strip()


URL_TAIL_RE = re.compile(r"[.,]?\s+(?:<)?https?://\S+$")
