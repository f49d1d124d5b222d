"""A title the commentary gives to the author just cited by a possessive pronoun: "M. H.
Abrams, *Natural Supernaturalism* (…); see also his ‘Structure and Style …’, in *From
Sensibility to Romanticism*, ed. by …". The pronoun is no part of the citation, and the
author is the one of the citation before it in the note (not the book's editors).
"""

from __future__ import annotations

from citekit import lexicons

PRONOUNS = lexicons.words("possessive_pronouns")
TITLE_MARKS = frozenset("*_“\"‘'«„")


def pronoun_end(text: str) -> int:
    """Where the citation proper opens after a possessive pronoun ("his ‘Title’": 4); 0 where
    TEXT does not open with one and a title mark straight after it."""
    word, space, rest = text.partition(" ")
    if space and rest[:1] in TITLE_MARKS and word.casefold() in PRONOUNS:
        return len(word) + 1
    return 0
