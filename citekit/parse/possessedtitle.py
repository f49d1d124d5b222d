"""A title led by its author's possessive name: "Carlyle's *Frederick the Great*, vol. iv. p. 134",
"Leland's *Algonquin Legends*", "C.F. Pohl's *J. Haydn*". Older English notes cite so, and prose
that cites does too; the possessive is the author line, not commentary before the title."""

from __future__ import annotations

import re

# up to three given names or initials, the family name, "'s", then at once the title's mark
POSSESSED_TITLE_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+['’]s\s+(?=[*“\"‘«])")


def opens_with_possessor(text: str) -> bool:
    """Does TEXT open with a possessive name right before a marked title?"""
    text = text.lstrip()
    if "s " not in text[:80]:
        return False  # cheap: the possessive's "s" and its space come early or not at all
    return POSSESSED_TITLE_RE.match(text) is not None
