"""A siglum short form ("GA 3, 28–30", "BKh 9:110") -> the work whose full citation spells the
siglum: the initials of its words ("Beethovens Konversationshefte": BKh) or the parts of a long
compound ("Gesamtausgabe": GA), and, of several, the one in the siglum's volume ("GA 3" is the
volume of the Gesamtausgabe the document cites as "vol. 3").
"""

from __future__ import annotations

import re

from citekit.model import Citation
from citekit.resolvestate import State, Work

CAPITALISED_RE = re.compile(r"[A-ZÀ-Ý][^\W\d_]*")
COMPOUND_LETTERS = 10  # a word this long may hide the siglum's second capital ("Gesamtausgabe")
SPAN_WORDS = 3  # the siglum's letters come from this many words at most


def by_siglum(citation: Citation, state: State) -> list[Work]:
    """The work a siglum citation cites ([] when it is none, or none is spelled)."""
    siglum = citation.fields.get("_siglum")
    if not siglum:
        return []
    spelled = [(w, text) for w, text in _full_texts(state) if spells(siglum, text)]
    volume = citation.fields.get("volume")
    if volume:
        spelled = [(w, text) for w, text in spelled if _in_volume(text, volume)] or spelled
    works = [state.works[w] for w in dict.fromkeys(w for w, _ in spelled) if w in state.works]
    return works[:1]


def _full_texts(state: State) -> list[tuple[str, str]]:
    texts = state.full_texts
    return [*texts.pending, *((work, text) for work, text, *_ in texts.texts)]


def _in_volume(text: str, volume: str) -> bool:
    return (
        re.search(rf"\b(?:vol\.|Vol\.|Bd\.|Band|volume)\s*{re.escape(volume)}\b", text) is not None
    )


def spells(siglum: str, text: str) -> bool:
    """Do a few capitalised words of TEXT spell SIGLUM, its first letter opening the first of
    them, its other capitals opening words or hidden in a long compound?"""
    if siglum[0] not in text:
        return False
    words = CAPITALISED_RE.findall(text)
    for start, word in enumerate(words):
        if word[0] == siglum[0] and _spelled_from(siglum, words[start : start + SPAN_WORDS]):
            return True
    return False


def _spelled_from(siglum: str, words: list[str]) -> bool:
    """SIGLUM's letters in order through WORDS (the first opens WORDS[0]): a capital opens a
    later word or stands inside the same long compound ("GesamtAusgabe"); a small letter
    stands inside the same word ("KrV": "Kritik")."""
    word, at = 0, 0  # the word and the index of the letter matched last
    for wanted in siglum[1:]:
        found = _next_letter(wanted, words, word, at)
        if found is None:
            return False
        word, at = found
    return True


def _next_letter(wanted: str, words: list[str], word: int, at: int) -> tuple[int, int] | None:
    current = words[word]
    inside = current.find(wanted.casefold(), at + 1)
    if inside > 0 and (wanted.islower() or len(current) >= COMPOUND_LETTERS):
        return word, inside
    if wanted.isupper():
        later = next((i for i in range(word + 1, len(words)) if words[i][0] == wanted), None)
        return (later, 0) if later is not None else None
    return None


# a short title that is only capitals: "*PI*", "*NE*", "KrV" is read by by_siglum already
INITIALS_TITLE_RE = re.compile(r"[A-Z]{2,4}")


def by_initials(citation: Citation, state: State) -> list[Work]:
    """The works a short form cites by the initials of its title alone ("*PI* §217" after
    "*Philosophical Investigations*"), where nothing else matched it: those whose title's
    first capitalised words open with the initials, one a word."""
    title = citation.fields.get("title", "").strip("* ")
    if "author" in citation.fields or not INITIALS_TITLE_RE.fullmatch(title):
        return []
    return [
        w for w in state.works.values() if _initials(w.fields.get("title", ""), len(title)) == title
    ]


def _initials(title: str, count: int) -> str:
    """The first letters of the first COUNT capitalised words of TITLE."""
    return "".join(word[0] for word in CAPITALISED_RE.findall(title)[:count])
