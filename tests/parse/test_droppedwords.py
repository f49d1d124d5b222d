"""Words the grammar placed in no field: where the labeller reads them as a field, it fills it."""

from __future__ import annotations

from citekit.parse.droppedwords import fill_dropped, may_fill
from citekit.parse.elements import Parsed

TEXT = "P. Rossi, *Storia del porto*, Tipografia Bianchi, Genova 1871"

GRAMMAR = Parsed(
    "book",
    {"author": "Rossi, P.", "title": "Storia del porto", "address": "Genova", "year": "1871"},
)
LEARNED = Parsed("book", {**GRAMMAR.fields, "publisher": "Tipografia Bianchi"})


def test_a_capitalised_word_in_no_field_wakes_the_labeller() -> None:
    assert may_fill(GRAMMAR, TEXT)
    placed = Parsed("book", {**GRAMMAR.fields, "publisher": "Tipografia Bianchi"})
    assert not may_fill(placed, TEXT)


def test_the_labellers_field_of_the_dropped_words_fills_the_empty_one() -> None:
    filled = fill_dropped(GRAMMAR, GRAMMAR, TEXT, LEARNED, {"publisher": 0.9})
    assert filled.fields["publisher"] == "Tipografia Bianchi"


def test_an_unsure_labeller_fills_nothing() -> None:
    assert fill_dropped(GRAMMAR, GRAMMAR, TEXT, LEARNED, {"publisher": 0.5}) == GRAMMAR


def test_words_the_grammar_placed_are_not_taken_again() -> None:
    learned = Parsed("book", {"publisher": "Bianchi, Genova"})
    assert fill_dropped(GRAMMAR, GRAMMAR, TEXT, learned, {"publisher": 0.9}) == GRAMMAR


def test_a_word_inside_a_stretch_is_no_field_of_its_own() -> None:
    text = "Mary Green, “Sea Roads,” *Harbour Studies* 12 (Spring 1998), 33"
    grammar = Parsed("article", {"title": "Sea Roads", "journal": "Harbour Studies"}, "33")
    learned = Parsed("article", {"publisher": "Spring"})
    assert fill_dropped(grammar, grammar, text, learned, {"publisher": 0.95}) == grammar


def test_marks_left_out_do_not_wake_the_labeller() -> None:
    text = "Mary Green, “Sea Roads,” *Harbour Studies*, Vol. 12, No. 3 (accessed March 2, 1998)"
    fields = {"author": "Green, Mary", "title": "Sea Roads", "journal": "Harbour Studies"}
    assert not may_fill(Parsed("article", {**fields, "volume": "12", "number": "3"}), text)


def test_a_films_director_is_no_editor() -> None:
    text = "*Harbour Lights*, dir. Anna Berg (Mondial, 1951)"
    grammar = Parsed("book", {"title": "Harbour Lights", "publisher": "Mondial", "year": "1951"})
    learned = Parsed("book", {"editor": "Berg, Anna"})
    assert fill_dropped(grammar, grammar, text, learned, {"editor": 0.95}) == grammar
    edited = text.replace("dir.", "ed.")
    assert fill_dropped(grammar, grammar, edited, learned, {"editor": 0.95}).fields["editor"]


def test_an_editor_holding_a_lower_case_word_is_no_name() -> None:
    text = "Tom Hale, *Old Songs*, ed. by R. Stone (Leeds: Moor, 1990)"
    grammar = Parsed("book", {"author": "Hale, Tom", "title": "Old Songs", "publisher": "Moor"})
    learned = Parsed("book", {"editor": "Stone, by R."})
    assert fill_dropped(grammar, grammar, text, learned, {"editor": 0.95}) == grammar
    named = Parsed("book", {"editor": "Stone, R."})
    assert fill_dropped(grammar, grammar, text, named, {"editor": 0.95}).fields["editor"]


def test_a_name_after_an_editors_mark_is_no_publisher() -> None:
    text = "Marc Roy, Lettres, 1790; in Œuvres, ed. Blanc, 1880, p. 5"
    grammar = Parsed("book", {"author": "Roy, Marc", "title": "Lettres", "year": "1790"}, "p. 5")
    learned = Parsed("book", {"publisher": "Blanc"})
    assert fill_dropped(grammar, grammar, text, learned, {"publisher": 0.95}) == grammar


def test_a_volumes_title_after_a_colon_is_no_publisher() -> None:
    text = "Ali Kaya, *Eski hukuk*, Bd. 2: Belgeler, Ankara 1950"
    grammar = Parsed("book", {"author": "Kaya, Ali", "title": "Eski hukuk", "volume": "2"})
    learned = Parsed("book", {"publisher": "Belgeler"})
    assert fill_dropped(grammar, grammar, text, learned, {"publisher": 0.95}) == grammar


def test_a_publisher_after_the_place_and_its_colon_fills() -> None:
    text = "Ali Kaya, *Eski hukuk*, Ankara: Yeni Basım 1950"
    grammar = Parsed("book", {"author": "Kaya, Ali", "title": "Eski hukuk", "address": "Ankara"})
    learned = Parsed("book", {"publisher": "Yeni Basım"})
    filled = fill_dropped(grammar, grammar, text, learned, {"publisher": 0.95})
    assert filled.fields["publisher"] == "Yeni Basım"
