"""Reference-list entry shapes read apart (issue 16: core.xml's dev half as footnotes), each
written here in invented words."""

from __future__ import annotations

import pytest

from citekit.parse.addresssplit import address_publisher
from citekit.parse.elements import Parsed
from citekit.parse.pageslabel import labelled_pages
from citekit.parse.reference import parse_reference
from citekit.parse.refheadshapes import (
    bracketed_initials,
    direct_colon,
    names_comma_year,
    status_for_year,
    year_first,
)
from citekit.parse.refpeople import split_people
from citekit.parse.venuehead import venue_head


def test_families_in_capitals_with_their_initials_in_brackets_are_the_authors() -> None:
    head = bracketed_initials("ORLAM (T.), VESK (A.B.) 2004, A study of tin. Tin Review 3: 1-9.")
    assert head is not None
    assert head.people == ("ORLAM, T.", "VESK, A.B.")
    assert head.year == "2004"
    assert head.rest.startswith("A study of tin")


def test_a_status_in_place_of_the_year_closes_the_names() -> None:
    head = status_for_year("Orlam, T. & Vesk, A. (in preparation). A study of tin. Tin Review")
    assert head is not None
    assert head.people == ("Orlam, T.", "Vesk, A.")
    assert head.year is None
    assert head.rest.startswith("A study of tin")


def test_an_entry_opening_with_its_year_has_no_names() -> None:
    head = year_first("1971 Harbour Tin Ledgers: A Study of Ports. Orlam.")
    assert head is not None
    assert (head.people, head.year) == ((), "1971")
    assert year_first("1984. London: Quill, 1949.") is None  # a title that is a year


def test_a_german_name_closed_by_a_colon_before_in_is_the_author() -> None:
    head = direct_colon("Tomas Vesk: Hafen. In: A. Orlam (Hrsg.): Lexikon der Häfen. Lugo 1990")
    assert head is not None
    assert head.people == ("Vesk, Tomas",)
    assert direct_colon("Moby Dick: Or, the Whale. London: Quill, 1851.") is None


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("VESK ORLAM L., 1999, “Tin”, in Portus 7: 3-9.", ("VESK ORLAM, L.",)),
        ("ORLAM T., VESK A., 2018: “Tin”, in A. Lund (ed.), Ports.", ("ORLAM, T.", "VESK, A.")),
        ("PORTSTAT, 2009, Le port en France, Lugo, PORTSTAT.", ("PORTSTAT",)),
    ],
)
def test_names_then_the_year_between_commas(text: str, people: tuple[str, ...]) -> None:
    head = names_comma_year(text)
    assert head is not None
    assert head.people == people


@pytest.mark.parametrize(
    "text", ["VESKO, 2010, p. 40. Ver também ORLAM, op. cit.", "PORTSTAT, 2009, S. 3"]
)
def test_names_then_a_year_then_a_page_are_an_author_date_citation_not_an_entry(text: str) -> None:
    assert names_comma_year(text) is None


def test_the_last_name_after_and_is_inverted_as_the_first_with_its_initial() -> None:
    assert split_people("Orlam, Tomas, & Vesk, Ada I.", inverted=False) == [
        "Orlam, Tomas",
        "Vesk, Ada I.",
    ]


def test_a_publisher_and_its_place_read_as_one_address_are_parted() -> None:
    fields = {"address": "Quill-Verlag, Berlin", "publisher": "PSL 649"}
    parted = address_publisher(Parsed("book", fields)).fields
    assert (parted["address"], parted["publisher"]) == ("Berlin", "Quill-Verlag")
    region = address_publisher(Parsed("book", {"address": "Cambridge, Mass"})).fields
    assert region == {"address": "Cambridge, Mass"}


def test_a_name_before_a_town_of_the_lists_is_the_publisher_without_a_publisher_s_word() -> None:
    parted = address_publisher(Parsed("book", {"address": "Quillbrook Editions, Rabat"})).fields
    assert parted == {"address": "Rabat", "publisher": "Quillbrook Editions"}
    bare = address_publisher(Parsed("book", {"address": "Orlamo, Kraków"})).fields
    assert bare == {"address": "Kraków", "publisher": "Orlamo"}
    for whole in ("Wetumpka, Alabama", "Washington, D. C", "Lugo, Madrid"):
        assert address_publisher(Parsed("book", {"address": whole})).fields == {"address": whole}


def test_a_place_or_a_year_after_the_publisher_s_comma_is_no_part_of_it() -> None:
    moved = address_publisher(Parsed("book", {"publisher": "Quill Press, London"})).fields
    assert moved == {"publisher": "Quill Press", "address": "London"}
    dated = address_publisher(Parsed("book", {"publisher": "Quill Press, 1926"})).fields
    assert dated == {"publisher": "Quill Press"}
    campus = {"publisher": "University of Lugo, Berlin"}
    assert address_publisher(Parsed("book", campus)).fields == campus


def test_in_the_proceedings_of_a_workshop_is_the_papers_book_not_a_talk() -> None:
    entry = parse_reference(
        "A. Orlam, “Tin Ports”, in the Proceedings of 3rd Harbour Workshop, Lugo, July 1994."
    )
    assert entry.entry_type != "unpublished"
    assert "howpublished" not in entry.fields


def test_an_article_s_journal_after_in_is_read_without_it() -> None:
    entry = parse_reference("Orlam, T., 1999, “Tin and its ports”, in Portus 73: 93-105.")
    assert entry.fields["journal"] == "Portus"


def test_editors_named_after_their_mark_open_the_book() -> None:
    entry = parse_reference(
        "Orlam, T. (2000). Tin ports. In: Eds. A. Vesk & B. Lund, The Book of Tin (pp. 1-20). "
        "Lugo: Quill."
    )
    assert entry.fields["editor"] == "Vesk, A. and Lund, B."
    assert entry.fields["booktitle"] == "The Book of Tin"


def test_a_venue_s_abbreviated_words_are_no_editors_names() -> None:
    entry = parse_reference(
        "T. Orlam, “Tin ports,” in Proc. Int. Conf. Harbours, A. Vesk and B. Lund, Eds. "
        "Lugo: Quill, 2000, pp. 1–20."
    )
    assert entry.fields["editor"] == "Vesk, A. and Lund, B."
    assert entry.fields["booktitle"] == "Proc. Int. Conf. Harbours"


def test_a_sentence_before_a_paged_container_ends_a_plain_title() -> None:
    entry = parse_reference(
        "Orlam, T., Vesk, A., Tin in harbour mud (abstract). Harbour Science, XII pp. 16-18. 1981."
    )
    assert entry.fields["title"] == "Tin in harbour mud (abstract)"


def test_an_issue_s_day_and_month_in_figures_leave_its_year() -> None:
    entry = parse_reference(
        "ORLAM, T. Le port de Lugo. Lien portuaire, 25/04/2013, n°1103, pp. 16-18."
    )
    assert entry.fields.get("year") == "2013"
    assert "publisher" not in entry.fields


@pytest.mark.parametrize(
    ("text", "families", "year"),
    [
        pytest.param(
            "Orlam, T. A., K. B. Vesk, and R. Lund, 2007a: Tin in tidal walls. J. Tin Res., "
            "20, 4819-4834.",
            ["Orlam", "Vesk", "Lund"],
            "2007",
            id="three-names",
        ),
        pytest.param(
            "Orlam, T. A. and R. Lund Jr., 1994: Tin in tidal walls. J. Tin Res., 9, 103-115.",
            ["Orlam", "Lund"],
            "1994",
            id="two-names-and-a-suffix",
        ),
    ],
)
def test_inverted_then_direct_names_before_year_and_colon(
    text: str, families: list[str], year: str
) -> None:
    """The American Meteorological Society's head: the first name inverted, the others in
    direct order, the year and a colon; the title then runs to its full stop."""
    head = names_comma_year(text)
    assert head is not None
    assert [p.split(",")[0] for p in head.people] == families
    assert (head.year, head.comma) == (year, False)
    parsed = parse_reference(text)
    fields = (parsed.fields["title"], parsed.fields["journal"])
    assert fields == ("Tin in tidal walls", "J. Tin Res")


@pytest.mark.parametrize(
    ("text", "families"),
    [
        pytest.param(
            "Orlam, T. 2004, 'Tin in tidal walls', Tin Review, vol. 3, no. 2, pp. 1-9.",
            ["Orlam"],
            id="one-name",
        ),
        pytest.param(
            "Orlam, T. A. & Vesk, K. 2004, 'Tin in tidal walls', in R. Lund (ed.), The Book of "
            "Tin, Tinmen Press, Oxford, pp. 1-9.",
            ["Orlam", "Vesk"],
            id="two-names-and-a-book",
        ),
    ],
)
def test_harvard_initials_with_periods_then_year_and_comma(text: str, families: list[str]) -> None:
    """Harvard's "Family, I. YEAR, 'Title'": the initials may keep their periods."""
    parsed = parse_reference(text)
    assert [p.split(",")[0] for p in parsed.fields["author"].split(" and ")] == families
    assert (parsed.fields["year"], parsed.fields["title"]) == ("2004", "Tin in tidal walls")


def test_abnt_labels_say_volume_issue_and_pages() -> None:
    """ABNT's "Journal, Place, v. 3, n. 2, p. 1-9, 2004": the labels, not commas, tell."""
    parsed = parse_reference(
        "ORLAM, T.; VESK, K. Tin in tidal walls. Revista de Estudos, São Paulo, v. 3, n. 2, "
        "p. 1-9, 2004."
    )
    assert parsed.entry_type == "article"
    fields = {k: parsed.fields.get(k) for k in ("journal", "address", "volume", "number")}
    assert fields == {
        "journal": "Revista de Estudos",
        "address": "São Paulo",
        "volume": "3",
        "number": "2",
    }


def test_family_and_initials_parts_are_names_each() -> None:
    """ "Orlam T., Vesk K. (2004)": two names, not a family "Orlam T." and a given "Vesk K."."""
    assert split_people("Orlam T., Vesk K.", inverted=True) == ["Orlam, T.", "Vesk, K."]


def test_a_journal_s_abbreviations_closing_a_title_without_a_stop_open_the_journal() -> None:
    text = "Orlam A 1996 Tin fusion rules Nucl. Phys. B 477 293-318"
    read = Parsed("article", {"title": "Tin fusion rules Nucl", "journal": "Phys. B"})
    moved = venue_head(read, text).fields
    assert moved == {"title": "Tin fusion rules", "journal": "Nucl. Phys. B"}
    unprinted = Parsed("article", {"title": "Ports of Int", "journal": "Harbour Review"})
    assert venue_head(unprinted, "Orlam A. Ports of Int, Harbour Review 3") is unprinted


def test_a_range_after_the_word_pages_is_the_entry_s_pages_not_its_container_s() -> None:
    text = "A. Orlam. Tin ports. In Harbour Symposium, pages 174-83, 1988."
    read = Parsed("article", {"title": "Tin ports", "journal": "Harbour Symposium, pages 174-83"})
    assert labelled_pages(read, text).fields == {
        "title": "Tin ports",
        "journal": "Harbour Symposium",
        "pages": "174–183",
    }
    bare = Parsed("article", {"title": "Tin ports", "journal": "pages", "pages": "9–12"})
    assert labelled_pages(bare, "A. Orlam. Tin ports. pages 9-12.").fields == {
        "title": "Tin ports",
        "pages": "9–12",
    }
    two = "A. Orlam. Tin ports, pages 3-5 and pages 9-12."
    untouched = Parsed("book", {"title": "Tin ports"})
    assert labelled_pages(untouched, two) is untouched


def test_a_place_after_the_publisher_s_comma_opens_the_address_read_after_it() -> None:
    text = "J. Orlam. Tin Ports. Quill Press, New York, NY, USA, 2001."
    read = Parsed("book", {"publisher": "Quill Press, New York", "address": "NY, USA"})
    assert address_publisher(read, text).fields == {
        "publisher": "Quill Press",
        "address": "New York, NY, USA",
    }
    apart = address_publisher(read, "J. Orlam. Tin Ports. NY, USA: Quill Press, New York.")
    assert apart.fields == {"publisher": "Quill Press", "address": "NY, USA"}


def test_a_publisher_before_several_places_in_one_address_is_read_apart() -> None:
    towns = Parsed("book", {"address": "Quill-Verlag, Berlin, Heidelberg, New York"})
    assert address_publisher(towns).fields == {
        "address": "Berlin, Heidelberg, New York",
        "publisher": "Quill-Verlag",
    }
    state = Parsed("book", {"address": "Orlam University Press, Vesktown, CA"})
    assert address_publisher(state).fields == {
        "address": "Vesktown, CA",
        "publisher": "Orlam University Press",
    }
    names = {"address": "Orlam, Vesk, Berlin"}
    assert address_publisher(Parsed("book", names)).fields == names
