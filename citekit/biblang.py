"""The language of a work, as the babel name biblatex's `langid` takes: "russian", "french".

Read from the title first (its script, its letters, its function words), then from the note
that cites it; a title of proper names alone ("Kant") says nothing and is left to the note.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from citekit import lexicons

CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
UKRAINIAN_RE = re.compile(r"[іїєґІЇЄҐ]")  # letters Russian does not write
GREEK_RE = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
NON_LATIN_RE = re.compile(r"[\u0370-\u04ff\u1f00-\u1fff]")  # Greek and Cyrillic
WORD_RE = re.compile(r"[^\W\d_]+")
# letters one language (of those we detect) writes and the others do not: weight 2 each
LETTERS = {
    "polish": "łśźżąęń",
    "czech": "řěůťďč",
    "ngerman": "ßäöü",
    "spanish": "ñ¿¡",
    "portuguese": "ãõ",
    "french": "œæëêûîï",
    "italian": "ìò",
}
LETTER_WEIGHT = 2.0


def detect(text: str) -> str | None:
    """The language TEXT is written in, or None when it does not say."""
    if CYRILLIC_RE.search(text):
        return "ukrainian" if UKRAINIAN_RE.search(text) else "russian"
    if GREEK_RE.search(text):
        return "greek"
    scores = _scores(text)
    ranked = scores.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _scores(text: str) -> Counter[str]:
    scores: Counter[str] = Counter()
    lowered = text.lower()
    languages = _languages()
    for word in WORD_RE.findall(lowered):
        if word in languages:  # most words are in no list
            written = languages[word]
            for language in written:
                scores[language] += 1 / len(written)
    for language, letters in LETTERS.items():
        if any(letter in lowered for letter in letters):
            scores[language] += LETTER_WEIGHT
    return scores


@cache
def _languages() -> dict[str, tuple[str, ...]]:
    """word -> the languages that write it."""
    out: dict[str, list[str]] = {}
    for language, *words in lexicons.rows("language_words"):
        for word in words:
            out.setdefault(word, []).append(language)
    return {word: tuple(langs) for word, langs in out.items()}
