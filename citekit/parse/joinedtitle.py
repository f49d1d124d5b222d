"""A joining word followed by a title's word: "Historische Grundwissenschaften und die …".

A name group may end at "and" when a second name follows ("Henry B. Wheatley and Peter
Cunningham"); a lower-case word after the joiner ("und die digitale Herausforderung", "and
the Market") opens no name, so the capitalised words before it are a title's (German capitalises
its nouns: "Historische Grundwissenschaften" reads as a given and a family name).
"""

from __future__ import annotations

from citekit import lexicons
from citekit.parse.names import JOINERS

PARTICLES = frozenset(lexicons.words("name_particles"))  # "von", "de", "van": a name goes on


def title_after_joiner(tokens: list[str], at: int) -> bool:
    """Is TOKENS[AT] a joiner ("und", "and") whose next word opens a title, not a second name?"""
    if at + 1 >= len(tokens) or tokens[at].casefold() not in JOINERS:
        return False
    word = tokens[at + 1]
    return (
        word[:1].islower() and word not in JOINERS and word.rstrip(",").casefold() not in PARTICLES
    )


def title_joined_to_colon(tokens: list[str], at: int) -> bool:
    """Is TOKENS[AT] a joiner after which the names read before it stop, a capitalised word
    after it: "Mixed Feelings and Vexed Passions: Exploring …", "Agrarian Change and
    Imperfect Property (red. …)"? A title in plain text, where no italics mark it: a second
    name after the joiner would have been read with the first."""
    if at + 1 >= len(tokens) or tokens[at].casefold() not in JOINERS or at == 0:
        return False
    return tokens[at + 1][:1].isupper() and not tokens[at - 1].endswith(",")
