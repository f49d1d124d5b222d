"""Author-date short forms whose family names are written in capitals, as ABNT (NBR 10520)
and other Brazilian, French and Spanish habits write them in notes: "ORLANDI, 2015, p. 26",
"FIORIN; BARROS, 2001, p. 45", "LE GOFF, 1977, p. 9". citekit.parse.shortforms reads no capital
name before a year, since a publisher's siglum and a year also end an imprint ("Warszawa: PWN,
1975, s. 143", "Paris, CNRS, 1992, p. 170") and the splitter must not cut there; this module is
asked only of a span already cut, to tell its kind and fields. A family name here has a vowel
and is no roman numeral ("PWN", "CNRS", "LXIII" are not names), and a labelled page follows
the year: "UNESCO, 2005" alone may still be an imprint's end.
"""

from __future__ import annotations

import re

from citekit.parse import uregex

FAMILY = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)*"  # "LE GOFF", "ORLANDI"
CAPITALS_DATE_RE = uregex.compile(
    rf"""(?P<names>{FAMILY}(?:\s*;\s*{FAMILY})*)(?:\s+et\s+al\.?)?  # "FIORIN; BARROS", "et al."
        ,\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?  # ", 2015", ", 2015a"
        ,\s+(?P<pinpoint>(?:pp?|fls?|S|s)\.\s?\d+(?:\s?[-–]\s?\d+)?)""",  # ", p. 26", ", p. 26-7"
    re.VERBOSE,
)
VOWEL_RE = uregex.compile(r"[AEIOUYÀ-ÖØ-Ý]")
ROMAN_RE = re.compile(r"[IVXLCDM]+")


def capitals_author_date(text: str) -> tuple[str, str, str] | None:
    """The names (joined by " and "), year and page of TEXT when it is an author-date
    short form with family names in capitals and nothing else; None otherwise."""
    found = CAPITALS_DATE_RE.fullmatch(text.strip().rstrip("."))
    if found is None:
        return None
    families = [n.strip() for n in found.group("names").split(";")]
    if not all(VOWEL_RE.search(n) and not ROMAN_RE.fullmatch(n) for n in families):
        return None  # "CNRS, 1992, p. 170": a publisher's siglum ends an imprint
    return " and ".join(families), found.group("year"), found.group("pinpoint")
