"""The pinpoint a note in bibliography form adds after its year: "Chomsky, Noam. *Syntactic
Structures*. The Hague: Mouton, 1957, 15–17.", "… PhD diss., Brno University of Technology,
2012, 23–30.".

Authors who type their notes as a bibliography prints its entries end a book's (or thesis's,
or report's) entry with the pages they mean, after the year. The entry reader has no field
for them; the note's pinpoint is what they are. An article's or chapter's own pages are no
pinpoint, and are left with the entry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from citekit.parse.pagerange import full_pages
from citekit.parse.patterns import YEAR
from citekit.parse.pinpoint import end_pinpoint
from citekit.parse.shortforms import PINPOINT_RE

# the year that closes an entry, a comma and what follows it to the note's end
AFTER_YEAR_RE = re.compile(rf"(?P<year>{YEAR})[a-z]?,\s+(?P<pinpoint>[^,;]+?)[.\s]*$")
# Vancouver's pages after a book's year, a sentence of their own: "New York: Wiley; 1997. p. 33-68."
VANCOUVER_PAGES_RE = re.compile(rf"(?P<year>{YEAR})[a-z]?\.\s+(?P<pinpoint>p\.\s*\d[\d–-]*)\.?$")
# the fields of a work printed inside another, whose pages the entry states itself
CONTAINER_FIELDS = ("journal", "booktitle")


def entry_pinpoint(text: str, fields: Mapping[str, str]) -> str | None:
    """The pinpoint after the year closing TEXT, a note read as one entry with FIELDS; None
    when the entry is a part of another work or nothing but a pinpoint follows its year."""
    vancouver = VANCOUVER_PAGES_RE.search(text.strip())
    if vancouver and not any(fields.get(name) for name in CONTAINER_FIELDS):
        return (
            vancouver.group("pinpoint") if vancouver.group("year") == fields.get("year") else None
        )
    if any(fields.get(name) for name in CONTAINER_FIELDS):
        return None
    if fields.get("pages"):  # a book's pages printed after its publisher are the pinpoint
        return _after_publisher(text, fields)
    found = AFTER_YEAR_RE.search(text)
    if found is None or found.group("year") != fields.get("year", "")[:4]:
        return _after_publisher(text, fields)
    pinpoint = found.group("pinpoint").strip()
    return pinpoint if PINPOINT_RE.fullmatch(pinpoint) else None


def _after_publisher(text: str, fields: Mapping[str, str]) -> str | None:
    """ "Kennedy, J. (2005). *Title*. Utrecht: Ten Have, blz. 41–44.": an entry with its year
    after the names (APA, Harvard) ends a book with the publisher, then the pages meant."""
    publisher = fields.get("publisher", "")
    pinpoint = end_pinpoint(text) if publisher else None
    if pinpoint is None or not re.search(rf",\s*{re.escape(pinpoint)}[\s.]*$", text):
        return None
    before = text[: text.rstrip(" .").rfind(pinpoint)].rstrip(" ,")
    label = pinpoint.split()[0].rstrip(".")
    return pinpoint if before.endswith(_without_label(publisher, label)) else None


def _without_label(publisher: str, label: str) -> str:
    """ "Ten Have, blz" -> "Ten Have": the reader kept the pinpoint's label in the publisher."""
    return re.sub(rf",\s*{re.escape(label)}\.?$", "", publisher)


def without_pinpoint_pages(fields: Mapping[str, str], pinpoint: str | None) -> dict[str, str]:
    """FIELDS without the `pages` a reader of the whole entry made of its PINPOINT (a book has
    no pages of its own to state)."""
    out = dict(fields)
    if pinpoint and out.get("pages") in (pinpoint, full_pages(pinpoint), _numbers(pinpoint)):
        del out["pages"]
    if pinpoint and out.get("publisher"):
        out["publisher"] = _without_label(out["publisher"], pinpoint.split()[0].rstrip("."))
    return out


def _numbers(pinpoint: str) -> str:
    """ "p. 33" -> "33": the pages a reader made of a labelled pinpoint."""
    return full_pages(re.sub(r"^[^\W\d]+\.?\s*", "", pinpoint))
