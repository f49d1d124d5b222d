"""An author-date short form by the name of an edited volume's editor: "Bernstein, 1998, 63"
after "Middleton, “The Contemporary Poetry Reading,” in *Close Listening*, ed. C. Bernstein
(New York, 1998)" cites the volume, a work of its own, not Middleton's chapter in it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import containers_cited, identity
from citekit.model import Citation
from citekit.resolvestate import State, Work


def edited_volume(citation: Citation, position: int, state: State) -> list[Work]:
    """The volume an earlier chapter's citation names, when the short form gives no title,
    only the family name of the volume's editor and the volume's year."""
    names, year = identity.families(citation.fields), citation.fields.get("year")
    if not names or not year or citation.fields.get("title"):
        return []
    for work_id in state.by_contributor.get(names[0], []):
        chapter = state.works[work_id]
        if (
            chapter.first < position
            and chapter.fields.get("booktitle")
            and chapter.fields.get("year") == year
            and names[0] in identity.families(chapter.fields, "editor")
        ):
            return [book_work(chapter, state)]
    return []


def book_work(chapter: Work, state: State) -> Work:
    """The work of the book CHAPTER's citation names, made the first time it is cited."""
    if chapter.id not in state.books:
        entry_type, fields = containers_cited.book_of(chapter.fields)
        book = Work(f"b{len(state.works) + 1}", fields, entry_type, True, chapter.first)
        state.add(book)
        state.books[chapter.id] = book.id
        state.book_works.add(book.id)
    return state.works[state.books[chapter.id]]


# where a chapter's citation turns to the volume it is in: "…,” in H. Amory and D. Hall, eds., …"
IN_VOLUME_RE = re.compile(r"[,.”\"]\s+(?:in|In|dans|en|In:)\s")


def container_named_earlier(citation: Citation, position: int, state: State) -> bool:
    """Did an earlier chapter's citation name, as the volume it is in, the book the short form
    cites ("Amory and Hall, *Colonial Book*" after "…, in H. Amory and D. Hall, eds., *A History
    of the Book in America*, Vol. 1: *The Colonial Book in the Atlantic World* (New York, 2000)")?
    The volume's full citation came first, though only as a container: the short form does not
    come before it. The words are read, for a volume's own title is often not among the fields."""
    names = identity.families(citation.fields)
    words = identity.title_words(citation.fields.get("title")).split()
    if not names or not words:
        return False
    edited = state.by_contributor.get(names[0], [])  # the volume's editors (or, with no
    # editor, its author: a word of the title then finds the chapter)
    by_word = (w for word in words for w in state.by_book_word.get((names[0], word), []))
    for work_id in dict.fromkeys([*edited, *by_word]):
        chapter = state.works[work_id]
        if chapter.first < position and _volume_words_hold(chapter, words, state):
            return True
    return False


def _volume_words_hold(chapter: Work, words: list[str], state: State) -> bool:
    """Does the volume part of CHAPTER's citation hold the short title's WORDS, in order?"""
    for cited in state.by_note.get(chapter.first_note, []):
        if in_order(words, _volume_words(cited.text)):
            return True
    return False


@lru_cache(maxsize=4096)  # a prolific editor's chapters are read for every short form naming him
def _volume_words(text: str) -> tuple[str, ...]:
    """The folded words of a citation's TEXT after it turns to its volume (" in …"); none
    where it does not turn to one."""
    turn = IN_VOLUME_RE.search(text)
    return () if turn is None else tuple(identity.title_words(text[turn.end() :]).split())


WORD_GAP = 2  # other words the volume's title may have between two of the short title's


def in_order(words: list[str], volume: tuple[str, ...]) -> bool:
    """Do WORDS stand in VOLUME (a title's words) in their order, each after the one before
    with at most WORD_GAP other words between them? Every place the first word stands is
    followed at once (no pattern is compiled for each short title)."""
    at = {i for i, word in enumerate(volume) if word == words[0]} if words else set()
    for word in words[1:]:
        reach = [range(i + 1, min(i + 2 + WORD_GAP, len(volume))) for i in at]
        at = {j for after in reach for j in after if volume[j] == word}
    return bool(at)
