"""An author-date short form by the name of an edited volume's editor: "Bernstein, 1998, 63"
after "Middleton, “The Contemporary Poetry Reading,” in *Close Listening*, ed. C. Bernstein
(New York, 1998)" cites the volume, a work of its own, not Middleton's chapter in it.
"""

from __future__ import annotations

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
