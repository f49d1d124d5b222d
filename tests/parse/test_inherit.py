"""A citation that takes its author or its book from the citation before it."""

from __future__ import annotations

from citekit.model import Citation, Kind, Note, Span
from citekit.parse import build_context, inherit_authors, inherit_containers, parse_note

BOOK = (
    "Henri-Jean Martin et Roger Chartier (dir.), *Histoire de l’édition française*, "
    "Paris, Promodis, 1985."
)


def parsed(*texts: str) -> tuple[Citation, ...]:
    context = build_context(texts)
    citations = [
        c
        for number, text in enumerate(texts, start=1)
        for c in parse_note(Note(number, text, Span(0, 0, number)), context)
    ]
    return inherit_containers(inherit_authors(tuple(citations)))


def test_chapter_in_ibid_takes_the_book_cited_before() -> None:
    _, chapter = parsed(BOOK, "Jean Hébrard, « Les nouveaux lecteurs », *ibid.*, p. 471-509.")
    assert (chapter.kind, chapter.entry_type, chapter.locator) == (Kind.FULL, "incollection", None)
    assert {k: chapter.fields.get(k) for k in ("author", "title", "booktitle", "pages")} == {
        "author": "Hébrard, Jean",
        "title": "Les nouveaux lecteurs",
        "booktitle": "Histoire de l’édition française",
        "pages": "471-509",
    }
    assert chapter.fields["editor"] == "Martin, Henri-Jean and Chartier, Roger"
    assert chapter.fields["year"] == "1985"


def test_a_bare_ibid_is_still_a_back_reference() -> None:
    _, again = parsed(BOOK, "*Ibid.*, p. 471.")
    assert again.kind is Kind.IBID


def test_idem_takes_the_author_before() -> None:
    _, second = parsed(
        "Alain Corbin, *Le Miasme et la jonquille*, Paris, Aubier, 1982.",
        "Id., *Le Territoire du vide*, Paris, Aubier, 1988, p. 33.",
    )
    assert second.fields["author"] == "Corbin, Alain"
