"""Words cut at line ends: rejoin "recog-" + "nised", keep "nineteenth-" + "century".

Typesetters hyphenate words and also break lines at the hyphen of a compound; the printed
page looks the same. The document itself is the dictionary: a compound written whole
elsewhere keeps its hyphen, a word written whole elsewhere is rejoined, and with no such
evidence a hyphen stays where both halves are words the document uses on their own
(long enough not to be syllables) or where the second half is capitalised ("Anglo-Saxon").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # words, hyphenated compounds whole
HALF_MIN = 4  # the shortest half taken for a word of its own ("nineteenth" yes, "recog" no)


class Vocabulary:
    """The words and hyphenated compounds a document uses (case-folded).

    Built from its printed lines, leaving out the pieces of words a line break may have cut:
    the first word of a line and the last when the line ends in a hyphen.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        self.words: set[str] = set()
        self.compounds: set[str] = set()
        for line in lines:
            words = WORD_RE.findall(line)[1:]
            if line.endswith("-"):
                words = words[:-1]
            for word in words:
                folded = word.casefold()
                if "-" in folded:
                    self.compounds.add(folded)
                    self.words.update(folded.split("-"))
                else:
                    self.words.add(folded)

    def keeps_hyphen(self, first: str, second: str) -> bool:
        """Is FIRST + "-" + SECOND (a line broken after the hyphen) a compound?

        FIRST is the word before the hyphen, SECOND the word that opens the next line.
        """
        if not first[-1:].isalpha() or not second[:1].isalpha():
            return True  # "1914-" + "18", "p. 98-" + "99": not a hyphenated word
        head, tail = first.casefold(), second.casefold()
        if f"{head}-{tail}" in self.compounds:
            return True
        if head + tail in self.words:
            return False
        if second[0].isupper():
            return True
        return (
            len(head) >= HALF_MIN
            and len(tail) >= HALF_MIN
            and head in self.words
            and tail in self.words
        )


def last_word(text: str) -> str:
    """The word that ends TEXT before its final hyphen ("of the recog-" -> "recog")."""
    match = re.search(r"([^\W_]+)-$", text)
    return match.group(1) if match else ""


def first_word(text: str) -> str:
    """The word that opens TEXT ("nised by all" -> "nised")."""
    match = re.match(r"[^\W_]+", text)
    return match.group() if match else ""
