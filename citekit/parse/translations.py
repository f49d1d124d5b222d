"""A translation named in brackets after the work it translates: a citation of its own.

"Bartolomé Bennassar, *L'Inquisition espagnole*, París, Hachette, 1979, pp. 105–141 (trad.
esp.: *Inquisición española: poder político y control social*, Barcelona, Crítica, 1981)" cites
two editions: the original, then its translation, which has its own title, imprint and year.
The bracket is cut out as a second citation by the same author.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.cutpoints import Piece
from citekit.parse.patterns import YEAR_WORD_RE

# " (trad. esp.: *Title*, …)", " (Eng. trans. *Title* …)" closing a piece: the mark
# (lexicons/translation_marks.txt), a language's abbreviation, then the translation's title,
# in emphasis or quotes (or capitalised after a language's abbreviation), up to the bracket
# that closes the piece (round, or square as translators' and editors' additions are: "[trans.
# it. A. Dumas, *Garibaldi*, …, Roma 2003]"); it is dated
TRANSLATION_BRACKET_RE = re.compile(
    r"\s(?:\((?=[^()]*\)\.?$)|\[(?=[^\[\]]*\]\.?$))(?i:"
    + lexicons.alternation(lexicons.words("translation_marks"))
    + r")(?P<language>\s+[a-zà-ü]{2,6}\.)?\s*[:,]?\s+"
    + r"(?P<work>(?P<mark>[*“\"«„])?[A-ZÀ-Ý¿][^()\[\]]{10,}?)[)\]]\.?$"
)


def translation_piece(text: str, piece: Piece) -> tuple[Piece, Piece] | None:
    """PIECE cut into the cited work and the translation its closing bracket names, or None."""
    span = piece.text(text)
    if not span.endswith((")", ").", "]", "].")):
        return None  # the cheap test first: most pieces end otherwise
    found = TRANSLATION_BRACKET_RE.search(span)
    if found is None or found.start() == 0 or not YEAR_WORD_RE.search(found.group("work")):
        return None
    if not (found.group("mark") or found.group("language")):
        return None  # "(trans. Richard Nice, Cambridge, 1984)": the translator, not a title
    work = found.group("work").rstrip()
    start = piece.start + found.start("work")
    return Piece(piece.start, piece.start + found.start()), Piece(start, start + len(work))


def cut_translations(
    text: str, found: list[tuple[Piece, str]], same_author: str
) -> list[tuple[Piece, str]]:
    """FOUND with each piece that ends with a bracketed translation cut in two; the second
    carries SAME_AUTHOR, the prefix that gives it the author of the first."""
    out = []
    for piece, prefix in found:
        cut = translation_piece(text, piece)
        out.extend([(cut[0], prefix), (cut[1], same_author)] if cut else [(piece, prefix)])
    return out
