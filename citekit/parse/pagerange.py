"""A work's page range as the .bib holds it: whole numbers at both ends.

Note styles print "143–54" or "1375–409" (Chicago, MHRA); the .bib keeps "143–154", since
biblatex styles compress a range again as they choose and BibTeX styles print what they get.
"""

from __future__ import annotations

import re

DASHES_RE = re.compile(r"\s*[–-]+\s*")
SHORT_RANGE_RE = re.compile(r"(?P<first>\d+)–(?P<last>\d+)")


def full_pages(pages: str) -> str:
    """ "301--41" -> "301–341": a range whose end drops the leading digits it shares."""
    pages = DASHES_RE.sub("–", pages)
    match = SHORT_RANGE_RE.fullmatch(pages)
    if not match:
        return pages
    first, last = match.group("first"), match.group("last")
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{first}–{last}" if int(last) > int(first) else pages
