"""Shapes met in tests/corpus9 (Dutch, Portuguese, Hungarian, classics and patristics notes),
each written here in invented words: Dutch and Hungarian op. cit. and ibid. words, particles
that open a family name, family names listed before a short title, a year inside a title, an
imprint set off by commas after the title's full stop, names written family first, a siglum
announced with "doravante", "apud", a series in the imprint's brackets, "ET"."""

from __future__ import annotations

from citekit.model import Code, Kind
from citekit.parse.imprint import parse_paren_imprint
from citekit.parse.names import split_names, to_family_given
from tests.parse.notes import parse
from tests.test_resolve import resolve_notes

DUTCH = "J. de Wolk en A. van der Brug, *Havens en steden 1500-1800* (Zutphen 1991) 11-17."


def test_dutch_and_hungarian_back_reference_words() -> None:
    resolved, diagnostics = resolve_notes(
        "K. Varen, *Schepen en lading* (Leiden 1984) 12.",
        "Varen, a.w., 23.",
        "Ibidem, 30.",
        "Tóth Márton: *A kikötő története*. Budapest, Révész, 1937. 112–118.",
        "Uo. 120.",
        "Tóth: i. m. 150.",
    )
    kinds = [c.kind for c in resolved]
    assert kinds == [Kind.FULL, Kind.OP_CIT, Kind.IBID, Kind.FULL, Kind.IBID, Kind.OP_CIT]
    assert len({c.work for c in resolved[:3]}) == 1
    assert len({c.work for c in resolved[3:]}) == 1
    assert not diagnostics


def test_a_particle_that_opens_a_name_is_the_familys() -> None:
    assert split_names("De Wolk en Van der Brug") == ["De Wolk", "Van der Brug"]
    assert to_family_given("Van Morrison") == "Morrison, Van"  # "Van": a given name too
    assert split_names("Harder, De Wolk en Brink") == ["Harder", "De Wolk", "Brink"]


def test_family_names_listed_before_a_short_title_find_the_work() -> None:
    resolved, diagnostics = resolve_notes(
        "O. Harder, A. de Wolk en J. Brink, 'De vroege jaren van de compagnie', *Tijdschrift "
        "voor Havens* 73 (2013) 1050-1076.",
        DUTCH,
        "Harder, De Wolk en Brink, 'Vroege jaren', 1070; De Wolk en Van der Brug, *Havens en "
        "steden 1500-1800*, 460.",
    )
    assert [c.kind for c in resolved[2:]] == [Kind.SHORT, Kind.SHORT]
    assert [c.work for c in resolved[2:]] == [resolved[0].work, resolved[1].work]
    assert not diagnostics


def test_an_imprint_set_off_by_commas_after_the_titles_full_stop() -> None:
    (cited,) = parse("Tóth Márton: *A kikötő*. I–II. Budapest, Révész, 1970. I. 212.")
    assert cited.fields.get("address") == "Budapest"
    assert cited.fields.get("publisher") == "Révész"
    assert cited.fields.get("year") == "1970"


def test_a_town_then_a_publisher_that_ends_with_its_town() -> None:
    (cited,) = parse("Rui Mar, *Cartas*, Lisboa, Academia das Letras de Lisboa, 1940, p. 175.")
    assert cited.fields.get("address") == "Lisboa"
    assert cited.fields.get("publisher") == "Academia das Letras de Lisboa"
    (cited,) = parse("Ann Reed, *Rivers* (Bloomington, Indiana, 1990), 4.")
    assert "publisher" not in cited.fields


def test_names_written_family_first_are_turned_by_the_short_forms() -> None:
    resolved, diagnostics = resolve_notes(
        "Tóth Márton: *A kikötő története*. Budapest, Révész, 1937. 112.",
        "Tóth: i. m. 150.",
    )
    assert resolved[0].fields["author"] == "Tóth, Márton"
    assert resolved[1].work == resolved[0].work
    assert not diagnostics


def test_a_siglum_announced_with_doravante() -> None:
    resolved, diagnostics = resolve_notes(
        "Rui Mar e Ana Sol, Atlas das Costas, Lisboa, 1960, vol. I, pp. 79-81, doravante "
        "citado como ADC.",
        "ADC, vol. II, est. 170.",
    )
    assert [c.kind for c in resolved] == [Kind.FULL, Kind.SHORT]
    assert resolved[1].work == resolved[0].work
    assert not [d for d in diagnostics if d.code is Code.SHORT_WITHOUT_FULL]


def test_apud_cites_the_source_it_was_read_in() -> None:
    cited = parse("Carta do piloto ao rei, 1538, apud Rui Mar, *Cartas*, Lisboa, 1940, p. 201.")
    assert cited[-1].text.startswith("Rui Mar")


def test_a_series_before_the_imprint_in_its_brackets() -> None:
    fields = parse_paren_imprint("Harbour Texts 142; Cambridge, MA, and London, 1982")
    assert fields["series"] == "Harbour Texts 142"
    assert fields["address"] == "Cambridge, MA, and London"
    assert "series" not in parse_paren_imprint("Leiden; Boston: Brill, 2005")


def test_et_opens_an_english_translation() -> None:
    cited = parse(
        "Ida Wend, *Haus und Hof* (Bern: Stern, 1942), 67; ET *House and Yard*, trans. Max "
        "Lind (Leeds: Grove Press, 1995), 37."
    )
    assert cited[-1].text.startswith("*House and Yard*")


def test_a_colon_short_form_with_a_bare_page() -> None:
    assert [c.kind for c in parse("Tóth: A kikötő története, 420.")] == [Kind.SHORT]
    assert parse("Note: this is prose, 12.") == ()
    assert parse("Москва: Наука, 19") == ()  # a place and its publisher, cut short


def test_a_place_is_no_series_in_the_imprints_brackets() -> None:
    fields = parse_paren_imprint("Basingstoke, England; New York: Palgrave Macmillan, 2010")
    assert "series" not in fields
    assert "series" not in parse_paren_imprint("EHESS; Gallimard; Seuil, 1990")  # publishers


def test_a_state_without_its_full_stop_is_no_publisher() -> None:
    assert "publisher" not in parse_paren_imprint("Stanford, Calif, 1990")
