"""Works a note names in its prose rather than cites: "… were also used in Merce Cunningham’s
choreography *Winterbranch* (1964)". An italic title and a year in brackets, after a word of
running prose (not a lead-in such as "see"), is a work the sentence talks about: a citation
of it would give an author, an imprint or a page.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.cutpoints import Piece
from citekit.parse.patterns import LEAD_IN_RE

MENTION_RE = re.compile(r"\*[^*]+\*,?\s*\((?:1[5-9]|20)\d\d\)\.?")
# the prose word right before the title: small letters, not the end of a sentence
PROSE_WORD_RE = deferred.compile(r"(?<![.:;])\b(?P<word>[^\W\d_A-ZÀ-Þ]{3,})\s+$")


def without_mentions(text: str, found: list[tuple[Piece, str]]) -> list[tuple[Piece, str]]:
    """FOUND less the pieces that only name a work in the note's prose."""
    return [(piece, prefix) for piece, prefix in found if not _mention(text, piece)]


def _mention(text: str, piece: Piece) -> bool:
    if not MENTION_RE.fullmatch(piece.text(text).strip()):
        return False
    word = PROSE_WORD_RE.search(text, 0, piece.start)
    return word is not None and not LEAD_IN_RE.match(word.group("word") + " x")
