"""A short form announced in a sentence of its own, not in brackets: "…, 451–570. Hereafter:
Römer II. ET: The Epistle to the Romans, …". The sentence belongs to the citation before it,
and whatever follows it starts afresh."""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.cutpoints import Piece
from citekit.parse.prefilter import guarded

# "Hereafter: Römer II.", "Hereafter cited as CW.", "Henceforth: Works." opening a sentence (a
# colon or "cited as" after the word: "Hereafter the argument turns" announces nothing); the
# form opens with a capital and runs to the sentence's full stop ("Ep. Rom." would be cut short)
HEREAFTER_SENTENCE_RE = guarded(
    uregex.compile(
        r"""(?:^|(?<=[.;]\s))(?:hereafter|henceforth)(?:\s+cited\s+as|\s+referred\s+to\s+as|\s*:)
        \s+(?P<abbr>[A-Z\d*“"‘][^.;:()\[\]]{0,38}?)\s*(?=[.;](?:\s|$)|$)""",
        re.VERBOSE | re.IGNORECASE,
    )
)


def announced_forms(text: str) -> list[str]:
    """The short forms TEXT announces in sentences of their own: ["Römer II", "Romans II"]."""
    return [m.group("abbr").strip(" *") for m in HEREAFTER_SENTENCE_RE.finditer(text)]


def attach_announcements(text: str, found: list[Piece]) -> list[Piece]:
    """Give each announcing sentence that opens a piece to the piece before it, and let the
    rest of that piece stand alone: [A] [Hereafter: X. ET: B] -> [A. Hereafter: X] [ET: B]."""
    out: list[Piece] = []
    for piece in found:
        match = HEREAFTER_SENTENCE_RE.match(piece.text(text)) if out else None
        if match is None:
            out.append(piece)
            continue
        end = piece.start + match.end()
        out[-1] = Piece(out[-1].start, end)
        rest = _next_sentence(text, end, piece.end)
        if rest < piece.end:
            out.append(Piece(rest, piece.end))
    return out


def _next_sentence(text: str, at: int, end: int) -> int:
    """Where the text after an announcement resumes: past its full stop and spaces."""
    while at < end and text[at] in ". ;\u00a0":
        at += 1
    return at
