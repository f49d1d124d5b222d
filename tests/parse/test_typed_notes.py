"""How notes are typed (tests/corpus17): notes in bibliography form with their pinpoint after
the year, author-date references among them, Scandinavian joiners and back-references, the
Dutch "ald.", a note pointer off by a note where the short title tells."""

from __future__ import annotations

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.entrypinpoint import entry_pinpoint
from citekit.parse.fields import parse_full
from citekit.parse.refnote import entry_notes
from tests.test_resolve import assert_resolution, resolve_notes

# a document whose full notes are bibliography entries, among author-date references
BIBLIOGRAPHY_NOTES = (
    'Shannon, Claude E. "A Mathematical Theory of Communication." Bell System Technical '
    "Journal 27, no. 3 (1948): 379–423.",
    "Chomsky, Noam. Syntactic Structures. The Hague: Mouton, 1957, 15–17.",
    "Shannon 1948: 384; Chomsky 1957, 20.",
    "Bengio, Yoshua, Réjean Ducharme, Pascal Vincent, and Christian Jauvin. "
    '"A Neural Probabilistic Language Model." Journal of Machine Learning Research 3 '
    "(2003): 1137–55.",
    "Ibid., 1140.",
    "Jurafsky and Martin 2000, 190.",
    "Jurafsky, Daniel, and James H. Martin. Speech and Language Processing. Upper Saddle "
    "River, NJ: Prentice Hall, 2000, 189–95.",
    "Bengio et al. 2003, 1142.",
)


def parse_in(texts: tuple[str, ...], number: int) -> tuple:
    context = build_context(texts)
    return parse_note(Note(number, texts[number - 1], Span(0, 0, number)), context)


def test_an_articles_year_before_its_pages_does_not_make_an_entry_a_note():
    """ "27, no. 3 (1948): 379–423" is printed alike in a note and a bibliography: the inverted
    names make the note an entry, and enough such notes make the document one of entries."""
    assert entry_notes(BIBLIOGRAPHY_NOTES)


def test_a_book_entry_as_a_note_keeps_its_pinpoint_after_the_year():
    (cited,) = parse_in(BIBLIOGRAPHY_NOTES, 2)
    assert cited.kind is Kind.FULL
    assert cited.locator == "15–17"
    assert cited.fields["title"] == "Syntactic Structures"
    assert "pages" not in cited.fields


def test_an_articles_own_pages_are_no_pinpoint():
    assert entry_pinpoint("Journal 3 (2003): 1137–55.", {"journal": "J", "year": "2003"}) is None
    assert entry_pinpoint("Mouton, 1957, 15–17.", {"year": "1957"}) == "15–17"


def test_an_author_date_reference_in_a_document_of_entries_stays_a_short_form():
    (cited,) = parse_in(BIBLIOGRAPHY_NOTES, 6)
    assert cited.kind is Kind.SHORT
    assert cited.locator == "190"


def test_author_date_references_link_to_the_entries_they_name():
    resolved, _ = resolve_notes(*BIBLIOGRAPHY_NOTES)
    work = {(c.note, c.index): c.work for c in resolved}
    assert work[(3, 0)] == work[(1, 0)]  # Shannon 1948
    assert work[(3, 1)] == work[(2, 0)]  # Chomsky 1957
    assert work[(6, 0)] == work[(7, 0)]  # Jurafsky and Martin, before the full citation
    assert work[(8, 0)] == work[(4, 0)]  # Bengio et al.


def test_swedish_och_joins_two_authors():
    (cited,) = parse_in(
        (
            "Gunnar Broberg och Mattias Tydén, *Oönskade i folkhemmet* "
            "(Stockholm: Gidlunds, 1991), s. 56.",
        ),
        1,
    )
    assert cited.fields["author"] == "Broberg, Gunnar and Tydén, Mattias"


def test_swedish_op_cit_words_and_joint_authors():
    hirdman = "Yvonne Hirdman, *Att lägga livet till rätta* (Stockholm: Carlsson, 1989), s. 92."
    myrdal = "Alva Myrdal och Gunnar Myrdal, *Kris i befolkningsfrågan* (Stockholm: Bonnier, 1934)."
    assert_resolution(
        ("h", hirdman),
        ("m", myrdal),
        ("h", "Hirdman, anf. arb., s. 120."),
        ("m", "Myrdal och Myrdal, a.a., s. 210."),
    )


def test_swedish_not_is_a_note_pointer():
    (cited,) = parse_in(("Trägårdh (not 9), s. 260.",), 1)
    assert cited.fields.get("_supra") == "9"


def test_dutch_ald_is_an_ibid():
    (cited,) = parse_in(("B.J. Kaplan, *Fictions* (Cambridge 2002) 10.", "Ald., 1052."), 2)
    assert cited.kind is Kind.IBID
    assert cited.locator == "1052"


def test_a_pointer_off_by_a_note_yields_to_the_short_title():
    """ "(przyp. 2)" where note 2 cites the author's other book by "Tamże": the title the short
    form states is the book of note 1."""
    assert_resolution(
        (
            ("rrm", "rh"),
            "M. Janion, *Romantyzm, rewolucja, marksizm*, Gdańsk 1972, s. 45; "
            "M. Janion, M. Żmigrodzka, *Romantyzm i historia*, Warszawa 1978, s. 312.",
        ),
        ("rh", "Tamże, s. 315."),
        ("rrm", "Janion, *Romantyzm, rewolucja…* (przyp. 2), s. 50."),
    )


def test_a_gost_title_with_a_colon_keeps_its_short_last_word_apart_from_the_place():
    """ "О литературе: Работы разных лет. М.: …": the full stop after "лет" (a word of three
    letters, like the abbreviations "p. 1468") ends the title before the place "М."."""
    parsed = parse_full(
        "Эйхенбаум Б. М. О литературе: Работы разных лет. — М.: Советский писатель, 1987. — С. 375"
    )
    assert parsed.fields["title"] == "О литературе: Работы разных лет"
    assert parsed.fields["address"] == "М."
    assert parsed.locator == "С. 375"
