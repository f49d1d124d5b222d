"""A titled part "in" a book named by its editors: a first citation even without a year.

"Jacques Léonard, « Les médecins et l'eau », in Olivier Faure (dir.), *Les Médecins
lyonnais*, op. cit., p. 77-95" and "Jean-Pierre Dedieu, "The Archives …", en Henningsen y
Tedeschi (eds.), *The Inquisition in Early Modern Europe*, cit., pp. 158–189" give the part's
author and title and the book's editors and title in full; the book's imprint was given in an
earlier note, which the "cit." points to. The part itself is cited here for the first time.
So is "Bo Halden, “Wind and Water,” in Marr and Tull, *Coasts Remembered*, 20–41", Chicago's
cross-reference to a book cited in full in another note (IN_SHORT_BOOK_RE), and a part whose
book carries the pointer to that note ("…“, in: Cahan (Hg.): Helmholtz (wie Anm. 13), S.
291–333", "…,” in Marr, Coasts (note 4), 20–41": part_in_pointed_book).
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import localeterms, titlespans
from citekit.parse.patterns import find_supra
from citekit.parse.prefilter import GuardedBy

# ", in Olivier Faure (dir.), *Title*", ". En Henningsen y Tedeschi (eds.), Title": the word
# "in" (and its kin), the editors' names (no comma, no bracket), their mark in brackets, the
# container's title after a comma
IN_EDITORS_RE = re.compile(
    r"[,.]\s+(?:in:?|en|dans|nel|nello|nella|w:?)\s+[^(),;]{2,80}?\s\("
    + lexicons.alternation(localeterms.EDITOR_MARKS)
    + r"\),\s+[*“\"„«]?[^\W\d_]",
    re.IGNORECASE,
)

# ", dans Flaubert, *Madame Bovary*, éd. citée": the book by its author and title, then the
# word that sends the reader to its imprint in an earlier note
IN_CITED_BOOK_RE = re.compile(
    r"[,.]\s+(?:in:?|en|dans|nel|w:?)\s+[^(),;*«“\"]{2,60}?,\s+(?:\*[^*]+\*|«[^»]+»|“[^”]+”),"
    r"\s+(?:(?:éd|ed)\.\s+)?(?:cit\.|citée|citata|citada|op\.\s*cit\.)",
    re.IGNORECASE,
)


# Chicago's cross-reference to a book cited in full elsewhere (CMOS 14.113): "Bo Halden, “Wind
# and Water,” in Marr and Tull, *Coasts Remembered*, 20–41", "…, “Cheap AI,” en _Fake AI_: 42":
# a whole name (given and family), a quoted title, "in", the book's editors' family names or
# none, its title in italics, then its pages
IN_SHORT_BOOK_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+[A-Z][\w'’-]+,\s+[“\"‘][^”\"’]{3,200}[”\"’]"
    r",?\s+(?:in|en|dans|nel|in:)\s+(?:[A-Z][\w'’-]+(?:\s+(?:and|&|y|et|e)\s+[A-Z][\w'’-]+)?,\s+)?"
    r"(?:\*[^*]{2,120}\*|_[^_]{2,120}_)[,:]\s+[\dxivlc]+(?:\s*[–-]\s*\d+)?",
)
# behind the quoted title's close and "in" (most notes hold none): the names before the title
# are otherwise read, in every way the words can be cut, at the start of every note
IN_SHORT_BOOK_RE = GuardedBy(IN_SHORT_BOOK_RE, re.compile(r"[”\"’],?\s+(?:in|en|dans|nel)"))


def titled_part_in_edited_book(text: str) -> bool:
    """Does TEXT cite a titled part of a book named by its editors ("…, in X (eds.), *Book*")
    or by its author and title with a pointer to its imprint ("…, dans Flaubert, *Madame
    Bovary*, éd. citée")?"""
    found = IN_EDITORS_RE.search(text) if "(" in text else None
    if found is None and "cit" in text:
        found = IN_CITED_BOOK_RE.search(text)
    if found is None:
        return IN_SHORT_BOOK_RE.match(text) is not None
    return titlespans.has_title(text[: found.start()])


# the word "in" (and its kin) after the part, whose title's close quote may end it, then the
# container's names and short title up to a note pointer: "in: Cahan (Hg.): Helmholtz ", "in
# Marr, Coasts "
IN_CONTAINER_RE = re.compile(
    r"[,.][”\"’»]?\s+(?P<word>in:?|en|dans|nel|nello|nella|w:?)\s+(?P<container>[^;]{3,120}?)\s*$",
    re.IGNORECASE,
)
# the names and the short title of a container, parted by a comma or colon: "Cahan (Hg.):
# Helmholtz", "Marr and Tull, Coasts"; a name alone ("in: Cahan") may be the part's own pointer
NAMES_THEN_TITLE_RE = re.compile(r"\S[,:]\s+\S")


def part_in_pointed_book(text: str) -> bool:
    """Does TEXT cite a titled part of a book that a note pointer names ("…“, in: Cahan (Hg.):
    Helmholtz (wie Anm. 13), S. 291–333")? The pointer is the book's, which an earlier note
    cited in full; the part itself is new."""
    return book_pointer(text) is not None


def without_book_pointer(text: str, pointer: re.Match[str]) -> str:
    """TEXT without the POINTER of the book that its part is in ("…, in: Cahan (Hg.):
    Helmholtz, S. 291–333"): the pointer names no field of the part."""
    return text[: pointer.start()].rstrip() + text[pointer.end() :]


def book_pointer(text: str) -> re.Match[str] | None:
    """The note pointer of the book that TEXT cites a titled part of, or None; its group
    "note" is the note's number."""
    pointer = find_supra(text)
    if pointer is None:
        return None
    found = IN_CONTAINER_RE.search(text, 0, pointer.start())
    if (
        found is None
        or NAMES_THEN_TITLE_RE.search(found.group("container")) is None
        or not titlespans.has_title(text[: found.start("word")])
    ):
        return None
    return pointer
