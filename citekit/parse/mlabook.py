"""MLA's book after a quoted part, its publisher run on with no period: "“Chapter.” *Book*,
Eisenbrauns, 1980, pp. 1–22." (plain text loses the italics that ended the book's title).

The year right after the book's last comma part shows that part is the publisher: MLA 8
prints "Container, Publisher, Year, pp." and no place.
"""

from __future__ import annotations

from citekit.parse import deferred
from citekit.parse.places import is_place

# the year opening what follows the book: ", 1980, pp. 1–22."
YEAR_NEXT_RE = deferred.compile(r"^[\s,.]*(?:1[5-9]|20)\d\d\b")
MAX_PUBLISHER_WORDS = 5  # "Society of Biblical Literature"


def publisher_before_year(book: str, after: str) -> tuple[str, str]:
    """(book, after) with the publisher moved from the end of BOOK to the front of AFTER,
    when AFTER opens with the year; unchanged when no such publisher closes BOOK."""
    if ", " not in book or not YEAR_NEXT_RE.match(after):
        return book, after
    parts = book.split(", ")
    take = 1
    if len(parts) > 2 and _one_word(parts[-1]) and _one_word(parts[-2]):
        take = 2  # "Little, Brown": one name, its comma its own
    publisher = ", ".join(parts[-take:])
    if not _name(publisher) or any(is_place(p) for p in parts[-take:]):
        return book, after  # "Proceedings of …, Sydney, Australia, 1991": where it met
    return ", ".join(parts[:-take]), f"{publisher}{after}"


def _one_word(part: str) -> bool:
    return len(part.split()) == 1 and part[:1].isupper()


def _name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_PUBLISHER_WORDS
        and text[:1].isupper()
        and not any(c.isdigit() or c in ":;()[]" for c in text)
    )
