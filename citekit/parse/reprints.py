"""An imprint that names a second edition beside the one cited: a reprint, a first edition.

"(Oxford, 1952; repr. 1985)" and "(Berkeley, 2000; first publ. London, 1967)" cite the
edition whose place comes first: the part after the semicolon is a note about another
printing. "(1932; repr., New York: Dover, 1999)" is the other way round: a bare year before
the semicolon is the first edition's, and the reprint's place and publisher are the imprint.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred
from citekit.parse.prefilter import guarded

# "; repr.", "; first publ.", "; Nachdr." (lexicons/reprint_words.txt)
REPRINT_RE = deferred.compile(
    rf";\s*{lexicons.alternation(lexicons.words('reprint_words'))}(?!\w)", re.IGNORECASE
)
# "1966 (rééd. Genève, Slatkine Reprints, 1980)": the year of the edition cited, then a bracket
# that opens with a reprint word and names another printing
REPRINT_BRACKET_RE = guarded(
    re.compile(
        rf"(?<=\d)\s*\((?i:{lexicons.alternation(lexicons.words('reprint_words'))})(?!\w)[^()]*\)"
    )
)
LETTERS_RE = deferred.compile(r"[^\W\d_]{2}")  # a place or a publisher, not a year alone
# "1991–2008" at an imprint's end: a work published over several years; the last year may be
# written short, as Oxford and MHRA styles print it: "1964–9", "1810–28"
YEAR_SPAN_RE = deferred.compile(
    r"(?<!\d)(?P<first>1[5-9]\d\d|20\d\d)\s?[–-]\s?(?P<last>1[5-9]\d\d|20\d\d|\d{1,2}(?!\d))\W*$"
)


def cited_imprint(body: str) -> str:
    """BODY without the note on another printing that follows the cited edition's imprint."""
    if ";" not in body:
        return body
    found = REPRINT_RE.search(body)
    if found is None:
        return body
    if LETTERS_RE.search(body[: found.start()]):
        return body[: found.start()]
    return body[found.end() :].lstrip(" ,")  # "1932; repr., New York: Dover, 1999"


def without_other_printing(text: str) -> str:
    """TEXT without the bracket after an imprint's year that notes another printing."""
    return REPRINT_BRACKET_RE.sub("", text) if "(" in text else text


def year_span(body: str) -> tuple[str, int] | None:
    """ "1991–2008" (or "1964–9") and where it starts, when BODY ends with the years over which
    a work appeared, else None."""
    if "–" not in body and "-" not in body:
        return None
    found = YEAR_SPAN_RE.search(body)
    if found is None:
        return None
    first, last = found.group("first"), found.group("last")
    if first[: 4 - len(last)] + last <= first:  # "1964–9" ends in 1969, "1810–28" in 1828
        return None
    return f"{first}–{last}", found.start()  # as printed, as the gold of a document has it
