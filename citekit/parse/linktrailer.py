"""A link trailer after a semicolon: "Cod. Pal. germ. 848, fol. 124r; Digitalisat:
https://doi.org/10.11588/diglit.2222 (Zugriff: 3.4.2024)" is one work, not two.

A piece made of a link label (citekit/lexicons/link_labels.txt), a link and at most an access
date names no work of its own: it tells where the work before it can be read. Split off, it
would count as a second work of the note and make the next "ibid." ambiguous.
"""

from __future__ import annotations

from citekit import lexicons
from citekit.parse.patterns import ACCESSED_RE, URL_RE
from citekit.parse.pinpoint import end_pinpoint

LINK_LABELS = lexicons.words("link_labels")


def link_trailer(text: str) -> bool:
    """Is TEXT only a labelled link, and perhaps its access date and the pinpoint that the
    Norwegian standard prints after both?"""
    head, colon, rest = text.strip().lstrip("[(").partition(":")  # "[Digitalisiert auf: …]"
    if not colon or head.strip().casefold() not in LINK_LABELS or "/" not in rest:
        return False  # cheap tests before the link's regex
    rest, linked = URL_RE.subn("", rest, count=1)
    if not linked:
        return False  # a bare "doi:10.1080/…" is a link of its own kind, read by the link rules
    rest = rest.strip(" .,")
    accessed = ACCESSED_RE.search(rest)
    if accessed:
        rest = rest[: accessed.start()] + rest[accessed.end() :]
    pinpoint = end_pinpoint(rest) if any(c.isalpha() for c in rest) else None
    if pinpoint:  # "… 2001. DOI: https://doi.org/… s. 399": the work's pinpoint after its link
        rest = rest[: rest.rindex(pinpoint)]
    return not any(c.isalpha() for c in rest)
