"""A journal's abbreviated words that a title without a stop at its end took from it.

Physics and mathematics lists (IOP's Harvard, AIP's numbered) print the title and the
journal with only a space between them: "1996 Indecomposable fusion products Nucl. Phys. B
477 293-318". The first abbreviation's full stop reads as the title's end, and the journal
loses its first words ("Phys. B"). Where the title ends with venue abbreviations
(lexicons/venue_abbreviations) and the text prints them, with their stops, just before the
journal read, they open the journal again.
"""

from __future__ import annotations

from citekit import lexicons
from citekit.parse.elements import Parsed

VENUE_WORDS = lexicons.words("venue_abbreviations")  # "nucl", "int", "adv", "phys"


def venue_head(parsed: Parsed, text: str) -> Parsed:
    """PARSED with the venue abbreviations closing its title moved to open its journal, where
    TEXT prints them so ("… products Nucl. Phys. B 477")."""
    title, journal = parsed.fields.get("title", ""), parsed.fields.get("journal", "")
    if not title or not journal:
        return parsed
    words = title.split()
    taken = 0
    while taken < len(words) - 1 and _venue_word(words[-1 - taken]):
        taken += 1
    if not taken:
        return parsed
    head = " ".join(w.rstrip(".") + "." for w in words[-taken:])
    if f"{head} {journal}" not in text:
        return parsed  # a title's own last word ("… of Int") or a stop the text does not print
    fields = {**parsed.fields, "title": " ".join(words[:-taken]), "journal": f"{head} {journal}"}
    return Parsed(parsed.entry_type, fields, parsed.locator)


def _venue_word(word: str) -> bool:
    return word[:1].isupper() and word.rstrip(".").casefold() in VENUE_WORDS
