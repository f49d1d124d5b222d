"""A note that names a page, then gives its address after a link label: "Vgl. Pressemitteilung
Nr. 90/2016 der Universität Konstanz vom 21.11.2016, abrufbar unter https://…", 'Deutschlandfunk
vom 25.01.2017: "Open Access: …". Abrufbar unter http://…'. The words before the label describe
the page the address points to, so the note cites them and the address as one source (the
splitter found no citation of a known shape in it). Prose that only points to a page
("Information available at https://…", "ist abrufbar unter https://…") has no comma or full
stop before its label and stays a bare address.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citekit.parse import deferred
from citekit.parse.cutpoints import Piece
from citekit.parse.patterns import LEAD_IN_RE, URL_RE

# the label after a comma or full stop, right before the address ("…, abrufbar unter",
# "…. Available at:", "…, disponible en")
LABEL_RE = deferred.compile(
    r"[.,;]\s+(?:abrufbar|verfügbar|erhältlich|available|accessible|disponible|consultable)"
    r"(?:\s+online)?\s+(?:unter|via|auf|at|from|en|sur)\s*:?\s*\**$",
    re.IGNORECASE,
)
WORDS_BEFORE_MIN = 2  # "Pressemitteilung Nr. 90/2016": a name, not a lone word
TAIL_RE = deferred.compile(r"[\s.*]*")  # what may follow the address: its full stop


def labelled_address(text: str) -> list[tuple[Piece, str]]:
    """The note as one source (its lead-in words aside) where it is a description, a link
    label and one address; else []."""
    if "http" not in text and "www." not in text:  # the common case, at once
        return []
    found = list(URL_RE.finditer(text))
    if len(found) != 1 or not TAIL_RE.fullmatch(text[found[0].end() :]):
        return []
    head = text[: found[0].start()]
    label = LABEL_RE.search(head)
    if label is None:
        return []
    lead = LEAD_IN_RE.match(head)
    begin = lead.end() if lead else 0
    if len(head[begin : label.start()].split()) < WORDS_BEFORE_MIN:
        return []
    return [(Piece(begin, found[0].end()), head[:begin])]


def linked(text: str, bare: Callable[[str], list[tuple[Piece, str]]]) -> list[tuple[Piece, str]]:
    """The note's labelled address as one source, else what BARE reads in it."""
    return labelled_address(text) or bare(text)
