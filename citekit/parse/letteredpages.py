"""A page range whose numbers carry a letter, as the citation prints it.

Journals that number a supplement's, a section's or an online article's pages apart print a
letter before each page: "267:L618–L624" (a physiology journal's lung section), "53,
D1–D11", "12(Suppl):S12–S19", "JINST 3 (2008) S08003", "PLoS ONE 9: e1003235", "2014;25
Suppl 3:iii51–iii56". The readers of the citation's parts take the digits only ("618–624"),
and the page of another article then looks the same as this one's. The range found is looked
up again in the citation's text, and read with the letters it has there: the same letter
before the first page and, if the range has one, before the last (or none there: "S12–19").
A page's own abbreviation ("p12", "pp12") is no letter of the page, and a range also printed
without letters ("Table S5 … p. 5") is read as printed bare.
"""

from __future__ import annotations

import re

RANGE_RE = re.compile(r"(?P<first>\d+)(?:–(?P<last>\d+))?")
# the letters a page number carries: one capital, an "e" (an online article's number), or a
# supplement's small roman numeral; never preceded by a letter, a digit or a point
LETTERS = r"(?<![\w.])(?P<letters>[A-Z]|e|[ivx]{1,4})"


def with_letters(pages: str, text: str) -> str:
    """PAGES ("618–624") as TEXT prints them with their letters ("L618–L624"), else PAGES."""
    found = RANGE_RE.fullmatch(pages)
    if found is None or not _letter_before(text, found["first"]):
        return pages  # the cheap test first: most pages carry no letter
    first, last = found["first"], found["last"]
    end = r"(?:\s*[–-]+\s*(?:(?P=letters))?\d+)" if last else ""
    printed = re.search(rf"{LETTERS}{first}(?!\d){end}", text)
    if printed is None or re.search(
        rf"(?<!\w){first}(?!\d){end.replace('(?P=letters)', '')}", text
    ):
        return pages  # none, or printed bare too ("Table S5 … p. 5"): the digits are the pages
    letters = printed["letters"]
    if last is None:
        return letters + first
    return f"{letters}{first}–{letters}{last}"


LETTER_ENDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZeivx")  # what LETTERS can end with


def _letter_before(text: str, first: str) -> bool:
    """Does a letter LETTERS can end with stand right before FIRST somewhere in TEXT? The
    patterns below are built for each range, so they are compiled only where one may match."""
    at = text.find(first, 1)
    while at != -1:
        if text[at - 1] in LETTER_ENDS:
            return True
        at = text.find(first, at + 1)
    return False
