"""Full citations of sources that are no books, whatever type the general rules gave them:

    "Cotton Famine," *Cotton Town: Blackburn with Darwen*, http://… (accessed 3 March 2021)
    *Under Milk Wood*, BBC Third Programme, 25 January 1954
    *Hansard's Parliamentary Debates*, 3rd ser., vol. 168 (1862), cols. 515–30
    77 Cong. Rec. 2186 (1933)
    *Reports of the Inspectors of Factories …*, PP 1863 (3076), 18–21

A page on a web site (online: the site is where it appears, no journal), a broadcast (misc:
the broadcaster, no publisher), a parliament's debates (misc), a command paper (techreport,
its number).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from citekit import lexicons
from citekit.parse import deferred
from citekit.parse.elements import Parsed
from citekit.parse.newspapers import names_paper
from citekit.parse.patterns import MONTHS

BROADCASTER_WORDS = lexicons.words("broadcaster_words")  # "bbc", "programme", "radio"
# a day: "25 January 1954", "January 25, 1954"
DAY_RE = deferred.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}},?)\s+\d{{4}}\b", re.I
)
DEBATES_RE = re.compile(r"\b(?:Hansard|Parliamentary\s+Debates)\b")
# "77 Cong. Rec. 2186 (1933)": the Congressional Record by volume, page and year
CONG_REC_RE = re.compile(r"^(?P<volume>\d+)\s+Cong\.\s*Rec\.\s+\d+\s+\((?P<year>\d{4})\)\.?$")
# a command paper's number: "Cmd. 1734", "C. 2591", "[C 2779]", "Cd. 4499", "Cm 7980" (the
# series since 1986, written without a stop), or a sessional
# paper's "PP 1863 (3076)"
COMMAND_RE = re.compile(
    r"(?:\[|(?<![.\w]))(?P<number>(?:Cmnd|Cmd|Cm|Cd|C)\.?\s?\d{3,5})\b(?![–-]\d)|\bPP\s+\d{4}\s+\((?P<pp>\d+)\)"
)
COMMAND_MARKS = ("Cmd", "Cmnd", "Cm ", "Cd.", "C.", "C ", "PP ")
CONTAINERS = ("journal", "publisher")


def nonbook(parsed: Parsed, text: str) -> Parsed:
    """PARSED, the full citation TEXT, retyped when it is one of the sources above."""
    page = web_part(_site_page(parsed, text))
    return _command_paper(_debates(_broadcast(page, text), text), text)


# what a part of a printed book states besides its book: its pages, the book's editors,
# publisher or place
PRINTED_PART = ("pages", "editor", "publisher", "address")


def web_part(parsed: Parsed) -> Parsed:
    """A part with an address and an access date, and nothing of a printed book ("*Entry*,
    w: *Encyklopedia*, https://… [dostęp: …]"; "Our history. Retrieved …, from https://…",
    no book at all): an online page, its site where it is published."""
    fields = parsed.fields
    if parsed.entry_type != "incollection" or not ("url" in fields and "urldate" in fields):
        return parsed
    if any(k in fields for k in PRINTED_PART) or fields.get("year") not in (
        None,
        fields["urldate"][:4],
    ):
        return parsed
    out = {k: v for k, v in fields.items() if k != "booktitle"}
    site = {"howpublished": fields["booktitle"]} if "booktitle" in fields else {}
    return Parsed("online", {**out, **site}, parsed.locator)  # the site, as _site_page keeps it


def _site_page(parsed: Parsed, text: str) -> Parsed:
    """ "Title," *Site*, URL (accessed …): no volume, issue or pages, no date of its own, no
    DOI ("Psychological Research, 2022. https://doi.org/…", an article published ahead of
    its issue, keeps its journal)."""
    fields = parsed.fields
    if parsed.entry_type != "article" or not ("url" in fields and "urldate" in fields):
        return parsed
    if "doi" in fields or "doi" in fields["url"].casefold() or _dated(fields, text):
        return parsed
    if any(k in fields for k in ("volume", "number", "pages")) or "journal" not in fields:
        return parsed
    if fields.get("year") not in (None, fields["urldate"][:4]) or names_paper(fields["journal"]):
        return parsed  # a dated post, or a paper's web edition ("Daily Guide"): an article
    out = {k: v for k, v in fields.items() if k != "journal"}
    return Parsed("online", {**out, "howpublished": fields["journal"]}, parsed.locator)


def _dated(fields: Mapping[str, str], text: str) -> bool:
    """Does TEXT date the work apart from its access date: its year written once more than
    the access date's day holds it ("Cortex, 2021. https://… (accessed 26 December 2021)")?"""
    year = fields.get("year")
    return bool(year) and text.count(year) > 1


def _broadcast(parsed: Parsed, text: str) -> Parsed:
    """A title, a broadcaster and the day it went out ("BBC Third Programme, 25 January 1954");
    "(London: BBC Books, 1973)" is a book's imprint: a place, no day."""
    fields = parsed.fields
    container = next((k for k in CONTAINERS if k in fields), None)
    if container is None or "address" in fields or parsed.entry_type not in ("article", "book"):
        return parsed
    if "url" in fields:
        return parsed  # "BBC News, 5 May 2016, https://…": a news site's article
    words = fields[container].casefold().split()
    if not any(w in BROADCASTER_WORDS for w in words) or not DAY_RE.search(text):
        return parsed
    out = {k: v for k, v in fields.items() if k not in CONTAINERS}
    return Parsed("misc", {**out, "howpublished": fields[container]}, parsed.locator)


def _debates(parsed: Parsed, text: str) -> Parsed:
    """A parliament's record of debates, by volume and column: no book."""
    if "Rec." in text and (match := CONG_REC_RE.match(text.strip())):
        fields = {"title": "Congressional Record", **match.groupdict()}
        return Parsed("misc", fields, parsed.locator)
    title = parsed.fields.get("title", "")
    if parsed.entry_type != "book" or not ("Hansard" in title or "Debates" in title):
        return parsed
    if not DEBATES_RE.search(title):
        return parsed
    return Parsed("misc", dict(parsed.fields), parsed.locator)


def _command_paper(parsed: Parsed, text: str) -> Parsed:
    """A report laid before Parliament, by its command or sessional number."""
    if parsed.entry_type not in ("book", "techreport", "misc"):
        return parsed
    marked = any(mark in text for mark in COMMAND_MARKS)  # the cheap test: most have none
    match = COMMAND_RE.search(text) if marked else None
    if match is None or "number" in parsed.fields:
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k != "address" or v not in ("PP", "H.C.")}
    fields["number"] = number = match.group("number") or match.group("pp")
    title = fields.get("title", "")
    if title.endswith(number) and title[: -len(number)].endswith(", "):
        fields["title"] = title[: -len(number) - 2]  # a plain title ran on into its number
        if fields.get("volume") == re.sub(r"\D", "", number):
            del fields["volume"]
    return Parsed("techreport", fields, parsed.locator)
