"""A periodical's volume cited as a whole, no article named:

    *Berliner allgemeine musikalische Zeitung* 6 (1829): 65–67
    *World's Fair Bulletin* 3 (1901), 41.
    *The Churchman* 81 (1904), ed. George S. Mallory, 38.

An italic title followed at once by a number and a bracketed year is a journal's volume
("*Critical Inquiry* 30 (2004)"): a book's volume is named ("vol. 3") and its year stands in
its imprint. The entry is an article without a title; the pages after it are where the note
points, and the editors named are the periodical's.
"""

from __future__ import annotations

import re

from citekit.parse import names, uregex
from citekit.parse.elements import Parsed
from citekit.parse.patterns import YEAR

PAGES = r"(?:pp?\.\s*)?\d+(?:\s*[-–]+\s*\d+)?(?:,\s*\d+(?:\s*[-–]+\s*\d+)?)*"  # "65–67, 73–75"
ISSUE_ALONE_RE = uregex.compile(
    rf"""^\*(?P<journal>[^*]{{2,120}})\*\s+
        (?P<volume>\d{{1,4}}(?:[-–/]\d{{1,4}})?)(?:\.(?P<number>\d{{1,3}}))?\s+  # "81", "30.2"
        \((?:[^()\d]{{0,20}}\s)?(?P<year>{YEAR})\)  # "(1904)", "(June 2001)"
        (?:,\s+eds?\.\s+(?P<editors>[^,:;]{{3,80}}?))?  # ", ed. George S. Mallory"
        (?:\s*[,:]\s*(?P<pages>{PAGES}))?\.?$""",
    re.VERBOSE,
)


def issue_alone(work: str) -> Parsed | None:
    """WORK read as a periodical's volume cited whole, or None."""
    if not work.startswith("*") or "(" not in work:
        return None  # the cheap test first: an italic title and a bracket
    found = ISSUE_ALONE_RE.match(work.strip())
    if found is None:
        return None
    fields = {"journal": found.group("journal").strip(), "volume": found.group("volume")}
    fields["year"] = found.group("year")
    if found.group("number"):
        fields["number"] = found.group("number")
    if found.group("editors"):
        fields["editor"] = " and ".join(names.split_names(found.group("editors")))
    return Parsed("article", fields, found.group("pages"))
