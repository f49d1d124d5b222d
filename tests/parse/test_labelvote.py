"""Where the grammar's reading is unsure, the labeller's fields and type win a vote."""

from __future__ import annotations

from citekit.parse.elements import Parsed
from citekit.parse.labelled import combine
from citekit.parse.labelvote import outvoted, reread_as_part, unsure

TEXT = (
    "The impact of climate change on crop yields in Sub-Saharan Africa Blanc, É. 2012 "
    "American Journal of Climate Change, 1(1): 1–13"
)
GRAMMAR = Parsed("book", {"author": "Blanc, Sub-Saharan Africa", "title": "É. 2012"})
LEARNED = Parsed(
    "article",
    {"title": "The impact", "journal": "American Journal of Climate Change", "pages": "1–13"},
)


def test_words_in_no_field_make_the_grammar_unsure() -> None:
    assert unsure(GRAMMAR, TEXT)


def test_a_reading_that_places_most_words_is_sure() -> None:
    text = "Hans Müller, *Geschichte der Stadt* (Berlin: Akademie Verlag, 2003), S. 12"
    fields = {"author": "Müller, Hans", "title": "Geschichte der Stadt", "year": "2003"}
    full = Parsed("book", {**fields, "address": "Berlin", "publisher": "Akademie Verlag"})
    assert not unsure(full, text)


def test_a_sure_labeller_outvotes_an_unsure_grammar() -> None:
    sure = {"title": 0.8, "journal": 0.99, "pages": 0.99}
    voted = outvoted(GRAMMAR, GRAMMAR, TEXT, LEARNED, sure)
    assert voted.fields["pages"] == "1–13"
    assert voted.fields["title"] == "É. 2012"  # below its vote confidence: the grammar's


def test_a_book_with_pages_but_no_publisher_is_read_again_as_an_article() -> None:
    book = Parsed(
        "book", {"title": "Heterochromatin", "address": "Chromosome research", "pages": "229–238"}
    )
    learned = Parsed("article", {"journal": "Chromosome research", "volume": "17"})
    voted = outvoted(book, book, "", learned, {"journal": 0.95, "volume": 0.99})
    assert voted.entry_type == "article"
    assert voted.fields == {
        "title": "Heterochromatin",
        "pages": "229–238",
        "journal": "Chromosome research",
        "volume": "17",
    }


def test_an_unsure_labeller_leaves_the_book() -> None:
    book = Parsed("book", {"title": "Heterochromatin", "pages": "229–238"})
    learned = Parsed("article", {"journal": "Chromosome research"})
    assert outvoted(book, book, "", learned, {"journal": 0.4}) == book


GLUED_BOOK = Parsed(
    "book",
    {
        "author": "Okafor, B. and Lund, K.",
        "title": "Tidal gauges of small harbours",
        "address": "Norway",
        "publisher": "tide records of the northern coast (abstract)",
        "year": "1988",
        "url": "http://example.org/tides",
    },
)
LEARNED_ARTICLE = Parsed(
    "article",
    {
        "author": "Okafor, B. Lund",
        "title": "Tidal gauges of small harbours, Norway: tide records of the northern coast",
        "journal": "Coastal Research",
        "volume": "23",
        "pages": "291–292",
    },
)


def test_a_sure_labellers_article_replaces_the_grammars_book() -> None:
    # "…, Norway: tide records …. Coastal Research, v. 23, pp. 291-292. 1988.": the grammar
    # read "Norway: tide records" as an imprint; the labeller's article is taken, with the
    # grammar's names, and its year and link where the labeller found none
    article = reread_as_part(GLUED_BOOK, LEARNED_ARTICLE, {"journal": 0.95})
    assert article is not None
    assert article.entry_type == "article"
    assert article.fields == {
        "author": "Okafor, B. and Lund, K.",
        "title": "Tidal gauges of small harbours, Norway: tide records of the northern coast",
        "journal": "Coastal Research",
        "volume": "23",
        "pages": "291–292",
        "year": "1988",
        "url": "http://example.org/tides",
    }


def test_an_unsure_labellers_article_leaves_the_grammars_book() -> None:
    assert reread_as_part(GLUED_BOOK, LEARNED_ARTICLE, {"journal": 0.6}) is None
    chapter = Parsed("incollection", dict(GLUED_BOOK.fields))
    assert reread_as_part(chapter, LEARNED_ARTICLE, {"journal": 0.95}) is None


def test_a_sure_labellers_chapter_replaces_the_grammars_book_unless_a_subtitle() -> None:
    book = Parsed(
        "book",
        {"title": "Gauges", "publisher": "Proceedings of the Harbour Conference", "year": "1995"},
    )
    learned = Parsed(
        "inproceedings", {"title": "Gauges", "booktitle": "Proceedings of the Harbour Conference"}
    )
    part = reread_as_part(book, learned, {"booktitle": 0.9})
    assert part is not None
    assert part.entry_type == "inproceedings"
    assert part.fields == {**learned.fields, "year": "1995"}
    subtitled = Parsed("book", {"title": "Gauges: Proceedings of the Harbour Conference"})
    assert reread_as_part(subtitled, learned, {"booktitle": 0.9}) is None


def test_a_notes_book_with_a_series_stays_a_book() -> None:
    # the labeller reads the series ("Library of Harbour Classics 20–21") as a book holding
    # the work; the grammar's book stays, in a note of a note style and, since refs38, in a
    # reference-list entry too (a container that is the grammar's series holds no part)
    text = (
        "Jonas Okafor, Tides of the Northern Harbours, ed. Karl Lund, trans. Ada Berg, 2 vols., "
        "Library of Harbour Classics 20–21 (Philadelphia: Harbour Press, 1960), 3.11.2."
    )
    book = Parsed(
        "book",
        {
            "title": "Tides of the Northern Harbours",
            "author": "Okafor, Jonas",
            "year": "1960",
            "address": "Philadelphia",
            "publisher": "Harbour Press",
            "editor": "Lund, Karl",
            "series": "Library of Harbour Classics 20–21",
        },
    )
    assert combine(book, text, loose=True).entry_type == "book"
    assert combine(book, text).entry_type == "book"


def test_a_name_after_a_role_word_fills_no_publisher() -> None:
    from citekit.parse.labelled import Reading, trusted

    text = "Marc Roy, Chansons (ed. Blanc 1880)"
    rules = Parsed("book", {"author": "Roy, Marc", "title": "Chansons", "year": "1880"})
    reading = Reading(Parsed("book", {"publisher": "Blanc"}), {"publisher": 0.99})
    assert "publisher" not in trusted(rules, reading, text=text).fields
    assert trusted(rules, reading, text="Marc Roy, Chansons (Blanc 1880)").fields["publisher"]
