"""Works that are no books though their notes print them as one: films, music videos,
photographs, plays, software, broadcasts. Zotero's Chicago notes name the medium right after
the italic title ("*Sugar Water*, Music video (Warner Music, 1996)"); such a work is `misc`.
"""

from __future__ import annotations

from citekit.parse.elements import Parsed
from citekit.parse.patterns import CREDIT_RE, MEDIUM_AFTER_TITLE_RE


def names_medium(text: str) -> bool:
    """Does TEXT name a medium right after an italic title ("*The Stairs*, Photograph"), or the
    work's maker, as a film or a recording does ("…, directed by", "…, cond.")?"""
    if CREDIT_RE.search(text):
        return True
    return "*" in text and MEDIUM_AFTER_TITLE_RE.search(text) is not None


def as_medium(parsed: Parsed, text: str) -> Parsed:
    """PARSED as `misc` where TEXT names a medium right after the work's italic title."""
    if parsed.entry_type not in ("book", "online") or not names_medium(text):
        return parsed
    return Parsed("misc", parsed.fields, parsed.locator)
