"""A bare number after a citation's date bracket: the pinpoint, where the document says so.

Some note styles print the pinpoint bare after the bracket that closes a work's date or
imprint, whatever the work: "Vogel, Die geschenkte Zeit (Basel 1991) 260–270", "Gans, Die
Grabungen, Istanbuler Mitteilungen 41 (1991) 140", "Debiais, Urkunden, In: X (Hg.) (Berlin
2019) 88" (Vienna's history institute, Oxford's law notes for books). Others print an
article's or chapter's own pages in that place ("NeuroImage 52 (2010) 1175–1180") and set
the pinpoint off after them ("… 363–380, aldaar 366"), and physics lists print an article's
first page there ("C 74 (2014) 2762"). One citation cannot tell which; the document can:
citations whose grammar read the bare number after the bracket as their pinpoint (books',
mostly) show the habit, and a part whose own range and a pinpoint stand after the bracket
shows the other. Where the habit is shown and
never contradicted, the number a part's grammar took for its pages is its pinpoint.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from citekit.model import Citation, Kind
from citekit.parse import uregex
from citekit.parse.patterns import YEAR

LEAST_PINPOINTS = 2  # citations with a bare pinpoint after the bracket: a habit, not a slip
# "45", "45–47", "146, 172": the numbers after the bracket
NUMBERS = r"\d{1,5}(?:\s*[–-]\s*\d{1,5})?(?:,\s*\d{1,5}(?:\s*[–-]\s*\d{1,5})?)*"
# a link or DOI may close the citation after the pinpoint: "…, doi:10.4000/acrh.7972",
# "…, online unter <http://…>"
LINK_TAIL = r"(?:,\s*(?:doi:\s*\S+|[^,<>]{0,30}<?(?:https?://|www\.)\S+))?"
# the bracket that closes a date or imprint, then bare numbers: "(Basel 1991) 260–270",
# "41 (1991) 140", "(PhD thesis 2009) 146, 172", "(blog 30.06.2008) 211, online unter <…>"
AFTER_BRACKET_RE = uregex.compile(rf"(?<=\d)\)\s+(?P<numbers>{NUMBERS}){LINK_TAIL}\s*\.?$")
# the bracket closing with the year itself: "(Paris 2019)", "(1991)", "(11.1957)"
YEAR_BRACKET_RE = uregex.compile(rf"\b{YEAR}\)\s+\d")
DIGITS_RE = re.compile(r"\d+")


def _after_bracket(citation: Citation) -> str | None:
    """The bare numbers after CITATION's date bracket, if its text ends with them."""
    if not YEAR_BRACKET_RE.search(citation.text):
        return None
    found = AFTER_BRACKET_RE.search(citation.text)
    return found.group("numbers") if found else None


def _bare_pinpoint(citation: Citation) -> bool:
    """ "(Basel 1991) 260–270": a citation (a book's, most often) whose grammar read the
    number after its bracket as its locator."""
    if not citation.locator:
        return False
    numbers = _after_bracket(citation)
    return numbers is not None and DIGITS_RE.findall(numbers) == DIGITS_RE.findall(citation.locator)


def _own_pages_then_pinpoint(citation: Citation) -> bool:
    """ "(2017) 363–380, aldaar 366": a part's own range after the bracket, then a pinpoint."""
    pages = citation.fields.get("pages")
    if not pages or not citation.locator:
        return False
    first = DIGITS_RE.match(pages.lstrip())
    return first is not None and re.search(rf"\)\s+{first.group()}\b", citation.text) is not None


def shows_habit(cited: Sequence[tuple[Citation, ...]]) -> bool:
    """Does the document print bare pinpoints after the date bracket, and never a part's own
    pages there before a pinpoint?"""
    full = [c for note in cited for c in note if c.kind is Kind.FULL]
    if any(_own_pages_then_pinpoint(c) for c in full):
        return False
    return sum(_bare_pinpoint(c) for c in full) >= LEAST_PINPOINTS


def _as_pinpoint(citation: Citation) -> Citation:
    """CITATION with the number after its bracket made its locator: the pages its grammar
    read there, or a number its grammar left unread (a thesis's, a blog post's)."""
    if citation.kind is not Kind.FULL or citation.locator:
        return citation
    numbers = _after_bracket(citation)
    if numbers is None:
        return citation
    first = DIGITS_RE.findall(numbers)[:1]
    pages = citation.fields.get("pages")
    if pages and DIGITS_RE.findall(pages)[:1] != first:
        return citation
    if not pages and any(DIGITS_RE.findall(v)[:1] == first for v in citation.fields.values()):
        return citation  # read as some other number (a volume, a year)
    fields = {k: v for k, v in citation.fields.items() if k != "pages"}
    return replace(citation, locator=numbers, fields=fields)


def pinpoints_after_brackets(
    cited: Sequence[tuple[Citation, ...]],
) -> list[tuple[Citation, ...]]:
    """CITED, the numbers after date brackets read as pinpoints where the document's habit is
    to print them there."""
    if not shows_habit(cited):
        return list(cited)
    return [tuple(_as_pinpoint(c) for c in note) for note in cited]
