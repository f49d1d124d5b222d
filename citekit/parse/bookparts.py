"""A part of an edited book cited without "in": "Marcus Nevitt, “Ben Jonson …,” *News
Networks in Seventeenth Century Britain and Europe*, ed. Joad Raymond (Abingdon: Routledge,
2006), 55". Read as a periodical's article it has no volume or issue, and a periodical is
edited by no one named between its title and a publisher's imprint: it is the book's part.
"""

from __future__ import annotations

import re

from citekit.parse import names, uregex
from citekit.parse.elements import Parsed

# the book's editors after its title, then its imprint: ", ed. Joad Raymond (Abingdon:
# Routledge, 2006)", ", eds. A and B (Paris: Seuil, 1990)"
EDITED_BOOK_RE = uregex.compile(
    r"""\*,\s+eds?\.\s+(?P<names>[A-Z][^()*“”"]{2,120}?)\s*
        \((?:(?P<place>[^():;]{2,60}):\s*)?(?P<publisher>[^():;,]{2,80}),\s*(?P<year>\d{4})\)""",
    re.VERBOSE,
)


def as_book_part(parsed: Parsed, text: str) -> Parsed:
    """PARSED as an incollection where its "periodical" is an edited book with an imprint."""
    fields = parsed.fields
    if parsed.entry_type != "article" or "volume" in fields or "number" in fields:
        return parsed
    book = EDITED_BOOK_RE.search(text) if "ed" in text else None
    if book is None or "journal" not in fields:
        return parsed
    part = {k: v for k, v in fields.items() if k != "journal"}
    part.update(booktitle=fields["journal"], publisher=book.group("publisher").strip())
    part["editor"] = " and ".join(names.split_names(book.group("names")))
    if book.group("place"):
        part["address"] = book.group("place").strip()
    return Parsed("incollection", part, parsed.locator)
