"""Works a note names in its prose rather than cites: "… were also used in Merce Cunningham’s
choreography *Winterbranch* (1964)". An italic title and a year in brackets, after a word of
running prose (not a lead-in such as "see"), is a work the sentence talks about: a citation
of it would give an author, an imprint or a page.

Two more shapes name rather than cite, whatever precedes them: a title that owns the words
after it ("the *Washington Post*'s description of …": the paper is the sentence's subject),
and a quotation written in capitals with the stops and strokes of a transcription ("the DIA,
“ANT.O SVSINI FLORE. OPVS.”": an inscription, not a title). Neither gives an imprint, an
address or a page.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.cues import has_imprint
from citekit.parse.cutpoints import Piece
from citekit.parse.patterns import LEAD_IN_RE, URL_RE
from citekit.parse.pinpoint import end_pinpoint

MENTION_RE = re.compile(r"\*[^*]+\*,?\s*\((?:1[5-9]|20)\d\d\)\.?")
# the prose word right before the title: small letters, not the end of a sentence
PROSE_WORD_RE = deferred.compile(r"(?<![.:;])\b(?P<word>[^\W\d_A-ZÀ-Þ]{3,})\s+$")


# a title in italics that owns the next word: "*Washington Post*'s description"
POSSESSIVE_TITLE_RE = deferred.compile(r"\*[^*]+\*['’]s\s+[^\W\d_A-Z]")
# a name, then one quotation in capitals (no small letter) that a stop inside a word or a
# stroke marks as transcribed: "DIA, “ANT.O SVSINI FLORE. OPVS.”", "“ANT-/SVSI/NI.F.”"
TRANSCRIBED_RE = deferred.compile(
    r"[^,“”\"]{1,40},\s+[“\"](?=[^”\"]*(?:[A-Z]\.[A-Z]|/))[^a-z”\"]*[A-Z][^a-z”\"]*[”\"]"
)


def without_mentions(text: str, found: list[tuple[Piece, str]]) -> list[tuple[Piece, str]]:
    """FOUND less the pieces that only name a work in the note's prose."""
    return [
        (piece, prefix)
        for piece, prefix in found
        if not (_mention(text, piece) or _named_in_prose(piece.text(text).strip()))
    ]


def _named_in_prose(span: str) -> bool:
    """Does SPAN name a work as the subject of its sentence, or quote an inscription, and
    give nothing a citation gives (an imprint, an address, a page)?"""
    if not (POSSESSIVE_TITLE_RE.match(span) or TRANSCRIBED_RE.fullmatch(span)):
        return False
    return not (has_imprint(span) or URL_RE.search(span) or end_pinpoint(span))


def _mention(text: str, piece: Piece) -> bool:
    if not MENTION_RE.fullmatch(piece.text(text).strip()):
        return False
    word = PROSE_WORD_RE.search(text, 0, piece.start)
    return word is not None and not LEAD_IN_RE.match(word.group("word") + " x")
