"""A book's numbered series between its title and its imprint, in a plain reference entry.

"Chodorow, Stanley. Christian Political Theory … Decretum. Publications of the Center for
Medieval and Renaissance Studies, U.C.L.A., 5. University of California Press, 1972.": in
Markdown the italic title says "book"; in plain text "Name, 5." reads like a journal and
its volume. A journal's issue is not followed by a publisher and a year, though: a name and
a number, then a last sentence that is an imprint, are a series and its number.
"""

from __future__ import annotations

from citekit.parse import deferred

SERIES_IMPRINT_RE = deferred.compile(
    r"^(?P<series>[^\d“”\"]{3,160}?),\s+(?P<number>\d{1,4})\.\s+"  # "Studi e Testi, 71. "
    r"(?P<imprint>(?:[^.:\d]{2,40}:\s)?[^.:\d][^:\d]{1,80}?,\s+(?:1[5-9]|20)\d\d)\.?\s*$"
)


def imprint_after_series(rest: str) -> str | None:
    """The imprint ("University of California Press, 1972") when REST is a numbered series
    and then the imprint alone; None otherwise."""
    if ". " not in rest:
        return None  # the cheap test first: the series' number closes a sentence
    found = SERIES_IMPRINT_RE.match(rest)
    return found.group("imprint") if found else None
