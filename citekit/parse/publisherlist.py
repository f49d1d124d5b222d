"""Publishers listed with semicolons, outside brackets: "…, EHESS; Gallimard; Seuil, 2020, p. 333".

A note is cut at its semicolons, and the last publisher with the year then reads as a source of
its own ("Seuil, 2020"). In brackets the cut is never made; in plain text the shapes say it:
the piece before ends with a bare name after its last comma and gives no year, the piece after
is only names, then the year and at most a pinpoint.
"""

from __future__ import annotations

from citekit.parse import deferred
from citekit.parse.patterns import YEAR_WORD_RE

# "Gallimard; Seuil, 2020, p. 333", "Seuil, 2020": names, the year, a pinpoint at most
PUBLISHERS_YEAR_RE = deferred.compile(
    r"[^\W\d_][^,;:.()\d]{0,40}(?:;\s*[^\W\d_][^,;:.()\d]{0,40})*,\s*(?:1[5-9]|20)\d\d[a-z]?"
    r"(?:,\s*[^;:()]{0,30}?)?\s*(?:;|\.?\s*$)"
)
# "…, EHESS", "…, Presses universitaires": a bare name closes the piece
BARE_NAME_TAIL_RE = deferred.compile(r",\s*[^\W\d_]+(?:[ &'’;-]+[^\W\d_]+){0,5}\s*$")


def publishers_go_on(prev: str, rest: str, separator: str) -> bool:
    """Was PREV cut at a semicolon between two publishers of its imprint, REST (the note from
    the cut on) holding the next publishers and the year?"""
    if separator != ";" or prev.count(",") + prev.count(":") < 2 or "," not in rest[:90]:
        return False  # the cheap tests first: names, title and publisher need two stops
    return (
        PUBLISHERS_YEAR_RE.match(rest) is not None
        and BARE_NAME_TAIL_RE.search(prev) is not None
        and YEAR_WORD_RE.search(prev) is None
    )
