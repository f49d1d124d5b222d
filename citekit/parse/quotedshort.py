"""A short form in brackets after a quotation: “Truth holds” (*Romans II*, 526), but …

A note that quotes a work cited before gives its pinpoint in brackets after the quotation, the
title in italics and the page ("(*Grundrisse*, 401, en cursiva en el original)"). The note is
otherwise prose, and the splitter finds no citation in it; the bracket is one.
"""

from __future__ import annotations

from citekit.parse import deferred
from citekit.parse.cutpoints import Piece

# a closing quotation mark (a full stop may follow it), then "(*Title*, 401": the span is the
# title and the page, up to the bracket's end, a comma, a full stop or a semicolon
QUOTED_SHORT_RE = deferred.compile(
    r"[”\"»’]\.?\s*\((?P<cite>\*[^*\n]{2,80}\*,\s*\d{1,4}(?:[-–]\d{1,4})?)(?=[),.;])"
)


def with_quoted_shorts(text: str, found: list[tuple[Piece, str]]) -> list[tuple[Piece, str]]:
    """FOUND, the pieces the splitter cut from TEXT, and the bracketed short forms after a
    quotation that none of them holds, in order."""
    if "(*" not in text:
        return found
    extra = [
        (Piece(match.start("cite"), match.end("cite")), "")
        for match in QUOTED_SHORT_RE.finditer(text)
        if not any(piece.start <= match.start("cite") < piece.end for piece, _ in found)
    ]
    return sorted([*found, *extra], key=lambda pair: pair[0].start) if extra else found
