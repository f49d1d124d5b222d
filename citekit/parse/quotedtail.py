"""A quotation the author adds after a citation's pinpoint, kept out of the citation's reading.

Scholars in the humanities quote the passage they cite inside the note, after its pinpoint:
"Weiss, *Harbour Towns*, 52: “The quays were …”", "… (Leiden, 1650), bk. 7, p. 549: “…”",
"…, 6 (emphasis added): “…”", "…, 50, on Mt 1:16: “…”", "…, 5 (“…”)". The quotation is part of the
citation's text (it follows the pinpoint, as citeproc's suffix does), but not of its fields:
read whole, its opening quotation mark looks like a quoted article title, and in plain text,
where no italics mark the real title, the quotation becomes the title and the pinpoint is
lost. `head_end` says where the citation proper ends, so that only that part is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import memo, uregex

OPENING_QUOTES = '“"‘«„'
CLOSING_QUOTES = '”"’»“'
# the joint between pinpoint and quotation: an aside in brackets ("(emphasis added)"), a
# short phrase saying what the passage is about (", on Lk 2:5", ", quoting Augustine"), then
# ":" or "," and the opening quotation mark
JOINT_RE = uregex.compile(
    r"(?P<aside>\s*\([^()“”\"«»]{1,60}\))?"
    r"(?:,\s+(?:on|in|of|about|quoting|citing|discussing|regarding|translating)\s"
    r"[^“”\"‘’«»()]{1,40}?)?"
    r"(?:\s*[:,]\s+|\.?\s+\()"  # (the quotation mark follows; "…, 5 (“…”)": a translation)
)
# a pinpoint's last figure just before the joint: "52", "6–7", "126C", "f. 1b", "xii"
PINPOINT_END_RE = uregex.compile(r"(?:\d[A-Za-z]?|(?<![A-Za-z])[ivxlc]+\.?)$")
# a dictionary's headword as the pinpoint: "s. v. sordo", "s.v. *Trent, Council of*"
SUB_VERBO_RE = uregex.compile(r"\bs\.\s?v\.\s+\*?[\w’'-]+(?:,?\s[\w’'-]+){0,3}\*?$")


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the splitter and the reader ask of each span
def head_end(text: str) -> int | None:
    """Where the citation proper ends in TEXT, if a quotation after its pinpoint closes it:
    "Kircher, *Musurgia*, 552: “Cum harmonia …”" -> 30 (just after "552")."""
    if not any(q in text for q in OPENING_QUOTES):  # the cheap test: most notes quote nothing
        return None
    closed = text.rstrip(" .;")
    if not closed or not (closed[-1] in CLOSING_QUOTES or _left_open(closed)):
        return None  # the quotation must close the citation, or it is no appended quotation
    for quote in re.finditer(f"[{OPENING_QUOTES}]", text):
        joint = _joint_before(text, quote.start())
        if joint is not None:
            return joint
    return None


def _left_open(text: str) -> bool:
    """Does TEXT end inside a quotation ("…, 882: “Hoc est … noluerunt", cut at the full stop
    before the closing mark)?"""
    return max(map(text.rfind, OPENING_QUOTES.replace('"', ""))) > max(
        map(text.rfind, CLOSING_QUOTES.replace('"', "").replace("“", ""))
    )


def _joint_before(text: str, quote: int) -> int | None:
    """The end of the pinpoint that the joint before the quotation mark at QUOTE follows
    (the farthest one: "…, 669, on Lk 2:5: “…”" ends at "669", not at "2:5")."""
    before = text[:quote]
    if not (before.endswith(" (") or before.rstrip().endswith((":", ","))):
        return None  # every joint ends with ":" or "," and a space, or " (": none ends here
    for start in range(max(quote - 110, 0), quote):
        if not (text[start].isalnum() or text[start] in ".*"):
            continue
        joint = JOINT_RE.fullmatch(text, start + 1, quote)
        if joint and _pinpoint_ends(text, start + 1):
            return start + 1
    return None


def _pinpoint_ends(text: str, end: int) -> bool:
    """Does a pinpoint (a figure, or a headword after "s. v.") end at END?"""
    return bool(
        PINPOINT_END_RE.search(text, max(end - 8, 0), end)
        or SUB_VERBO_RE.search(text, max(end - 60, 0), end)
    )


def head(text: str) -> str:
    """TEXT without the quotation that follows its pinpoint (TEXT itself if none does)."""
    end = head_end(text)
    return text if end is None else text[:end]
