"""A title run into its periodical with no full stop between them, as text taken from a
PDF often prints a Vancouver entry: "Lymphocyte homing and homeostasis Science 1996;
272:60-66.", "… in chronic pain patients Pain (1992) 49(1):71-75.".

Such a title is in sentence case and the periodical's abbreviated name is not: the name is
the run of capitalised words before the year and numbers ("Aust N Z J Surg"), joined by
"of" or "and" where capitalised words stand on both sides; the title ends at the word in
small letters, or the acronym, before the run ("… childhood", "… Minus-Strand DNA").
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import reftail
from citekit.parse.patterns import YEAR

# a year before a periodical's numbers: "… Science 1996; 272", "… Pain (1992) 49"
YEAR_RE = re.compile(rf"(?<=\s)\(?{YEAR}[;)\s]")
CONNECTORS = frozenset({"of", "and", "&", "for"})  # inside a name: "Journal of Immunology"
CANNOT_END = lexicons.words("connecting_words")  # "the", "of", "in": no title ends so
NEEDED = frozenset({"year", "volume", "pages"})  # the numbers that make the tail sure
MIN_TITLE_WORDS = 2


def split(whole: str) -> tuple[str, str] | None:
    """(title, periodical and numbers) of WHOLE, or None when no such tail closes it."""
    for year in reversed(list(YEAR_RE.finditer(whole))):
        words = whole[: year.start()].split()
        start = _run_start(words)
        if start < MIN_TITLE_WORDS or start == len(words) or not _title_end(words[start - 1]):
            continue
        title = " ".join(words[:start])
        tail = whole[len(title) :].strip()
        found = reftail.periodical(tail)
        if whole.startswith(title) and found and found[1].keys() >= NEEDED:
            return title, tail
    return None


def _run_start(words: list[str]) -> int:
    """Where the run of the periodical's words ends WORDS, counted from the end."""
    start = len(words)
    while start > 0:
        word = words[start - 1]
        last = start == len(words)
        joined = word in CONNECTORS and start >= 2 and _name_word(words[start - 2], last=False)
        if not (_name_word(word, last=last) or joined):
            break
        start -= 1
    return start


def _name_word(word: str, *, last: bool) -> bool:
    """A word of an abbreviated periodical's name: capitalised, never an acronym before
    another word ("DNA J Virol": "DNA" is the title's; "Proc Natl Acad Sci USA" ends so)."""
    if not word[:1].isupper():
        return False
    return last or len(word) < 2 or not word.isupper()


def _title_end(word: str) -> bool:
    """A sentence-case title's last word: in small letters, or an acronym; never a word
    that cannot close a title ("… in the United States Mutation Res": the run took the
    title's own capitals, and where they end is not known)."""
    if word.casefold() in CANNOT_END:
        return False
    return word[:1].islower() or (len(word) > 1 and word.isupper())
