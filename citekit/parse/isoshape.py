"""The shape of an ISO 690 journal article, "FAMILY, Given. Title. *Journal*. Year, …", for the
splitter (which must not cut it at its full stops) and the field parser (iso690.py)."""

from __future__ import annotations

import re

from citekit.parse import uregex

FAMILY = r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*"  # "GARDINER", "LE ROUX", "VAN DER BERG"
GIVEN = r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3}?"  # "J M", "Kelvin", "Marvin P.", "L-G"
# the authors, then the article's title: "CANAL, J., ESPINOSA, C. La memoria …" (search it
# after a lead-in, match it at the start)
HEAD_RE = uregex.compile(
    rf"""(?<![\w.])(?P<names>{FAMILY},\s+{GIVEN}(?:,\s+{FAMILY},\s+{GIVEN})*)
        (?:\s+(?:et\s+al|и\s+др|a\s+kol))?     # "et al.", Russian "и др.", Czech "a kol."
        (?<!\.)\.\s+(?P<title>[^*]*\S)\s*$""",
    re.VERBOSE,
)
# what follows the journal at once: its year, then the numbers (". 1991, т. 17, с. 335")
YEAR_AFTER_RE = re.compile(r"^\.\s*(?:1[5-9]|20)\d\d[a-z]?\s*,\s*\S")


def journal_then_year(text: str) -> bool:
    """Does TEXT open with a journal in italics and at once its year ("*Sturgeon Review*.
    1928, pp. 33–43")?"""
    journal = JOURNAL_RE.match(text)
    return journal is not None and YEAR_AFTER_RE.match(text[journal.end() :]) is not None


JOURNAL_RE = re.compile(r"\*[^*]+\*")  # an italic span, no italics inside


def names_then_title(text: str) -> bool:
    """Does TEXT end with an ISO 690 head, names and a plain title, maybe after a lead-in
    ("Srov. NOVÁK, Jan. Dějiny mostů")?"""
    return HEAD_RE.search(text) is not None
