"""The mark a note prints where its source has no page to cite: "o. S.", "s. p.", "n. pag."

A note ending "…, 2001, o. S." ends on a page label ("S.") but has lost no page number: the
mark says the source is unpaginated (a web page, a manifesto). The truncation check and the
pinpoint reader both ask this module, so they agree.
"""

from __future__ import annotations

import re

from citekit import lexicons


def _mark_pattern(mark: str) -> str:
    """ "o. S." -> "o\\.\\s*S\\.": its parts any spaces apart, none needed."""
    return r"\s*".join(re.escape(part) for part in mark.split())


MARKS = "|".join(
    _mark_pattern(m) for m in sorted(lexicons.words("no_page_marks"), key=len, reverse=True)
)
# the mark at the very end (no_page_end checks that a space, comma or bracket stands before it)
NO_PAGE_END_RE = re.compile(rf"(?P<mark>{MARKS})\s*\)?\s*$")
TAIL = 12  # characters: the longest mark with its spaces


def no_page_end(text: str) -> str | None:
    """The no-page mark TEXT ends with ("o. S."), or None."""
    start = max(len(text) - TAIL, 0)
    found = NO_PAGE_END_RE.search(text, start)
    if found is None or (found.start() > 0 and text[found.start() - 1] not in " \t\n,;("):
        return None  # "Ohio. S." cut inside a word at the window's edge
    return found.group("mark")
