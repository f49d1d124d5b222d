"""An author-date reference in brackets at the end of a note's prose: "… and the existential
(cf. Heidegger 1996, 47)", "… from which an organism emerges (Barad 2007)".

A note in a notes-and-bibliography text may still point to a work the author-date way. The
sentence around the bracket is commentary (its quoted or italic words are no titles); the
bracket is the citation, a short form, "Heidegger 1996, 47". The bracket counts only where it
is clearly a reference: after "cf."/"see", or closing a long run of prose (not "“Article,”
*Journal* (Spring 2001)", a full citation's date).
"""

from __future__ import annotations

import re

from citekit.parse.cutpoints import Piece
from citekit.parse.patterns import YEAR_WORD_RE
from citekit.parse.shortforms import is_author_date

# the bracket at the end of a piece: an optional pointer word, then the reference
BRACKET_END_RE = re.compile(
    r"\((?P<lead>(?:cf\.|see|vgl\.)\s+)?(?P<ref>[A-Z][^()]{1,60}?\b(?:1[5-9]|20)\d\d[a-z]?"
    r"(?:\s*[,:]\s*[\dIVXivx][^()]{0,20})?)\)\s*\.?$",
    re.IGNORECASE,
)
PROSE_WORDS = 8  # words of commentary before a bracket with no pointer word
# a name and an italic title before the bracket: a book's citation, the bracket its imprint
# (OSCOLA: "Malcolm D Evans, *Relevant Circumstances and …* (Clarendon Press 1989)")
NAME_AND_TITLE_RE = re.compile(r"[A-Z][^,*()]{1,60},\s+\*[^*]+\*\s*")


def bracketed_reference(text: str, piece: Piece) -> Piece | None:
    """The author-date reference PIECE ends with, in brackets after commentary, or None."""
    span = piece.text(text)
    if not span.endswith((")", ").")) or not YEAR_WORD_RE.search(span):
        return None  # the cheap tests first
    found = BRACKET_END_RE.search(span)
    if found is None or not is_author_date(found.group("ref")):
        return None
    before = span[: found.start()]
    if not found.group("lead") and (
        len(before.split()) < PROSE_WORDS
        or YEAR_WORD_RE.search(before)
        or "(" in before
        or NAME_AND_TITLE_RE.fullmatch(before)
    ):
        return None  # "“Article,” *Journal* (Spring 2001)": a date closing a citation
    start = piece.start + found.start("ref")
    return Piece(start, start + len(found.group("ref").rstrip()))


def cut_brackets(text: str, found: list[tuple[Piece, str]]) -> list[tuple[Piece, str]]:
    """FOUND with each piece that is commentary closed by a bracketed reference cut to the
    reference; a note where nothing was found may still end its prose with one."""
    if not found:
        whole = Piece(0, len(text.rstrip()))
        cut = bracketed_reference(text, whole)
        return [(cut, "")] if cut is not None else []
    return [(bracketed_reference(text, piece) or piece, prefix) for piece, prefix in found]
