"""A short title followed by another work's author and year: "Middleton, “How to Read a
Reading,” Bernstein, 1998" cites Middleton's article and, in author-date form, the volume
Bernstein edited. Where the quoted title is a known work's and the name after it a known
author's or editor's, the name and year are no container of the title but a citation of
their own (a full citation's container would be a journal or "in" and a book).
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.cutpoints import Piece, trim
from citekit.parse.known import KnownTitles

# a family name, or two joined: "Bernstein", "Perloff and Dworkin"
NAMES = r"(?P<names>[A-Z][^\W\d_]+(?:\s+(?:and|&)\s+[A-Z][^\W\d_]+)?)"
# the closing mark of a quoted title, then a family name (or two), a year and perhaps a page,
# and nothing more: "…,” Bernstein, 1998", "…,” Perloff and Dworkin 2009, 45"
AUTHOR_YEAR_AFTER_QUOTE_RE = uregex.compile(
    r"""[”"’]\s+"""
    + NAMES
    + r""",?\s+(?:1[5-9]|20)\d\d[a-z]?                # ", 1998"
        (?:,\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?  # ", 63"
        [.\s]*$""",
    re.VERBOSE,
)


def cut_author_year(text: str, piece: Piece, known: KnownTitles) -> list[Piece]:
    """PIECE cut after a known short title that an author-date citation follows."""
    span = piece.text(text)
    match = AUTHOR_YEAR_AFTER_QUOTE_RE.search(span) if not known.empty() else None
    if match is None:
        return [piece]
    head = span[: match.start() + 1]
    if not (known.cites(head) and _known_names(match, known)):
        return [piece]
    first = trim(text, piece.start, piece.start + match.start() + 1)
    return [first, trim(text, piece.start + match.start("names"), piece.end)]


# the author-date citation alone: "Bernstein, 1998", "Perloff and Dworkin, 2009"
AUTHOR_YEAR_RE = uregex.compile(NAMES + r",?\s+(?P<year>(?:1[5-9]|20)\d\d)\.?")


def known_author_year(text: str, known: KnownTitles) -> dict[str, str] | None:
    """The author and year of TEXT, when it is only the family name of a known author or
    editor and a year: a short form, though a comma and a bare year ("NISO, 2005") may end
    an imprint where no cited author bears the name."""
    match = AUTHOR_YEAR_RE.fullmatch(text.strip())
    if match is None:
        return None
    names = _known_names(match, known)
    if not names:
        return None
    return {"author": " and ".join(names), "year": match.group("year")}


def _known_names(match: re.Match[str], known: KnownTitles) -> list[str]:
    """The family names MATCH found, when every one is a known author's or editor's."""
    names = match.group("names").replace("&", "and").split(" and ")
    return names if all(known.knows_family(n) for n in names) else []
