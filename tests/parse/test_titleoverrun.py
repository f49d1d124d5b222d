"""Where the grammar's title runs on over the imprint, the labeller says where it ends."""

from __future__ import annotations

from citekit.parse.elements import Parsed
from citekit.parse.titleoverrun import cut_overrun, may_overrun

TEXT = "Weber, Anna: Die Stadt. Ein Lesebuch. Leipzig: Muster Verlag 2011. S. 4"
GRAMMAR = Parsed(
    "book",
    {"author": "Weber, Anna", "title": "Die Stadt. Ein Lesebuch. Leipzig: Muster Verlag 2011"},
    "4",
)
LEARNED = Parsed(
    "book",
    {
        "author": "Weber, Anna",
        "title": "Die Stadt: Ein Lesebuch",
        "address": "Leipzig",
        "publisher": "Muster Verlag",
        "year": "2011",
    },
)
SURE = {"author": 0.99, "title": 0.98, "address": 0.9, "publisher": 0.8, "year": 0.99}


def test_a_title_holding_a_year_or_an_imprint_is_suspect() -> None:
    assert may_overrun(GRAMMAR)
    assert not may_overrun(Parsed("book", {"title": "Die Stadt"}))


def test_the_title_ends_where_the_labellers_ends_and_the_tail_fills_fields() -> None:
    cut = cut_overrun(GRAMMAR, GRAMMAR, TEXT, LEARNED, SURE)
    assert cut.fields == {
        "author": "Weber, Anna",
        "title": "Die Stadt. Ein Lesebuch",  # the grammar's marks, not the labeller's
        "address": "Leipzig",
        "publisher": "Muster Verlag",
        "year": "2011",
    }
    assert cut.locator == "4"


def test_an_unsure_labeller_leaves_the_title() -> None:
    assert (
        cut_overrun(
            GRAMMAR, GRAMMAR, TEXT, LEARNED, {**SURE, "publisher": 0.3, "address": 0.3, "year": 0.3}
        )
        == GRAMMAR
    )


def test_a_year_the_grammar_read_elsewhere_is_part_of_the_title() -> None:
    text = "Tom Baker, Churches in the Town, 1850-1900 (Boston: Hill Press, 1999)"
    title = "Churches in the Town, 1850-1900"
    grammar = Parsed("book", {"title": title, "year": "1999", "publisher": "Hill Press"})
    learned = Parsed("book", {"title": "Churches in the Town", "year": "1850"})
    assert cut_overrun(grammar, grammar, text, learned, {"title": 0.9, "year": 0.9}) == grammar


def test_a_quoted_title_is_whole() -> None:
    text = "Ann Lee, “Ships of Leith and Hull Between 1800 and 1850” (2001) 4 *Mariner* 7"
    title = "Ships of Leith and Hull Between 1800 and 1850"
    grammar = Parsed("article", {"title": title, "journal": "Mariner"})
    learned = Parsed("article", {"title": "Ships of", "address": "Leith and Hull"})
    sure = {"title": 0.9, "address": 0.95}
    assert cut_overrun(grammar, grammar, text, learned, sure) == grammar


def test_a_labeller_title_that_is_not_the_start_of_the_grammars_leaves_it() -> None:
    learned = Parsed("book", {**LEARNED.fields, "title": "Anna: Die Stadt"})
    assert cut_overrun(GRAMMAR, GRAMMAR, TEXT, learned, SURE) == GRAMMAR


def test_a_container_read_after_a_colon_is_a_subtitle() -> None:
    text = "Rosa Neri, Il porto: Carte e immagini del molo di Ancona (1900-1910)"
    title = "Il porto: Carte e immagini del molo di Ancona"
    grammar = Parsed("book", {"author": "Neri, Rosa", "title": title})
    learned = Parsed("incollection", {"title": "Il porto", "booktitle": title[10:]})
    assert cut_overrun(grammar, grammar, text, learned, {"title": 0.9, "booktitle": 0.9}) == grammar


def test_no_container_from_the_tail_where_the_grammar_found_one_after_in() -> None:
    """ "Title. Interview. Porto Alegre, 14/03/2015, *in*: *Book*, …": the grammar read the
    book after "in:"; a place the labeller reads as a journal in the title's tail is no
    second container, and the chapter stays a chapter."""
    text = (
        "MARTINS, Clara, O desenho da cidade. Clara Martins conversa com Rui Gomes. Porto"
        " Alegre, 2015, *in*: *Cidades possíveis*, Lisboa: Edições Tinta, 2018, p. 12"
    )
    title = "O desenho da cidade. Clara Martins conversa com Rui Gomes. Porto Alegre, 2015"
    fields = {"author": "Martins, Clara", "title": title, "booktitle": "Cidades possíveis"}
    grammar = Parsed("incollection", {**fields, "year": "2018"}, "12")
    learned = Parsed(
        "article",
        {"title": "O desenho da cidade: Clara Martins conversa com Rui Gomes",
         "journal": "Porto Alegre"},
    )  # fmt: skip
    sure = {"title": 0.95, "journal": 0.9}
    assert cut_overrun(grammar, grammar, text, learned, sure) == grammar
