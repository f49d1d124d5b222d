"""An author-year pointer inside a sentence: "Die bei Schorbach (1888), S. XLVI–LVI,
aufgelisteten Zusatzverse …", "… verweisen u.a. San Marte (1890), S. 288", "… is printed in
Nagel (1988), p. 49". The names right before the bracketed year and the pinpoint after it are
the citation; the words before the names are prose, even where German capitalises them, which
hides the prose from the tests that look for lower-case words.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.patterns import YEAR
from citekit.parse.shortforms import PINPOINT_RE

FAMILY = r"[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?"  # "Schorbach", "Wittmann-Klemm"
# a prose word, then one or two capitalised names (or two joined by "/"), the year in brackets
# and a comma: "bei Schorbach (1888), ", "u.a. San Marte (1890), "
POINTER_RE = uregex.compile(
    rf"""(?<!\S)[a-zß-ÿ][\w.]*\s  # the prose word: "bei", "u.a.", "in"
        (?P<names>{FAMILY}(?:\s{FAMILY}|\s?/\s?{FAMILY})?)
        \s\({YEAR}[a-z]?\),\s+""",
    re.VERBOSE,
)
OPENING_POINTER_RE = uregex.compile(rf"\s*{FAMILY}(?:\s?/\s?{FAMILY})?\s\({YEAR}[a-z]?\)")
# where the pointer's pinpoint may end: the clause's comma or semicolon, a full stop, the end
PINPOINT_END_RE = re.compile(r"\s*(?:[,;]|\.(?:\s|$)|$)")


def year_pointer_in_sentence(text: str) -> int | None:
    """Where an author-year pointer with its pinpoint opens inside TEXT's sentence, after a
    prose word ("bei", "u.a.", "printed in"), or None."""
    if "(" not in text or OPENING_POINTER_RE.match(text):
        return None  # "Bumke (1997), S. 87, und Wolf (2008), …": the first opens the text
    for found in POINTER_RE.finditer(text):
        pinpoint = PINPOINT_RE.match(text, found.end())
        if pinpoint and PINPOINT_END_RE.match(text, pinpoint.end()):
            return _names_start(found)
    return None


def _names_start(found: re.Match[str]) -> int:
    """Where FOUND's names begin: two joined by "/" together ("Rippl/Stolz"), else the family
    name alone. A capitalised word before it may be a German noun ("Zuschreibungen Weingart
    (2012)") as well as a given name ("Ranajit Guha"), and the family name is what a short
    form is told by."""
    start = found.start("names")
    names = found.group("names")
    if " " not in names or "/" in names:
        return start
    return start + names.index(" ") + 1
