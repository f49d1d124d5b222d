"""Habits of Italian, French and German notes that many authors share.

Our own example notes, one habit a test: co-authors joined by a spaced dash or slash, a German
lead-in that says what part of the text the note covers, a title repeated with "cit." and no
full citation anywhere, a translation added in square brackets.
"""

from __future__ import annotations

from citekit.model import Code, Kind
from citekit.parse.namecues import starts_with_name
from tests.parse.notes import parse
from tests.test_resolve import resolve_notes


def test_co_authors_joined_by_a_spaced_dash_are_one_citation() -> None:
    (cited,) = parse(
        "Si veda L. Ferrante – P. Gallo, *Teatri di provincia*, Torino, Einaudi, 1988, p. 12."
    )
    assert cited.text.startswith("L. Ferrante – P. Gallo")
    assert cited.fields["author"] == "Ferrante, L. and Gallo, P."


def test_co_authors_joined_by_a_spaced_slash_are_one_citation() -> None:
    # German humanities and theology ("Winter / Clarke"): the slash joins names as a dash does
    (cited,) = parse("Siehe H.K. Dorn / M. Ebel, Die Brücken der Stadt, 1987, 12–19.")
    assert cited.text.startswith("H.K. Dorn / M. Ebel")
    assert cited.fields["author"] == "Dorn, H. K. and Ebel, M."


def test_a_slash_between_title_words_joins_no_names() -> None:
    assert not starts_with_name("Stadt / Land im Umbruch, 1990, 3-9")


def test_a_dash_before_a_title_word_joins_no_names() -> None:
    assert not starts_with_name("Quaderni – nuova serie 4 (1990), pp. 3-9")


def test_a_lead_in_naming_the_section_covered_is_not_the_author() -> None:
    (cited,) = parse(
        "Vgl. zum ganzen Abschnitt Berger, Hanna, Die Stadt am Fluss, Kassel 1971, S. 4."
    )
    assert cited.text.startswith("Berger, Hanna")
    assert cited.fields["author"] == "Berger, Hanna"


def test_a_title_repeated_with_cit_and_never_cited_in_full_is_reported() -> None:
    resolved, diagnostics = resolve_notes(
        "R. Bassi, *Le fiere di Sinigaglia*, Ancona, Nuova Tipografia, 1961, p. 4.",
        "Cfr. G. Lodi, *Mercanti in fiera*, cit., p. 88.",
    )
    assert resolved[1].kind is Kind.SHORT
    assert [(d.note, d.code) for d in diagnostics] == [(2, Code.SHORT_WITHOUT_FULL)]


def test_a_translation_in_square_brackets_is_a_citation_of_its_own() -> None:
    first, translation = parse(
        "*Lettres de Naples* cit. [trad. it. M. Rossi, *Lettere da Napoli*, Milano, Bompiani 1999]."
    )
    assert first.text == "*Lettres de Naples* cit."
    assert translation.text.startswith("M. Rossi, *Lettere da Napoli*")
    assert translation.fields["year"] == "1999"


def test_a_title_that_asks_a_question_ends_before_in() -> None:
    (cited,) = parse(
        "Vgl. Roth, Jonas: Wozu Museen? In: Lang, Mia (Hrsg.): Sammeln heute, Jena 2004, S. 7–19."
    )
    assert cited.fields["title"] == "Wozu Museen?"
    assert cited.fields["booktitle"] == "Sammeln heute"


def test_a_title_closed_by_a_full_stop_before_place_and_year_leaves_them_out() -> None:
    (cited,) = parse("Vgl. Brandt, Karl: Die Mühlen am Main. Neue Funde. Würzburg 1958, S. 31.")
    assert cited.fields["title"] == "Die Mühlen am Main: Neue Funde"
    assert (cited.fields["address"], cited.fields["year"]) == ("Würzburg", "1958")


def test_czech_see_also_opens_the_next_citation() -> None:
    _, cited = parse(
        "Tamtéž, s. 40–52. Viz též David R. HOLETON, The Communion of Infants and Hussitism, "
        "Praha: Karolinum 1984, s. 207–225."
    )
    assert cited.text.startswith("David R. HOLETON")
    assert cited.fields["author"] == "Holeton, David R."


def test_czech_compare_after_a_full_stop_opens_a_new_citation() -> None:
    first, second = parse(
        "František ŠMAHEL, Husitská revoluce, Praha: Karolinum 1993, s. 230–245. Srov. Howard "
        "KAMINSKY, A History of the Hussite Revolution, Berkeley: University of California "
        "Press 1967, s. 97–140."
    )
    assert first.locator == "s. 230–245"
    assert second.text.startswith("Howard KAMINSKY")


def test_a_french_month_after_the_issue_number_is_the_issues_date_not_prose() -> None:
    (cited,) = parse(
        "Eric Rohmer, « Le goût de la beauté », *Cahiers du cinéma*, n° 121, juillet 1961, "
        "p. 18-25."
    )
    assert cited.kind is Kind.FULL
    assert {k: cited.fields.get(k) for k in ("journal", "number", "year", "pages")} == {
        "journal": "Cahiers du cinéma",
        "number": "121",
        "year": "1961",
        "pages": "18–25",
    }


def test_a_slash_between_the_words_of_a_bilingual_title_joins_no_names() -> None:
    assert not starts_with_name("Sunuş / Introduction, in Tarih, Mimari, 2011, 3-9")
