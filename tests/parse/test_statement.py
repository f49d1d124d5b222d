"""Names that open a citation in the forms of German and legal styles (parse.statement,
parse.short_title_law), read through parse_full."""

from __future__ import annotations

from citekit.parse.fields import parse_full
from citekit.parse.statement import colon_statement, plain_names


def test_inverted_names_ended_by_a_colon_are_the_authors() -> None:
    parsed = parse_full("Weber, Anna Maria: Brücken und Fähren am Oberrhein, Basel 1999, S. 12")
    assert parsed.fields["author"] == "Weber, Anna Maria"
    assert parsed.fields["title"] == "Brücken und Fähren am Oberrhein"
    assert parsed.fields["address"] == "Basel"
    assert parsed.locator == "S. 12"


def test_several_names_joined_by_a_slash_or_und() -> None:
    slash = colon_statement("Roth, Karl/Sommer, Eva: Ein Buch, Bern 2001")
    assert slash is not None
    assert slash[1] == {"author": "Roth, Karl and Sommer, Eva"}
    und = colon_statement("Roth, Karl L. und Eva Sommer: Ein Buch, Bern 2001")
    assert und is not None
    assert und[1] == {"author": "Roth, Karl L. and Sommer, Eva"}


def test_editors_marked_after_the_names_make_a_collection() -> None:
    parsed = parse_full("**Roth, Karl u. a. (Hgg.)**: Die Inschriften der Stadt, Bonn 1980")
    assert parsed.entry_type == "collection"
    assert parsed.fields["editor"] == "Roth, Karl and others"
    assert "author" not in parsed.fields


def test_a_title_with_and_is_no_list_of_names() -> None:
    assert colon_statement("Pardoe, Bookstalls and Branch Lines: W. H. Smith, p. 3") is None
    assert colon_statement("Thomas Pardoe, Bookstalls: A History (London, 2005)") is None


def test_italic_names_lose_their_italics_only_before_a_title() -> None:
    assert plain_names("*Roth*/*Sommer*, Ein Buch über Brücken, S. 4") == (
        "Roth/Sommer, Ein Buch über Brücken, S. 4"
    )
    assert plain_names("*Ulysses*, Paris 1922") == "*Ulysses*, Paris 1922"


def test_german_legal_article_journal_year_first_page_pinpoint() -> None:
    parsed = parse_full("*Roth*, Zeitschrift für Brückenbau 1989, 12 (22)")
    assert parsed.entry_type == "article"
    assert parsed.fields["author"] == "Roth"
    assert parsed.fields["journal"] == "Zeitschrift für Brückenbau"
    assert parsed.fields["year"] == "1989"
    assert parsed.locator == "22"


def test_german_legal_chapter_with_editors() -> None:
    parsed = parse_full("*Roth*, in: Sommer/Weber, Brücken am Rhein, S. 43 (45–47)")
    assert parsed.entry_type == "incollection"
    assert parsed.fields["editor"] == "Sommer and Weber"
    assert parsed.fields["booktitle"] == "Brücken am Rhein"
    assert parsed.locator == "45–47"


def test_italic_author_then_title_of_a_book() -> None:
    parsed = parse_full("*Roth*, Die Brücken am Oberrhein, S. 164")
    assert parsed.fields["author"] == "Roth"
    assert parsed.fields["title"] == "Die Brücken am Oberrhein"
    assert parsed.locator == "S. 164"


def test_a_sentence_after_the_given_name_is_the_title() -> None:
    assert colon_statement("LIMA, Ana. Gilberto Freyre: a vida, São Paulo, 2001") is None


def test_iso690_names_sentence_then_plain_title_then_journal() -> None:
    parsed = parse_full(
        "ROSSI, A., VERDI, B. Un titolo semplice. En *Rivista di Prova*. 2018, vol. 11, nº 2"
    )
    assert parsed.entry_type == "article"
    assert parsed.fields["author"].startswith("Rossi, A. and Verdi, B")
    assert parsed.fields["title"] == "Un titolo semplice"
    assert parsed.fields["journal"] == "Rivista di Prova"
    assert parsed.fields["volume"] == "11"
    assert parsed.fields["number"] == "2"


def test_plain_names_sentence_then_title_then_book_with_editors() -> None:
    text = "Marta Rossi. Un capitolo, en *Un libro collettivo*, Luca Bianchi (ed.). Roma. 2019"
    parsed = parse_full(text)
    assert parsed.entry_type == "incollection"
    assert parsed.fields["author"] == "Rossi, Marta"
    assert parsed.fields["title"] == "Un capitolo"
    assert parsed.fields["booktitle"] == "Un libro collettivo"


def test_editors_in_capitals_with_two_word_families() -> None:
    from citekit.parse.names import split_names

    assert [n.split(",")[0] for n in split_names("VAL VERDE, M.I., RUIZ DE LA TORRE, O.")] == [
        "Val Verde",
        "Ruiz De La Torre",
    ]


def test_every_editor_of_a_list_after_ed() -> None:
    parsed = parse_full(
        "Ana Lima, “Um capítulo,” in *Um livro*, ed. Rui Costa, J. Pedro Silva, and Eva Sousa"
        " (Lisboa: Cosmos, 2019), 12"
    )
    assert parsed.fields["editor"] == "Costa, Rui and Silva, J. Pedro and Sousa, Eva"
    series = parse_full("Ana Lima, *Um livro*, ed. Rui Costa, Clássicos Modernos (Cosmos, 2019)")
    assert series.fields["editor"] == "Costa, Rui"


def test_a_second_initial_is_no_title() -> None:
    parsed = parse_full("ПЕТРОВ, И. А. *Книга о мостах*. М.: Наука, 2008, с. 12")
    assert parsed.fields["title"] == "Книга о мостах"
    assert parsed.entry_type == "book"


def test_a_journal_in_guillemets_is_left_to_the_grammar() -> None:
    parsed = parse_full("MARIO ROSSI, Un saggio breve, in «Rivista Storica», 17 (2017), p. 97")
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"] == "Rivista Storica"


def test_a_serial_comma_list_then_a_quoted_chapter_title() -> None:
    parsed = parse_full(
        "Ann Lee, Ben Fry, and Cy Oakes, ‘A Survey of Harbours’, in The Coast, ed. by D. Roe "
        "(Leeds: Shore Press, 2010), pp. 397–418"
    )
    assert parsed.fields["author"] == "Lee, Ann and Fry, Ben and Oakes, Cy"
    assert parsed.fields["title"] == "A Survey of Harbours"
    assert parsed.fields["booktitle"] == "The Coast"


def test_a_stop_and_in_inside_a_quoted_title_open_no_container() -> None:
    parsed = parse_full(
        "Ann Lee and Ben O’Fry, ‘Harbour Walls. I. In Situ Tests’, Coast Rev., 12.2 (2010), "
        "pp. 150–70"
    )
    assert parsed.fields["author"] == "Lee, Ann and O’Fry, Ben"
    assert parsed.fields["title"] == "Harbour Walls: I. In Situ Tests"
    assert parsed.fields["journal"] == "Coast Rev."
