"""A body that signs an entry with its acronym, and an entry dated by a span of years:

    British Standards Institution (BSI). 2005–2008. *BS 8723: Structured Vocabularies …*.
    World Health Organization (WHO). 2020. *Title*. Geneva: WHO.

The acronym in brackets is how the notes cite the body ("BSI 2005"), not a given name: the
author is the body's name. A span of years where the year stands is the entry's year, not
its title.
"""

from __future__ import annotations

from dataclasses import replace

from citekit.parse import deferred
from citekit.parse.patterns import YEAR
from citekit.parse.refnames import Head

# "British Standards Institution (BSI). ": a name of words and its acronym in capitals
ACRONYM_HEAD_RE = deferred.compile(
    r"(?P<name>[^\W\d_][^(),.;:]{2,150}?)\s+\((?P<acronym>[A-Z][A-Z/&-]{1,14})\)\.\s"
)
YEARS_RE = deferred.compile(rf"(?P<years>{YEAR}\s?[–-]\s?{YEAR})\.\s+")  # "2005–2008. "


def corporate_head(text: str, head: Head) -> Head:
    """HEAD with the body named in full when TEXT opens with a name and its acronym, and with
    its span of years read as the year."""
    match = ACRONYM_HEAD_RE.match(text)
    if match is None or len(head.people) != 1:
        return head
    name, acronym = match.group("name").strip(), match.group("acronym")
    if head.people[0].replace(" ", "") != f"{name},{acronym}".replace(" ", ""):
        return head
    head = replace(head, people=(name,))
    years = YEARS_RE.match(head.rest) if head.year is None else None
    if years:
        head = replace(head, year=years.group("years"), rest=head.rest[years.end() :])
    return head
