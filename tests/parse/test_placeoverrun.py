"""Where the grammar's place holds another field, the labeller says which part is the place."""

from __future__ import annotations

from citekit.parse.elements import Parsed
from citekit.parse.placeoverrun import cut_place, may_overrun

GRAMMAR = Parsed(
    "book", {"title": "Le vie del porto", "address": "Genova, la Marina", "year": "1990"}
)
LEARNED = Parsed("book", {"address": "Genova", "publisher": "la Marina"})
SURE = {"address": 0.95, "publisher": 0.9}


def test_a_place_with_a_lower_case_word_after_a_comma_is_suspect() -> None:
    assert may_overrun(GRAMMAR)
    assert not may_overrun(Parsed("book", {"address": "Cambridge, Mass."}))


def test_the_labellers_place_and_the_field_in_the_rest_replace_the_grammars() -> None:
    cut = cut_place(GRAMMAR, GRAMMAR, LEARNED, SURE)
    assert cut.fields == {
        "title": "Le vie del porto",
        "address": "Genova",
        "year": "1990",
        "publisher": "la Marina",
    }


def test_an_editors_name_before_the_place_is_the_editor() -> None:
    grammar = Parsed("book", {"address": "J. K. Rowe Leeds", "publisher": "Moor Press"})
    learned = Parsed("book", {"address": "Leeds", "editor": "Rowe, J. K."})
    cut = cut_place(grammar, grammar, learned, {"address": 0.9, "editor": 0.9})
    assert cut.fields["address"] == "Leeds"
    assert cut.fields["editor"] == "Rowe, J. K."


def test_a_rest_the_labeller_reads_as_no_missing_field_keeps_the_place() -> None:
    learned = Parsed("book", {"address": "Genova"})
    assert cut_place(GRAMMAR, GRAMMAR, learned, SURE) == GRAMMAR


def test_an_unsure_labeller_keeps_the_place() -> None:
    assert cut_place(GRAMMAR, GRAMMAR, LEARNED, {**SURE, "address": 0.5}) == GRAMMAR
