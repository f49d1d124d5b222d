"""The person a note quotes through another source: "Andre Bagoo, quoted in Nicholas Laughlin,
“…”", "Sandy Stone, citada en …". The speaker's name is no source of its own and no author of
the work cited after it: the citation starts after "quoted in"."""

from __future__ import annotations

import re

from citekit.parse import cues, deferred, namecues, uregex
from citekit.parse.cutpoints import Piece, protected
from citekit.parse.patterns import CITED_IN_RE

# one to four capitalised words, a name, and nothing else ("Man Bartlett", "Bagoo")
SPEAKER_RE = uregex.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+")
# the "quoted in" kind of CITED_IN_RE, not "citing"/"quoting"/"*with*" (their head is a source)
QUOTED_IN_RE = deferred.compile(
    r"(?:quoted|cited|cit[éeaoa]\w*)\s+(?:in|by|en|dans|par|da)\b", re.I
)


def after_speaker(text: str, piece: Piece, hereafter: tuple[str, ...] = ()) -> Piece:
    """PIECE from after its "quoted in" where all before it names the person quoted."""
    span = piece.text(text)
    if len(span) < 12 or " " not in span[:40]:
        return piece
    match = CITED_IN_RE.search(span, 0, 80)  # a speaker's name is short
    if (
        match is None
        or protected(span)[match.start()]
        or not QUOTED_IN_RE.search(match.group())
        or not SPEAKER_RE.fullmatch(span[: match.start()].strip(" ,"))
        or not cues.is_citation(span[match.end() :], hereafter)
    ):
        return piece
    return Piece(piece.start + match.end(), piece.end)


def names_after_cited_in(text: str) -> bool:
    """Does TEXT end with "apud" (or "cited in") and names alone, its sentence cut at their
    full stop ("…, p. 45 apud ALONSO, Angela." + "Flores, votos e balas …")? The next
    sentence is then that source's title, as after names that open a citation."""
    if not CITED_IN_RE.possible(text):
        return False  # the cheap test first: most sentences cite through no other source
    found = list(CITED_IN_RE.finditer(text))
    return bool(found) and namecues.name_only(text[found[-1].end() :].strip())
