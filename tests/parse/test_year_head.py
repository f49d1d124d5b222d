"""A full citation in a note whose names are followed by the year in brackets ("Name (Year),
Title, Place: Publisher, pp."), the habit of authors who cite author-date in their notes.
Invented names and titles."""

from __future__ import annotations

from citekit.parse.yearhead import year_head
from tests.parse.notes import parse


def fields_of(note: str) -> list[dict[str, str]]:
    return [dict(c.fields) for c in parse(note)]


def test_a_book_takes_its_names_year_imprint_and_pinpoint():
    (cited,) = parse(
        "Tomas Ferrand (1979), The Salt Tax in Orne: A Study, 1790–1819, Caen: Presses Ornaises, "
        "pp. 23–45."
    )
    assert cited.fields == {
        "author": "Ferrand, Tomas",
        "title": "The Salt Tax in Orne: A Study, 1790–1819",
        "year": "1979",
        "address": "Caen",
        "publisher": "Presses Ornaises",
    }
    assert cited.locator == "pp. 23–45"


def test_a_plain_title_with_commas_is_no_list_of_names():
    (fields,) = fields_of("Ilse Marten (2000), Salt, Grain and the Market, Caen: Ornaise, pp. 3–5.")
    assert (fields["author"], fields["title"]) == ("Marten, Ilse", "Salt, Grain and the Market")


def test_two_sources_each_named_and_dated():
    found = fields_of(
        "Tomas Ferrand (1979), The Salt Tax, Caen: Ornaise, pp. 23–45; "
        "Ilse Marten (1981), Grain Riots, Rouen: Vire, pp. 7–9."
    )
    assert [(f["author"], f["title"], f["year"]) for f in found] == [
        ("Ferrand, Tomas", "The Salt Tax", "1979"),
        ("Marten, Ilse", "Grain Riots", "1981"),
    ]


def test_a_chapter_keeps_the_authors_year_not_its_books_span():
    (fields,) = fields_of(
        "O. B. Lenk (1983), 'Salt Farms', in Ada Vire (ed.), The Salt Trade, vol. 2: c. 1757–c. "
        "1970, Caen: Ornaise, pp. 86–177, at pp. 102–9."
    )
    assert (fields["author"], fields["year"], fields["booktitle"]) == (
        "Lenk, O. B.",
        "1983",
        "The Salt Trade",
    )


def test_what_is_no_year_head():
    assert year_head("Ferrand (1979), pp. 23–45") is None  # a short form
    assert year_head("Ferrand, T. (1979). The Salt Tax. Caen: Ornaise.") is None  # an entry
    assert year_head("The Salt Tax (1979), directed by Ada Vire, Caen") is None  # a film


def test_a_dated_short_form_followed_by_commentary_is_no_entry():
    note = "Ferrand (1963), pp. 98–102. Marten's plan of 1776 already had most of the elements."
    assert [(c.kind.value, c.text, c.locator) for c in parse(note)] == [
        ("short", "Ferrand (1963), pp. 98–102", "pp. 98–102")
    ]


def test_a_year_head_after_a_sentence_of_prose():
    (cited,) = parse(
        "The classic study of the salt tax is Tomas Ferrand (1979), The Salt Tax in Orne, Caen: "
        "Presses Ornaises. It has since been reprinted more than once."
    )
    assert cited.text == "Tomas Ferrand (1979), The Salt Tax in Orne, Caen: Presses Ornaises"
    assert (cited.fields["author"], cited.fields["year"]) == ("Ferrand, Tomas", "1979")
