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
from citekit.parse.shortforms import PINPOINT_RE

# the year that closes an entry, a comma and what follows it to the note's end
AFTER_YEAR_RE = re.compile(rf"(?P<year>{YEAR})[a-z]?,\s+(?P<pinpoint>[^,;]+?)[.\s]*$")
# Vancouver's pages after a book's year, a sentence of their own: "New York: Wiley; 1997. p. 33-68."
VANCOUVER_PAGES_RE = re.compile(rf"(?P<year>{YEAR})[a-z]?\.\s+(?P<pinpoint>p\.\s*\d[\d–-]*)\.?$")
# the fields of a work printed inside another, whose pages the entry states itself
PART_FIELDS = ("journal", "booktitle", "pages")


def entry_pinpoint(text: str, fields: Mapping[str, str]) -> str | None:
    """The pinpoint after the year closing TEXT, a note read as one entry with FIELDS; None
    when the entry is a part of another work or nothing but a pinpoint follows its year."""
    vancouver = VANCOUVER_PAGES_RE.search(text.strip())
    if vancouver and not fields.get("journal") and not fields.get("booktitle"):
        return (
            vancouver.group("pinpoint") if vancouver.group("year") == fields.get("year") else None
        )
    if any(fields.get(name) for name in PART_FIELDS):
        return None
    found = AFTER_YEAR_RE.search(text)
    if found is None or found.group("year") != fields.get("year", "")[:4]:
        return None
    pinpoint = found.group("pinpoint").strip()
    return pinpoint if PINPOINT_RE.fullmatch(pinpoint) else None


def without_pinpoint_pages(fields: Mapping[str, str], pinpoint: str | None) -> dict[str, str]:
    """FIELDS without the `pages` a reader of the whole entry made of its PINPOINT (a book has
    no pages of its own to state)."""
    out = dict(fields)
    bare = re.sub(r"^[pP]p?\.\s*", "", pinpoint or "")  # Vancouver's "p. 33-68": pages "33–68"
    if pinpoint and out.get("pages") in (pinpoint, full_pages(pinpoint), full_pages(bare)):
        del out["pages"]
    return out
