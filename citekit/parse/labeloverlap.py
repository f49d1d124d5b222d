"""Whether a place the labeller would fill runs over the title the grammar read.

"U.S. National Library of Medicine. National center for biotechnology information, 2015.":
the labeller may read "National Library of Medicine. National center for biotechnology
information" as the publisher, where the grammar has read the same words as the title. A
publisher or place holds no title: such a value is the labeller running on over the
title, not a field the grammar missed (a title may still hold a publisher's name: "The
Oxford Handbook of …", so only the one way round is refused).
"""

from __future__ import annotations

from collections.abc import Mapping

PLACES = frozenset({"publisher", "address", "journal", "booktitle"})
MIN_TITLE_KEY = 8  # "Poems": a short title may be a word of a publisher's name


def runs_over_title(name: str, value: str, fields: Mapping[str, str]) -> bool:
    """Whether VALUE, for the place field NAME, holds the whole of the grammar's title."""
    if name not in PLACES or not fields.get("title"):
        return False
    title = alnum_key(fields["title"])
    return len(title) >= MIN_TITLE_KEY and title in alnum_key(value)


def alnum_key(text: str) -> str:
    """TEXT casefolded, its letters and digits only: how a grammar's value and the
    labeller's are compared, whatever marks and spaces each kept ("Oxford:" is "oxford")."""
    return "".join(c for c in text.casefold() if c.isalnum())
