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


AMS = "Emanuel, K., 2005: Increasing destructiveness of tropical cyclones. Nature, 436, 686–688."


def test_a_dash_and_a_year_after_it_repeat_the_names_in_a_list_of_direct_order_notes() -> None:
    _, again = parsed(
        AMS,
        "——, 2007: Environmental factors affecting tropical cyclone power dissipation. "
        "J. Climate, 20, 5497–5509.",
    )
    assert (again.kind, again.entry_type) == (Kind.FULL, "article")
    assert {k: again.fields.get(k) for k in ("author", "year", "title", "journal")} == {
        "author": "Emanuel, K.",
        "year": "2007",
        "title": "Environmental factors affecting tropical cyclone power dissipation",
        "journal": "J. Climate",
    }


def test_co_authors_after_a_dash_join_the_names_it_repeats() -> None:
    _, again = parsed(
        AMS,
        "--, and C. J. Wild, 1996: Vector generalized additive models. J. Roy. Stat. Soc. "
        "Ser. B, 58, 481-493.",
    )
    assert again.fields["author"] == "Emanuel, K. and Wild, C. J."
    assert (again.fields["year"], again.fields["volume"]) == ("1996", "58")


def test_one_dash_before_a_comma_is_a_same_author_mark() -> None:
    _, again = parsed(AMS, "-, The Conquest of American Inflation (Princeton: Princeton "
                      "University Press, 1999).")  # fmt: skip
    assert again.fields["title"] == "The Conquest of American Inflation"
    assert again.fields["author"] == "Emanuel, K."


def test_a_dash_before_an_undated_title_is_left_to_the_note_grammar() -> None:
    _, again = parsed(AMS, "———, *Divine Wind* (Oxford: Oxford University Press, 2005), 45.")
    assert again.locator == "45"
    assert again.fields["title"] == "Divine Wind"


CAHAN = (
    "David Cahan (Hg.): Hermann von Helmholtz and the Foundations of Nineteenth-Century "
    "Science. Berkeley: University of California Press 1993."
)


def test_part_whose_book_is_a_note_pointer_is_new_and_takes_the_book_from_that_note() -> None:
    _, chapter = parsed(
        CAHAN,
        "Fabio Bevilacqua: „Helmholtz's Ueber die Erhaltung der Kraft“, in: Cahan (Hg.): "
        "Helmholtz (wie Anm. 1), S. 291–333, hier S. 300–309.",
    )
    assert (chapter.kind, chapter.entry_type, chapter.locator) == (
        Kind.FULL,
        "incollection",
        "S. 300–309",
    )
    assert {k: chapter.fields.get(k) for k in ("booktitle", "editor", "pages")} == {
        "booktitle": "Hermann von Helmholtz and the Foundations of Nineteenth-Century Science",
        "editor": "Cahan, David",
        "pages": "291–333",
    }


def test_chicago_part_in_a_book_named_by_note_pointer_is_new() -> None:
    _, chapter = parsed(CAHAN, "John Smith, “A Chapter,” in Cahan, Helmholtz (note 1), 291–333.")
    assert (chapter.kind, chapter.fields.get("pages")) == (Kind.FULL, "291–333")
    assert chapter.fields["booktitle"].startswith("Hermann von Helmholtz")


def test_a_name_and_pointer_after_in_may_be_the_parts_own_short_form() -> None:
    _, again = parsed(
        CAHAN, "Fabio Bevilacqua: „Helmholtz's Ueber“, in: Cahan (wie Anm. 1), S. 295."
    )
    assert again.kind is Kind.SHORT
