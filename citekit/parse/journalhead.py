"""An abbreviated journal read as the last of the names: physics' and chemistry's lists name
the journal right after the authors, with no title, and its "J. Opt." looks like an initial
and a family name.

    E. Yablonovitch, J. Opt. Soc. Am. B 10, 283 (1993).
    A. Author, B. Author, J. Phys. Chem. 99, 1234 (1995).
    C. Author, J. Appl. Phys. 82, 1234 (1997).

The "name" is the journal's when its family name is a venue abbreviation (lexicons/
venue_abbreviations: "Opt", "Phys", "Chem") and what follows is another abbreviation or the
volume and pages.
"""

from __future__ import annotations

from dataclasses import replace

from citekit import lexicons
from citekit.parse import deferred
from citekit.parse.refpeople import Head

VENUE_WORDS = lexicons.words("venue_abbreviations")
# the names block's last name as printed: ", J. Opt." (an initial, then an abbreviation)
LAST_NAME_RE = deferred.compile(r",\s+(?P<journal>[A-Z]\.\s?(?P<word>[A-Z][a-z]{1,10})\.)[\s,]*$")
# what follows the journal's first words: another abbreviation ("Soc.", "Am."), or a volume
# and pages ("B 10, 283", "82, 1234")
NEXT_RE = deferred.compile(r"(?P<word>[A-Z][a-z]{0,10})\.|(?:[A-Z]\s)?\d+,\s*[A-Z]?\d+")


def journal_back(head: Head, text: str) -> Head:
    """HEAD with its last "name" given back to the rest when it is a journal's start."""
    if len(head.people) < 2 or head.year or not text.endswith(head.rest):
        return head
    block = text[: len(text) - len(head.rest)]
    if ". " not in block[-12:] and not block.endswith("."):
        return head  # the cheap test: the names end at an abbreviation's period
    last = LAST_NAME_RE.search(block)
    if last is None or last.group("word").casefold() not in VENUE_WORDS:
        return head
    after = NEXT_RE.match(head.rest)
    if after is None or after.group("word") and after.group("word").casefold() not in VENUE_WORDS:
        return head
    rest = f"{last.group('journal')} {head.rest}"
    return replace(head, people=head.people[:-1], rest=rest)
