"""A paper given at a meeting whose proceedings were published: '“Title,” Conference on Human
Factors in Computing Systems (CHI 2004) (Vienna: ACM, April 24-29, 2004)'. The meeting is
named in plain text, with no "in" before it; a place and a publisher in brackets after it
say that it was printed, so the paper is in the meeting's proceedings, not unpublished."""

from __future__ import annotations

import re

from citekit.parse.imprint import parse_imprint

# the meeting's name (its own brackets may follow: "(CHI 2004)"), then the imprint in brackets:
# a place, a colon, a publisher and a year
PUBLISHED_MEETING_RE = re.compile(
    r"^(?P<meeting>[A-Z][^()]*?(?:\s*\([^()]*\))?)\s*\((?P<imprint>[^():]+:[^():]+\d{4})\)$"
)


def published_meeting(rest: str) -> dict[str, str] | None:
    """The booktitle, place, publisher and date of the meeting REST names with an imprint,
    else None."""
    found = PUBLISHED_MEETING_RE.match(rest.strip(" ,."))
    if found is None:
        return None
    imprint = parse_imprint(found.group("imprint"))
    if "publisher" not in imprint:
        return None
    return {"booktitle": found.group("meeting").strip(" ,"), **imprint}
