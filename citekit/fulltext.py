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

import re
from dataclasses import dataclass, field

from citekit import identity

NAME_GAP = 8  # words allowed between the family name and the title (given names, "et al.")
HEAD_WORDS = 40  # the names of a full citation come in its opening words
# where the first name group of a citation ends: a comma, colon, bracket or quote, or the
# full stop of a word of three letters or more ("Lucette Valensi. Juifs …", not "S. Cerutti")
OPENING_END_RE = re.compile(r"[,:;(“\"«„]|(?<=\w{3})\.(?:\s|$)")
WORD_RE = re.compile(r"\w+")
MIN_TITLE_LETTERS = 4  # a one-word short title must be at least this long ("Prayers", not "II")


@dataclass
class FullTexts:
    """The first name groups of the works' full citations, indexed by word on first use."""

    pending: list[tuple[str, str]] = field(default_factory=list)  # (work id, text) not yet read
    # (work id, text, its opening's folded words, the text in small letters)
    texts: list[tuple[str, str, list[str], str]] = field(default_factory=list)
    by_word: dict[str, list[int]] = field(default_factory=dict)  # word -> indexes into texts
    parts: dict[int, list[tuple[str, bool]]] = field(default_factory=dict)  # see _words
    by_family: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)  # _named
    found: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # see find
    with_word: dict[tuple[str, str], list[tuple[str, int, int]]] = field(default_factory=dict)
    # family -> named's answer: every op. cit. of an author without a parsed work asks it
    named_works: dict[str, list[str]] = field(default_factory=dict)

    def add(self, work: str, text: str) -> None:
        self.pending.append((work, text))

    def find(self, family: str, title: str) -> list[str]:
        """The works whose full citation opens with FAMILY and, a few words after it, at the
        start of a part (after a comma, full stop, colon or quote), has the words of the
        short TITLE in order (all folded, as identity.fold folds them)."""
        self._index()  # first: texts added since the last search make earlier answers stale
        key = (family, title)
        if key not in self.found:  # a short form is repeated: its answer is kept
            self.found[key] = self._find(family, title)
        return self.found[key]

    def _find(self, family: str, title: str) -> list[str]:
        wanted = identity.fold(title).split()
        if not wanted or len("".join(wanted)) < MIN_TITLE_LETTERS:
            return []
        words, texts = WORD_RE.findall(title.casefold()), self.texts
        named = self._named_with(family, words[0]) if words else self._named(family)
        for word in words[1:]:  # the cheap test first, a word at a time: as the text spells it
            named = [n for n in named if word in texts[n[1]][3]]
        found = (
            work for work, index, end in named if _title_after(self._words(index), end, wanted)
        )
        return list(dict.fromkeys(found))

    def _named_with(self, family: str, word: str) -> list[tuple[str, int, int]]:
        """_named(FAMILY) where the text holds WORD: the short forms of a prolific author
        share their first words, and each would read every text of the author again."""
        key = (family, word)
        if key not in self.with_word:
            self.with_word[key] = [n for n in self._named(family) if word in self.texts[n[1]][3]]
        return self.with_word[key]

    def named(self, family: str) -> list[str]:
        """The works whose full citation opens with FAMILY."""
        named = self._named(family)  # first: new texts clear the answers kept
        if family not in self.named_works:
            self.named_works[family] = list(dict.fromkeys(work for work, _, _ in named))
        return self.named_works[family]

    def _named(self, family: str) -> list[tuple[str, int, int]]:
        """(work, index of its text, where FAMILY ends in its words) wherever FAMILY is named
        in the first name group of a full citation ("Odd Arne Vámos, …", not "HIA, Vámos
        Papers" nor "…, in Mark Jersild (ed.)"); worked out once a family."""
        self._index()
        if family not in self.by_family:
            self.by_family[family] = self._naming(family.split())
        return self.by_family[family]

    def _naming(self, parts: list[str]) -> list[tuple[str, int, int]]:
        if not parts:  # "klapisch zuber", "le bras": a family may have several words
            return []
        out = []
        for index in self.by_word.get(parts[0], ()):
            work, _, opening, _ = self.texts[index]
            out.extend(
                (work, index, at + len(parts))
                for at, word in enumerate(opening)
                if word == parts[0] and opening[at : at + len(parts)] == parts
            )
        return out

    def _index(self) -> None:
        if self.pending:  # new texts: what was found for a family or a title may grow
            self.by_family.clear()
            self.found.clear()
            self.with_word.clear()
            self.named_works.clear()
        for work, text in self.pending:
            end = OPENING_END_RE.search(text)
            opening = identity.fold(text[: end.start()] if end else text).split()
            position = len(self.texts)
            self.texts.append((work, text, opening, text.casefold()))
            for word in set(opening):
                self.by_word.setdefault(word, []).append(position)
        self.pending.clear()

    def _words(self, index: int) -> list[tuple[str, bool]]:
        """The folded words of a text, each with whether it opens a part; read only for the
        few texts whose names fit, and once."""
        if index not in self.parts:
            self.parts[index] = _parts(self.texts[index][1])
        return self.parts[index]


PART_END = ",.:;"  # a word ending so closes a part of the citation
PART_OPENERS = "*“\"‘'«„("  # a word opening so begins one
CLOSERS = '*”’"»)'  # read past these for the mark that closes a part: 'Crisis,”'


def _parts(text: str) -> list[tuple[str, bool]]:
    """The folded words of TEXT's opening, each with whether it begins a part: the first
    word, one after a word that closes with a comma, full stop, colon or semicolon (before
    any closing quote), and one that opens with a quote, bracket or italics mark."""
    out: list[tuple[str, bool]] = []
    opens = True
    for token in text.split()[:HEAD_WORDS]:
        starts = opens or token[0] in PART_OPENERS
        out.extend((word, starts and not i) for i, word in enumerate(identity.fold(token).split()))
        opens = token.rstrip(CLOSERS)[-1:] in tuple(PART_END)
    return out


def _title_after(words: list[tuple[str, bool]], end: int, title: list[str]) -> bool:
    """Does the run of TITLE words begin a part within a few words after END?"""
    last = min(end + 1 + NAME_GAP, len(words))
    return any(
        words[start][1] and [w for w, _ in words[start : start + len(title)]] == title
        for start in range(end, last)
    )
