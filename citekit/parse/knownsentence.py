"""A stretch of a note that is nothing but a known work's short form, in a note the first
reading found no citation in: "Psychology of Religion, p. 385. Compare, also, pp. 137–144",
"See n. 20 above, and Weiner, 27-30.", "See below, 131–5, and Tawney and Power, i. 160."

The first reading takes such a note as commentary. Read sentence by sentence, a sentence that
is a title (or the opening of a title, two words at least) of a work the document cites, then
only a pinpoint, is that work's short form; and where the family names of authors the document
cites in full, then a comma and only a pinpoint, close a sentence, they are their work's short
form, whatever prose leads up to them.
"""

from __future__ import annotations

from citekit.parse import names, uregex
from citekit.parse.cutpoints import Piece, pieces, trim
from citekit.parse.known import FAMILY_WORD_RE, KnownTitles
from citekit.parse.shortforms import PINPOINT_RE

# a capitalised title (italics kept), a comma, then the rest: its pinpoint
TITLE_COMMA_RE = uregex.compile(r"(?P<title>\*?[A-Z][^,;:()*]{1,80}\*?),\s*(?P<pin>.+)")
NAMES_MOST = 4  # "Tawney and Power": the names of a short form, not a clause of prose


def known_stretches(text: str, known: KnownTitles, titled: KnownTitles) -> list[Piece]:
    """The stretches of TEXT (each within one sentence) that are a KNOWN work's short form
    with a pinpoint: its title among the TITLED works, or its authors among the known."""
    if known.empty() and titled.empty():
        return []
    out = []
    for piece, _ in pieces(text):
        span = piece.text(text)
        if _title_with_pinpoint(span, known, titled):
            out.append(piece)
        elif (at := _known_names_at_end(span, known)) is not None:
            out.append(trim(text, piece.start + at, piece.end))
    return out


def _title_with_pinpoint(span: str, known: KnownTitles, titled: KnownTitles) -> bool:
    found = TITLE_COMMA_RE.fullmatch(span.strip())
    if found is None or not PINPOINT_RE.fullmatch(found.group("pin").strip(" .")):
        return False
    return titled.opens_title(found.group("title")) or known.cites(span)


def _known_names_at_end(span: str, known: KnownTitles) -> int | None:
    """Where the known authors' names that close SPAN before its pinpoint begin ("…, and
    Tawney and Power, i. 160"), or None: every name's family name must be known."""
    head, comma, pin = span.rpartition(",")
    if not comma or not PINPOINT_RE.fullmatch(pin.strip(" .")):
        return None
    for match in FAMILY_WORD_RE.finditer(head):
        if not known.knows_family(match.group()):
            continue
        people = head[match.start() :].strip()
        found = names.split_names(people)
        if len(people.split()) <= NAMES_MOST and found and _all_known(found, known):
            return match.start()
    return None


def _all_known(people: list[str], known: KnownTitles) -> bool:
    return all(known.knows_family(names.family(person)) for person in people)
