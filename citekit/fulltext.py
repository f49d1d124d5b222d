"""Short forms found in the words of the full citations, where their parsed fields fail.

In plain text no italics mark a title, so a full citation may be read with a title that
starts too late ("Elizabeth Barrett Browning, Aurora Leigh: Authoritative Text, …" read as
two authors) or with a co-author in it. Its short form "Browning, Aurora Leigh, 209" then
matches no parsed work, though the full citation's own words hold the family name and,
soon after it, the short title: that is the evidence the italics would have given.

Used only for a short form that matched no work by its fields, so a document whose
citations resolve costs nothing here; the index of words is built on the first such miss.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from citekit import identity

NAME_GAP = 8  # words allowed between the family name and the title (given names, "et al.")
HEAD_WORDS = 40  # the names of a full citation come in its opening words
NAME_WORDS = 10  # an op. cit.'s author must be named this early in the full citation
MIN_TITLE_LETTERS = 4  # a one-word short title must be at least this long ("Prayers", not "II")


@dataclass
class FullTexts:
    """The opening words of the works' full citations, indexed by word on first use."""

    texts: list[tuple[str, list[str]]] = field(default_factory=list)  # (work id, folded words)
    pending: list[tuple[str, str]] = field(default_factory=list)  # (work id, text) not yet read
    by_word: dict[str, list[int]] = field(default_factory=dict)  # word -> indexes into texts

    def add(self, work: str, text: str) -> None:
        self.pending.append((work, text))

    def find(self, family: str, title: str) -> list[str]:
        """The works whose full citation has FAMILY and, within a few words after it, the
        words of the short TITLE in order (all folded, as identity.fold folds them)."""
        wanted = identity.fold(title).split()
        if not family or not wanted or len("".join(wanted)) < MIN_TITLE_LETTERS:
            return []
        found = (w for w, words, at in self._named(family) if _title_after(words, at, wanted))
        return list(dict.fromkeys(found))

    def named(self, family: str) -> list[str]:
        """The works whose full citation names FAMILY among its opening words."""
        return list(dict.fromkeys(w for w, _, at in self._named(family) if at <= NAME_WORDS))

    def _named(self, family: str) -> list[tuple[str, list[str], int]]:
        """(work, its words, where FAMILY ends in them) for every time FAMILY is named."""
        parts = family.split()  # "klapisch zuber", "le bras": a family of several words
        if not parts:
            return []
        self._index()
        out = []
        for index in self.by_word.get(parts[0], ()):
            work, words = self.texts[index]
            out.extend(
                (work, words, at + len(parts))
                for at, word in enumerate(words)
                if word == parts[0] and words[at : at + len(parts)] == parts
            )
        return out

    def _index(self) -> None:
        for work, text in self.pending:
            words = identity.fold(text).split()[:HEAD_WORDS]
            position = len(self.texts)
            self.texts.append((work, words))
            for word in set(words):
                self.by_word.setdefault(word, []).append(position)
        self.pending.clear()


def _title_after(words: list[str], end: int, title: list[str]) -> bool:
    """Does the run of TITLE words begin within a few words after END in WORDS?"""
    last = min(end + 1 + NAME_GAP, len(words))
    return any(words[start : start + len(title)] == title for start in range(end, last))
