"""Family names of two words ("Schulte Nordholt", "Mendelssohn Bartholdy"), told by the
document's own short forms.

A full citation writes the name given first ("Henk Schulte Nordholt"), and the parser takes
the last word for the family ("Nordholt, Henk Schulte"). The document says otherwise when its
short forms and op. cits name the person by the last two words ("Schulte Nordholt, op. cit.,
320"): the full citation's name is turned before any work is opened, as citekit.familyfirst
turns a name written family first.
"""

from __future__ import annotations

from citekit import identity
from citekit.familyfirst import renamed
from citekit.model import Citation, Kind

BACK_REFERENCES = (Kind.SHORT, Kind.OP_CIT)


def joined(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """CITATIONS with full citations' names given a two-word family where short forms use
    the last two words of the name as one family."""
    used = {head for c in citations if c.kind in BACK_REFERENCES and (head := _two_words(c.text))}
    if not used:  # (the cheap test first: most documents have no such short form)
        return citations
    return tuple(_join_names(c, used) if c.kind is Kind.FULL else c for c in citations)


def _two_words(text: str) -> str:
    """The folded two capitalised words before a short form's first comma ("Schulte Nordholt,
    op. cit."), or ""."""
    head, comma, _ = text.partition(",")
    words = head.split()
    if not comma or len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return ""
    return identity.fold(head)


def _join_names(citation: Citation, used: set[str]) -> Citation:
    return renamed(citation, lambda name: _two_word_family(name, citation.text, used))


def _two_word_family(name: str, text: str, used: set[str]) -> str:
    """ "Nordholt, Henk Schulte" -> "Schulte Nordholt, Henk" where the text wrote "Henk
    Schulte Nordholt" and a short form names "Schulte Nordholt"."""
    family, _, given = name.partition(", ")
    first, _, last_given = given.rpartition(" ")
    if not first or " " in family or not last_given[:1].isupper() or "." in last_given:
        return name
    compound = f"{last_given} {family}"
    if identity.fold(compound) not in used or f"{given} {family}" not in text:
        return name
    return f"{compound}, {first}"
