"""Works that are no books though their notes print them as one: films, music videos,
photographs, plays, software, broadcasts. Zotero's Chicago notes name the medium right after
the italic title ("*Sugar Water*, Music video (Warner Music, 1996)"); such a work is `misc`.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.elements import Parsed

# an italic title, its comma, then a medium word (lexicons/media_words): "*X*, Photograph"
MEDIUM_AFTER_TITLE_RE = re.compile(
    rf"\*[^*]+\*,\s+(?:{lexicons.alternation(lexicons.words('media_words'))})\b", re.IGNORECASE
)


# a performance's conductor: "…, Monteverdi Choir, cond. John Eliot Gardiner (Archiv, 1989)"
CONDUCTOR_RE = re.compile(r"\b(?:cond\.|conducted\s+by)\s+[A-Z]")


def names_medium(text: str) -> bool:
    """Does TEXT name a medium right after an italic title ("*The Stairs*, Photograph"), or a
    conductor, as a recording does?"""
    if "cond" in text and CONDUCTOR_RE.search(text):
        return True
    return "*" in text and MEDIUM_AFTER_TITLE_RE.search(text) is not None


def as_medium(parsed: Parsed, text: str) -> Parsed:
    """PARSED as `misc` where TEXT names a medium right after the work's italic title."""
    if parsed.entry_type not in ("book", "online") or not names_medium(text):
        return parsed
    return Parsed("misc", parsed.fields, parsed.locator)
