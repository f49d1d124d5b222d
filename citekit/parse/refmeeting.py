"""A reference-list entry for a talk given at a meeting, with no proceedings:

    Allaire, Jeremy. ‘Instant, Free and Secure’, *Bitfin Conference*, Dublin, 3-4 July 2014.
    Crawford, Kate. ‘The Uses and Abuses of Big Data’, *Transmediale Conference*, Berlin,
    29 January - 2 February 2014.

After a quoted title, the meeting's name (a conference word: lexicons/conference_words), the
place and the days it met: an unpublished talk, the place its address. The days are no pages
and no publisher. A meeting whose papers were printed is named as their proceedings
("*Proceedings of …*") or by its field ("IEEE Conference on Harbour Engineering"), or has
pages or a publisher: those are read as before.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.patterns import MONTHS, YEAR
from citekit.parse.refbookbody import MEETING_RE, PROCEEDINGS_RE

# "3-4 July 2014", "29 January - 2 February 2014", "21 March 2014", "June 2015", "2011"
DAYS = rf"(?:\d{{1,2}}\s*(?:[-–]\s*\d{{1,2}}\s*)?)?(?:(?:{MONTHS})\.?\s*)?"
TALK_RE = deferred.compile(
    rf"^(?P<meeting>\*[^*]{{3,150}}\*|[^,*]{{3,150}}),\s+(?P<place>[A-Z][^,\d*]{{1,40}}"
    rf"(?:,\s+[A-Z][^,\d*]{{1,30}})?),\s+(?:{DAYS}[-–]\s*)?{DAYS},?\s*(?P<year>{YEAR})\.?$",
    re.IGNORECASE,
)
IN_THE_RE = deferred.compile(r"^in\s+(?:the\s+)?", re.IGNORECASE)
# a meeting of a field, named by its subject: "Conference on …", "Congress of …"
TOPIC_RE = deferred.compile(MEETING_RE.pattern + r"\s+(?:on|of|for)\s", re.IGNORECASE)


def talk(rest: str, fields: dict[str, str]) -> str | None:
    """ "unpublished" with the meeting's place and year in FIELDS, where REST (after a quoted
    title, its links taken) names a meeting, a place and days; None otherwise."""
    found = TALK_RE.match(rest)
    if found is None:
        return None
    meeting = found.group("meeting").strip("* ")
    named = IN_THE_RE.sub("", meeting)  # "in the Proceedings of …": the papers' book
    if not MEETING_RE.search(meeting) or PROCEEDINGS_RE.match(named):
        return None  # "*Proceedings of …*", "*Conference on …*": the papers' book
    if TOPIC_RE.search(meeting):
        return None  # "IEEE Conference on Harbour Engineering": a field's, its papers printed
    fields.update(howpublished=meeting, address=found.group("place"), year=found.group("year"))
    return "unpublished"
