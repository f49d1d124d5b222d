"""Where a citation of a work the document cites in full begins, when the lead-in before it
hid its names: "for a contrasting reading, see Young, Ways of Reading Scripture", "…, para
una lectura distinta, MUSSET, Between Science Fiction …". The known titles are the evidence
that plain-text words are a family name and a title.
"""

from __future__ import annotations

import re

from citekit.parse.known import KnownTitles
from citekit.parse.prosestart import NAME_START_RE, cites


def known_start(span: str, start: int, known: KnownTitles) -> int:
    """Where a citation of a known work begins when the lead-in hid it ("for a contrasting
    reading, see Young, Ways of Reading Scripture"); else START."""
    if known.empty():
        return start
    if cites(span[start:], ()):
        return _known_name_before(span, start, known)
    for match in NAME_START_RE.finditer(span, start):
        if known.cites(span[match.start() :]):
            return _first_name(span, start, match.start(), known)
    return start


# a family name and its comma just before a plain title: "…, para una lectura distinta, |MUSSET, |…"
NAME_COMMA_BEFORE_RE = re.compile(r"(?<![\w.])[^\W\d_][\w'’-]+,\s+$")


def _known_name_before(span: str, start: int, known: KnownTitles) -> int:
    """START, or where the family name before it opens the citation: the lead-in swallowed
    "MUSSET, " of "MUSSET, Between Science Fiction …", a short form of MUSSET's work."""
    name = NAME_COMMA_BEFORE_RE.search(span, 0, start)
    if name is None or not known.cites(span[name.start() :]):
        return start
    return name.start()


def _first_name(span: str, start: int, found: int, known: KnownTitles) -> int:
    """FOUND, or START where the words between are more of the same names ("Klingner and
    Lühr, Forschungsdesign 4.0": the citation opens with the first name, not the last)."""
    head = span[start:found]
    if "," not in head and head[:1].isupper() and known.cites(span[start:]):
        return start
    return found
