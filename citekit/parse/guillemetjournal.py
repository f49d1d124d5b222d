"""An article as Italian notes cite it, the journal in guillemets after "in":

    G. Padoan, «Il Virgilio dantesco», in «Comparative Literature», 20 (1968), 2, pp. 142-156
    T. Negash, «La terra», in «Rivista di storia contemporanea», XIII (1984), 1, pp. 42-78

Italian style sets article and journal alike in «», the volume and its year in brackets, then
the issue and the pages; the "in" that would make a chapter of it names the periodical here:
a book is set in italics and has a place and a publisher, never "VOL (YEAR)".
"""

from __future__ import annotations

import re

from citekit.parse import names, pinpoint, uregex
from citekit.parse.elements import Parsed
from citekit.parse.patterns import YEAR

GUILLEMET_ARTICLE_RE = uregex.compile(
    rf"""^(?P<names>[^«»]*?),?\s*«(?P<title>.+?)»,\s+(?:in\s+)?«(?P<journal>[^«»]{{2,150}})»,\s+
        (?:vol\.\s*)?(?P<volume>\d{{1,4}}|[IVXLC]+)\s+\((?P<year>{YEAR})\)
        (?:,\s*(?:n\.\s*|fasc\.\s*)?(?P<number>\d{{1,4}}(?:[-/]\d{{1,4}})?))?
        ,\s*pp?\.\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)(?P<rest>.*)$""",
    re.VERBOSE,
)


def guillemet_article(work: str) -> Parsed | None:
    """WORK read as an article whose journal is in guillemets, or None."""
    if work.count("«") < 2:
        return None  # the cheap test first: two quoted titles
    found = GUILLEMET_ARTICLE_RE.match(work.strip())
    if found is None:
        return None
    fields = {
        key: found.group(key).strip()
        for key in ("title", "journal", "volume", "year", "number", "pages")
        if found.group(key)
    }
    people = " and ".join(names.split_names(found.group("names").strip(" ,")))
    fields.update({"author": people} if people else {})
    locator = (
        pinpoint.end_pinpoint(found.group("rest")) if found.group("rest").strip(" .") else None
    )
    return Parsed("article", fields, locator)
