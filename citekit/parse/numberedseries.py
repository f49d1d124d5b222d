"""A numbered series between a book's title and its imprint, in the comma styles of Spanish,
French and Italian notes: "*La crisis de la deuda*, Libros de la CEPAL, núm. 125, Santiago de
Chile, CEPAL, 2014"; "*Histoire des villes*, Que sais-je ?, n° 1234, Paris, PUF, 1990". With no
mark ("coll.", brackets) to set it off, the series was read as more of the title.
"""

from __future__ import annotations

from citekit.parse import uregex
from citekit.parse.elements import Parsed

# the title, the series (capitalised, no comma) and its number at the end of the title
SERIES_AT_END_RE = uregex.compile(
    r"(?P<title>.{3,}?),\s+(?P<series>[A-ZÀ-Ý][^,]{2,60}?),\s+"
    r"(?:núm|n°|nº|no|n|nr|Nr|vol)[.:]?\s*(?P<number>\d{1,5})"
)


def series_from_title(parsed: Parsed, text: str) -> Parsed:
    """PARSED with a numbered series that ends its book's title taken out as series and
    number; not from a title TEXT marks whole ("*Letters, Papers, No. 3*")."""
    title = parsed.fields.get("title", "")
    if parsed.entry_type != "book" or "series" in parsed.fields or "," not in title:
        return parsed
    if f"*{title}" in text:
        return parsed
    found = SERIES_AT_END_RE.fullmatch(title)
    if found is None:
        return parsed
    fields = {
        **parsed.fields,
        "title": found.group("title"),
        "series": found.group("series").strip(),
        "number": found.group("number"),
    }
    return Parsed(parsed.entry_type, fields, parsed.locator)
