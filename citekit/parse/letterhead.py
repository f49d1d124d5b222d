"""A letter's heading before the edition that prints it: "Darwin to Hooker, 23 July 1858,
*Correspondence*, 7:133"; "Vincent to Theo van Gogh, Arles, 1 May 1888, in *Letters*, vol. 4,
letter 602". Historians of science, literary scholars and biographers cite a letter by its
writer, recipient and date, then the edition by a short title once it has been cited in full.
The heading describes the letter; what follows it says whether the edition is cited in full or
by its short form.
"""

from __future__ import annotations

from citekit.parse import uregex
from citekit.parse.patterns import MONTHS

# a person: capitalised words, initials, particles ("J. D. Hooker", "Theo van Gogh")
_PERSON = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|von|de|der|du|la|le)){0,5}"
# the date: "23 July 1858", "9 or 10 September 1888", "[18] June [1858]", "July 23, 1858"
_DAY = r"\[?\d{1,2}\]?(?:\s+or\s+\d{1,2})?"
_DATE = rf"(?:{_DAY}\s+(?i:{MONTHS})\s+\[?\d{{4}}\]?|(?i:{MONTHS})\s+{_DAY},\s+\[?\d{{4}}\]?)"
LETTER_HEAD_RE = uregex.compile(
    rf"{_PERSON}\s+to\s+{_PERSON},\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?{_DATE},\s+(?:in\s+)?"
)


def after_letter_head(text: str) -> str | None:
    """What follows the letter's heading that opens TEXT, or None when none opens it."""
    found = LETTER_HEAD_RE.match(text)
    return text[found.end() :] if found else None
