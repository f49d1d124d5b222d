"""A paper printed in parts, its parts listed with semicolons: "…, *Journal*, Pt. I, 1861,
21:161-175; Pt. III, 1862, 23:12-24". The piece after the semicolon names only another part
and where it was printed (lexicons/serial_part_labels.txt): it carries on the one citation,
not a new one.
"""

from __future__ import annotations

import re

from citekit import lexicons

_LABEL = lexicons.alternation(lexicons.words("serial_part_labels"))
_NUMBER = r"(?:[IVXLC]{1,6}|[ivxlc]{1,6}|\d{1,3})"
# a part named in the citation before: "Pt. I of the paper", "Part 2,"
PART_RE = re.compile(rf"(?<![\w.]){_LABEL}\s*{_NUMBER}(?![\w])", re.IGNORECASE)
# another part ("Pt. II of the paper," a few small words may say what it is a part of) and
# nothing but where it was printed: years, volume:pages, ranges, "and", "pp."
SEQUEL_RE = re.compile(
    rf"\s*(?P<part>(?i:{_LABEL})\s*{_NUMBER})(?![\w])(?:\s+[a-z]+){{0,4}}(?=,)"
    r"(?:[\s,.:()\d–-]|\band\b|\bpp?\.)*$"
)


def part_sequel(prev: str, cur: str) -> bool:
    """Is CUR (after a semicolon) another part of the paper PREV cites by its parts?"""
    sequel = SEQUEL_RE.match(cur)
    return (
        sequel is not None
        and re.search(r"\d{2}", cur[sequel.end("part") :]) is not None  # a year or a volume
        and PART_RE.search(prev) is not None
    )
