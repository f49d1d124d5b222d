"""Where the grammar's reading is unsure, the labeller's fields and type win a vote."""

from __future__ import annotations

from citekit.parse.elements import Parsed
from citekit.parse.labelvote import outvoted, unsure

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
