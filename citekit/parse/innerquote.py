"""A title quoted inside a title that nothing else marks: plain-text notes write a book about
a play as `Doran, The Text of "King Lear" (Stanford, 1931)` or `Urkowitz, Shakespeare's
Revision of "King Lear" (…)`, where the quoted words are not an article's title."""

from __future__ import annotations

import re

# the opening quote follows a title's own connecting word ("… of", "… on"), not the comma
# after an author's name, nor prose ("see", "in") before a title of its own
CONNECTOR_BEFORE_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+)*\s+(?:of|on)\s$")
# an article's quoted title closes with its own comma or stop ("Title,"); an inner title
# closes bare, before the imprint, "and", a colon or the title's next word
BARE_CLOSE_RE = re.compile(r"[^,.;:!?]$")
WINDOW = 60  # how far back the title's words are looked for


def inside_title(text: str, match: re.Match[str]) -> bool:
    """Is the quoted span MATCH of TEXT part of a longer, unmarked title?"""
    start = match.start()
    if start < 4 or text[start - 1] != " " or text[start - 3 : start - 1] not in ("of", "on"):
        return False  # (the cheap test first)
    body = next(g for g in match.groups() if g is not None)
    if not BARE_CLOSE_RE.search(body.rstrip()):
        return False
    before = text[max(0, start - WINDOW) : start]
    segment = re.split(r"[,;:(]", before)[-1].lstrip()
    return bool(CONNECTOR_BEFORE_RE.fullmatch(segment))
