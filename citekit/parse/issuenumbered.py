"""A newspaper's issue by its number and day, as German notes cite one (no article named):

    Vossische Zeitung, Nr. 487 vom 14. Oktober 1923, Morgenausgabe, S. 1
    *Vossische Zeitung*, Nr. 151 vom 31.3.1930

"Nr. N vom <day>" after the paper's name is an issue, never a book's part: the entry is an
article without a title, the paper its journal, the issue's number its number; an edition
("Morgenausgabe", "Abendblatt") names which printing of that day, the page is the locator.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.elements import Parsed
from citekit.parse.patterns import YEAR

NUMBERED_ISSUE_RE = uregex.compile(
    rf"""^\*?(?P<journal>[A-ZÄÖÜ][^,*;:()]{{1,80}}?)\*?,\s+
        (?:Nr\.|Nummer)\s*(?P<number>\d{{1,5}}[a-z]?)\s+(?:vom|v\.)\s+
        (?:\d{{1,2}}\.\s?(?:\d{{1,2}}\.|[A-ZÄÖÜ][a-zä]+)\s?)?(?P<year>{YEAR})  # "31.3.1930"
        (?:,\s+(?P<edition>[A-ZÄÖÜ][a-zäöüß]*(?:ausgabe|blatt)))?  # "Morgenausgabe", "Abendblatt"
        (?:,\s+(?P<pages>S\.\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*f{{1,2}}\.)?))?\.?$""",
    re.VERBOSE,
)


def numbered_issue(work: str) -> Parsed | None:
    """WORK read as a newspaper's numbered issue of a given day, or None."""
    if "Nr" not in work and "Nummer" not in work:
        return None  # the cheap test first
    found = NUMBERED_ISSUE_RE.match(work.strip())
    if found is None:
        return None
    fields = {
        "journal": found.group("journal").strip(),
        "number": found.group("number"),
        "year": found.group("year"),
    }
    return Parsed("article", fields, found.group("pages"))
