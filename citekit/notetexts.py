"""Short forms whose full citation is in an earlier note's words, not in its parsed citations.

A note that runs several works together, or prose around a first citation, can leave a full
citation cut or merged: "…, and by Mark Harrison, Public Health in British India: …
(Cambridge, 1994), 99" split so that the citation opens at "British India", or "Berlin,
Kupferstichkabinett Mins. 1904 …; Dominique Mielle de Becdelièvre, *Prêcher en silence* (…,
2004)" read as one citation. The short form "Harrison, Public Health, 60–63" then matches no
parsed work, though an earlier note's own words hold its family name beside its short title,
with a year after them: a full citation, not a repeat of a short form. Such a short form is
no `short-without-full`; where one full citation of that note holds the words (or opens just
after them) the short form cites its work.

Used only for a short form that matched no work with a full citation; the word index of the
notes is built on the first such miss, so a document whose citations resolve costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from citekit.model import Citation, Kind
from citekit.parse.names import family

WORD_RE = re.compile(r"\w+")
YEAR_RE = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")  # a full citation dates its work
NAME_REACH = 120  # characters before or after the title where the family name may stand
YEAR_REACH = 250  # characters after the title within which its year comes ("…, 1994), 99")
OPENS_AFTER = 12  # a full citation cut at its start opens this soon after the title ("in ")
ANSWER_FIELDS = ("author", "editor", "title", "year")  # what find reads of a citation
NAMES_END = 40  # a citation names its authors in its opening words, not in what runs on
MIN_TITLE_LETTERS = 6  # a shorter title ("Id.", "Werke") is no evidence in running prose
# a short form without a name ("*Responsibility to Protect*, para. 4.19") has only its title
# to go by: a longer one, that prose would not hold by chance
MIN_UNNAMED_LETTERS = 16


@dataclass(frozen=True, slots=True)
class Found:
    """Where an earlier note's words state a short form's work in full."""

    note: int
    start: int  # the title's span in that note's text
    end: int
    title: str  # the short form's title


@dataclass
class NoteTexts:
    """The notes' texts, with an index of their words made on first use."""

    texts: dict[int, str] = field(default_factory=dict)  # note number -> its text
    by_word: dict[str, list[int]] = field(default_factory=dict)  # word -> notes, in order
    folded: dict[int, str] = field(default_factory=dict)  # note number -> its text, casefolded
    answers: dict[tuple, Found | None] = field(default_factory=dict)  # see find
    # (a word, a title's first word) -> the notes of by_word[word] whose folded text holds the
    # title's word, in by_word's order: the short forms of a prolific author ask it again and
    # again, each of every note that names the author (a list that grows with the book)
    holding: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    def find(self, citation: Citation) -> Found | None:
        """The first earlier note whose words state CITATION's work in full: its family name
        near its short title (a long title alone where it names nobody), and a year after the
        title (asked twice of a short form that matched nothing: once to link it, once before
        reporting it; answered once)."""
        fields = citation.fields
        key = (citation.note, citation.index, *(fields.get(k) for k in ANSWER_FIELDS))
        if key not in self.answers:
            self.answers[key] = self._find(citation)
        return self.answers[key]

    def _find(self, citation: Citation) -> Found | None:
        name, title = _family_of(citation), citation.fields.get("title", "").strip(" *.,")
        letters = len(re.sub(r"\W", "", title))
        if not self.texts or letters < (MIN_TITLE_LETTERS if name else MIN_UNNAMED_LETTERS):
            return None
        year = citation.fields.get("year", "")[:4]  # "Gould 1966": that year, not another
        notes = self._notes_with(name, title, citation.note)
        words = None if not title.isascii() else WORD_RE.findall(title.casefold())
        notes = [n for n in notes if _may_hold(self.folded[n], words)]
        if not notes:  # no earlier note holds the words: no pattern to compile
            return None
        title_re = _words_re(title)
        for note in notes:
            text = self.texts[note]
            for match in title_re.finditer(text):  # the name's pattern compiled at a match
                name_re = _words_re(name) if name else None
                if _stated_in_full(text, match.start(), match.end(), name_re, year):
                    return Found(note, match.start(), match.end(), title)
        return None

    def _notes_with(self, name: str, title: str, before: int) -> list[int]:
        """Earlier notes holding the name's first word (a family name is rarer than a title's
        first word, so its list is the short one) and the title's first word."""
        if not self.by_word:
            self._index()
        words = WORD_RE.findall(title.casefold())
        names = WORD_RE.findall(name.casefold()) if name else words  # a title alone: its words
        if not names or not words:
            return []
        longest = max(names, key=len)  # "becdelievre", not the particle of "de Becdelièvre"
        key = (longest, words[0])
        if key not in self.holding:
            named = self.by_word.get(longest, ())
            self.holding[key] = [n for n in named if words[0] in self.folded[n]]
        return [n for n in self.holding[key] if n < before]

    def phrase_matches(self, phrase: str, before: int) -> list[tuple[int, re.Match[str]]]:
        """Where notes before note BEFORE hold PHRASE's words, in order, as whole words."""
        words = WORD_RE.findall(phrase.casefold())
        if not words:
            return []
        pattern = _words_re(phrase)
        notes = self.notes_with_word(max(words, key=len), before)
        return [(n, m) for n in notes for m in pattern.finditer(self.texts[n])]

    def holds_near(self, note: int, phrase: str, start: int, end: int, reach: int) -> bool:
        """Does NOTE's text hold PHRASE's words within REACH characters of [START, END)?"""
        text = self.texts[note]
        return _words_re(phrase).search(text, max(0, start - reach), end + reach) is not None

    def notes_with_word(self, word: str, before: int) -> list[int]:
        """The notes before note BEFORE whose words (casefolded) hold WORD."""
        if not self.by_word:
            self._index()
        return [n for n in self.by_word.get(word, ()) if n < before]

    def _index(self) -> None:
        for note, text in self.texts.items():
            self.folded[note] = text.casefold()
            for word in set(WORD_RE.findall(self.folded[note])):
                self.by_word.setdefault(word, []).append(note)


def cited_there(found: Found, text: str, citations: list[Citation]) -> str | None:
    """The work of the full citation of the note that holds the title, or (its opening cut
    off) opens soon after it; None where a citation of another kind holds it."""
    after: list[tuple[int, str]] = []
    for citation in citations:
        start = _start_in(text, citation.text)
        if start < 0:
            continue
        if start <= found.start < start + len(citation.text):
            return citation.work if _may_be(citation, found) else None
        if citation.kind is Kind.FULL and found.end <= start <= found.end + OPENS_AFTER:
            after.append((start, citation.work or ""))
    return min(after)[1] or None if after else None


def _may_be(citation: Citation, found: Found) -> bool:
    """May the full citation that holds the words be the short form's work? Not when it
    states a title of its own that is not the short form's: "Estelle Whelan, “The Phantom
    of Hijazi Script” (…), referenced in Sheila S. Blair, *Islamic Calligraphy* (…)" cites
    Whelan's paper, and Blair's book is lost in it. A title of numbers ("1906") is a cut."""
    own = re.sub(r"[\W\d_]", "", citation.fields.get("title", ""))
    return citation.kind is Kind.FULL and (
        len(own) < MIN_TITLE_LETTERS
        or found.title.casefold() in citation.fields["title"].casefold()
    )


# the letters whose folding is no letter of ASCII though a case-blind pattern takes them for
# one ("İ" folds to "i" and a dot, "ı" stays "ı"; both match "i")
UNFOLDED_I = ("\u0307", "\u0131")


def _may_hold(folded: str, words: list[str] | None) -> bool:
    """May the case-blind pattern of a title's words (_words_re) match in a note's FOLDED
    text? Not where the words of an ASCII title (WORDS: its casefolded words; None: the title
    is not ASCII) do not stand in it in their order, each after the one before and at least
    one character on (the pattern's "[\\W_]+"): a test far cheaper than compiling the pattern
    (most titles asked of a book fail it), and never wrong, as folding keeps the order of a
    text's characters and only İ and ı fold otherwise than the pattern matches."""
    if words is None or any(c in folded for c in UNFOLDED_I):
        return True
    at = 0
    for word in words:
        at = folded.find(word, at)
        if at < 0:
            return False
        at += len(word) + 1
    return True


def _stated_in_full(
    text: str, start: int, end: int, name_re: re.Pattern[str] | None, year: str
) -> bool:
    """The family name (NAME_RE; None: the short form names nobody) stands near the title,
    and a year (YEAR, where the short form gives one) follows before the next ";"."""
    if name_re and not name_re.search(text, max(0, start - NAME_REACH), end + NAME_REACH):
        return False
    stop = text.find(";", end)
    reach = min(end + YEAR_REACH, stop if stop >= 0 else len(text))
    years = YEAR_RE.findall(text[end:reach])
    return bool(years) and (not year or year in years)


def _start_in(text: str, cited: str) -> int:
    """Where a citation's text opens in its note's text (-1: not found)."""
    head = cited[:30]
    start = text.find(head)
    return start if start >= 0 else text.find(head.replace("*", ""))


def _family_of(citation: Citation) -> str:
    names = citation.fields.get("author") or citation.fields.get("editor") or ""
    return family(names.split(" and ")[0]) if names else ""


@lru_cache(maxsize=1024)  # a family name or a short title is asked for many times a book
def _words_re(phrase: str) -> re.Pattern[str]:
    """The phrase's words in order, any marks or spaces between them, whole words."""
    words = WORD_RE.findall(phrase)
    return re.compile(r"(?<!\w)" + r"[\W_]+".join(map(re.escape, words)) + r"(?!\w)", re.I)


def pointed_work(citation: Citation, text: str, cited: list[Citation]) -> str | None:
    """ "SEAR, *supra* note 3" where note 3's parsed citations name no SEAR, but its words do:
    the full citation of that note whose words hold the name (or the short title), else the
    note's one full citation. None where the note's words do not hold it ("Kowalski, supra
    note 7" after a note that cites two cases: the pointer is wrong, not the citation)."""
    word = _family_of(citation) or citation.fields.get("title", "").strip(" *.,")
    word_re = _words_re(word) if word else None
    if word_re is None or not word_re.search(text):
        return None
    full = [c for c in cited if c.kind is Kind.FULL and c.work]
    naming = [c for c in full if word_re.search(c.text[:NAMES_END])]
    chosen = naming or (full if len(full) == 1 else [])
    return chosen[0].work if chosen else None
