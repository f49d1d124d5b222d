"""A short form by the first word of a title, read as a name: "Argonauts, 100",
"*Sommario*, cit., tav. 118".

The note grammar takes the word before the pinpoint for the author's family name, as it is in
"Malinowski, 100". Where no work of the document has an author of that name, but a work cited
in full has a title opening with that word, the short form names that work by its title (its
author said in the running text, or a corporate author the note leaves out). The work may be
cited in full only later ("Recollections, 14" notes before "Edith Hale, Recollections of a
Country Parish"): citekit.resolveshort prefers an earlier one and reports the short form before
its full citation.
"""

from __future__ import annotations

from citekit import identity, lexicons
from citekit.model import Citation
from citekit.resolvestate import State, Work

ARTICLES = lexicons.words("title_articles")  # "the", "der", "een": skipped before the word


def titled_by_name(citation: Citation, position: int, state: State) -> list[Work]:
    """The fully cited works (earlier or later) whose title opens with the one word CITATION
    gives as its author, where no work has an author of that name; [] otherwise."""
    name = citation.fields.get("author", "")
    if not name or " " in name.strip() or "," in name or {"title", "year"} & set(citation.fields):
        return []  # "Argonauts of the" is no one word; "Sachs 1952" is an author and a date
    word = identity.fold(name)
    if not word or state.has_works_by(word):
        return []
    return [
        w
        for w in _opening_with(word, state)
        if w.has_full and w.first != position and _opening_word(w.fields.get("title")) == word
    ]


# articles the title blocks keep as a title's first word (identity.STOPWORDS drops the others)
BLOCKED_ARTICLES = frozenset(ARTICLES - identity.STOPWORDS)  # "een", "ein", "het"


def _opening_with(word: str, state: State) -> list[Work]:
    """The works whose title may open with WORD: those of its title block and of the blocks of
    the articles the blocks keep, not every work of the document (each short form asks)."""
    if word in identity.STOPWORDS:
        return list(state.works.values())  # its title block is the next word's
    keys = {f"title:{w[:4]}" for w in (word, *BLOCKED_ARTICLES)}
    ids = dict.fromkeys(i for key in keys for i in state.blocks.get(key, ()))
    return [state.works[i] for i in ids]


def _opening_word(title: str | None) -> str:
    """The first word of TITLE after an article, folded: "The Gift" -> "gift"."""
    words = (title or "").split()
    if len(words) > 1 and identity.fold(words[0]) in ARTICLES:
        words = words[1:]
    opening = words[0].lstrip("*“\"‘'«„") if words else ""
    return identity.fold(opening) if opening[:1].isalnum() else ""  # not "& Sachs 1952"
