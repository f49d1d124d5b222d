"""A letter's heading: "Darwin to Hooker, 23 July 1858", "W. F. R. Weldon to Karl Pearson,
November 16, 1901". Historians of science, literary scholars and biographers cite a letter by
its writer, recipient and date, then where it is: the edition that prints it ("…, 23 July 1858,
*Correspondence*, 7:133"; "Vincent to Theo van Gogh, Arles, 1 May 1888, in *Letters*, vol. 4,
letter 602") or the papers that hold it ("…, May 8, 1900, William Bateson Papers, …"). A later
note cites the same letter by its heading alone ("Weldon to Pearson, November 16, 1901"): the
writer's and recipient's family names and the date say which letter, and so which work.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.patterns import MONTHS

# a person: capitalised words, initials, particles ("J. D. Hooker", "Theo van Gogh")
_PERSON = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|von|de|der|du|la|le)){0,5}"
# the date: "23 July 1858", "9 or 10 September 1888", "[18] June [1858]", "July 23, 1858"
_DAY = r"\[?\d{1,2}\]?(?:\s+or\s+\d{1,2})?"
_DATE = rf"(?:{_DAY}\s+(?i:{MONTHS})\s+\[?\d{{4}}\]?|(?i:{MONTHS})\s+{_DAY},\s+\[?\d{{4}}\]?)"
# the heading: writer, recipient, the place it was written at, the date
LETTER_HEADING_RE = uregex.compile(
    rf"(?P<writer>{_PERSON})\s+to\s+(?P<recipient>{_PERSON}),\s+"
    rf"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?(?P<date>{_DATE})"
)
LETTER_HEAD_RE = uregex.compile(LETTER_HEADING_RE.pattern + r",\s+(?:in\s+)?")
DATE_WORD_RE = re.compile(r"\d+|[^\W\d_]{3}")


def after_letter_head(text: str) -> str | None:
    """What follows the letter's heading that opens TEXT, or None when none opens it."""
    found = LETTER_HEAD_RE.match(text)
    return text[found.end() :] if found else None


def letter_key(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """Which letter the heading that opens TEXT names: the writer's and recipient's family
    names (their last words) and the date's day, month and year, folded; None without one."""
    found = LETTER_HEADING_RE.match(text)
    if found is None:
        return None
    families = (found.group(g).split()[-1].casefold() for g in ("writer", "recipient"))
    date = tuple(sorted(w.casefold() for w in DATE_WORD_RE.findall(found.group("date"))))
    return (*families, date)


def is_letter_heading(text: str) -> bool:
    """Is TEXT a letter's heading and nothing more ("Weldon to Pearson, November 16, 1901")?"""
    found = LETTER_HEADING_RE.match(text)
    return found is not None and not text[found.end() :].strip(" .")
