"""The book a chapter appeared in, as a work of its own, for the short forms that cite it.

Chicago and its kin name a book in full only as the container of a chapter ("Cochin, “Éloge,”
in Emile Compardon, *Un artiste oublié: J. B. Massé* (Paris: Charavay, 1880)") and cite the
book itself afterwards by its author and a word of its title ("Compardon, *Massé*, 79"). The
chapter's citation states the book in full: its author (or editors), title and imprint. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping

from citekit import identity

BOOK_MARK = "_book"  # on a short form's fields: they are its book's, stated in a chapter's citation
# what a chapter's citation says of the book it is in, as the book's own fields
BOOK_FIELDS = {"booktitle": "title", "address": "address", "publisher": "publisher", "year": "year"}


def container_families(fields: Mapping[str, str]) -> list[str]:
    """The folded family names of the book's author or editors, when FIELDS name a book."""
    if not fields.get("booktitle"):
        return []
    if fields.get("bookauthor") or fields.get("editor"):
        return identity.families(fields, "bookauthor") or identity.families(fields, "editor")
    # no one else named for the book: the author's own ("Guattari, 'Systems …', in *Molecular
    # Revolution*", later "Guattari, *Molecular Revolution*, 9")
    return identity.families(fields)


def names_book(short: Mapping[str, str], chapter: Mapping[str, str]) -> bool:
    """Does the SHORT form (family name and short title) cite the book CHAPTER is in?"""
    names, title, book = identity.families(short), short.get("title"), chapter.get("booktitle")
    if not names or not title or not book:
        return False
    if not any(identity.same_name(names[0], f) for f in container_families(chapter)):
        return False
    if identity.titles_match(title, book, partial=True) >= identity.TITLE_SIMILARITY:
        return True
    words, book_words = identity.title_words(title).split(), identity.title_words(book).split()
    return bool(words) and set(words) <= set(book_words)  # "*Massé*" for "… J. B. Massé peintre …"


def book_of(chapter: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """The entry type and fields of the book CHAPTER's citation names."""
    fields = {new: chapter[old] for old, new in BOOK_FIELDS.items() if chapter.get(old)}
    if chapter.get("bookauthor"):
        return "book", {"author": chapter["bookauthor"], **fields}
    if chapter.get("editor"):
        return "collection", {"editor": chapter["editor"], **fields}
    return "book", {"author": chapter["author"], **fields}  # the author's own collection
