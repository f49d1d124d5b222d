"""Author-date reference entries typed into notes beside other citations and commentary (ASA,
Chicago author-date): each entry read whole by the entry reader, the short forms and
commentary around it by the note grammar. Invented names and titles."""

from __future__ import annotations

from citekit.model import Kind
from tests.parse.notes import parse


def test_a_short_form_before_an_entry_is_its_own_citation():
    found = parse(
        'Rausch 1985:48; Lindqvist, Hedda R. 2001. "The Quiet Market: Trust and the Grain '
        'Trade." Theory and Practice 30(6):775–810.'
    )
    assert [c.kind for c in found] == [Kind.SHORT, Kind.FULL]
    assert found[0].locator == "48"
    assert found[1].fields["journal"] == "Theory and Practice"
    assert found[1].fields["author"].startswith("Lindqvist, Hedda")


def test_two_entries_at_a_semicolon_stay_apart():
    found = parse(
        "Marlow, Tobias. 2001. The Shape of Fairs: An Economic Sociology of Provincial Trade. "
        'Princeton, NJ: Harbour University Press; Ostrander, Pia. 2009. "The Order of Fairs." '
        "Theory and Practice 38(3):245–69."
    )
    assert [c.fields["author"] for c in found] == ["Marlow, Tobias", "Ostrander, Pia"]
    assert "volume" not in found[0].fields
    assert found[1].fields["year"] == "2009"


def test_commentary_after_an_entry_is_left_out():
    found = parse(
        "Usk, Bertram. 1997. The Paradox of Ties. Chicago: Lakeside Press. Usk studied the "
        "carters and smiths of one river town."
    )
    (cited,) = found
    assert cited.text == "Usk, Bertram. 1997. The Paradox of Ties. Chicago: Lakeside Press."
    assert cited.fields["publisher"] == "Lakeside Press"


def test_an_entry_after_prose_with_a_first_edition_year():
    (cited,) = parse(
        "The idea is usually traced to Pellham, Karl. [1944] 2001. The Long Change: Origins of "
        "Our Time. Boston: Lantern Press. He used the word sparingly and never defined it."
    )
    assert cited.text.startswith("Pellham, Karl. [1944] 2001.")
    assert (cited.fields["author"], cited.fields["year"]) == ("Pellham, Karl", "2001")


def test_a_compared_short_form_after_an_entry():
    found = parse(
        "Ostrander, Pia. 2007. The Order of Fairs. Cologne: Lantern Press; compare Pellham "
        "[1944] 2001:60."
    )
    assert [c.kind for c in found] == [Kind.FULL, Kind.SHORT]
    assert (found[1].fields["author"], found[1].fields["year"]) == ("Pellham", "2001")
    assert found[1].locator == "60"


def test_edited_names_and_a_short_form_after_and():
    found = parse(
        "See the chapters in Sommer, Neil J., and Rita Sandberg, eds. 2005. The Handbook of "
        "Fair Trade. 2nd ed. Princeton, NJ: Harbour University Press; and Lindqvist 2001:798."
    )
    assert [c.kind for c in found] == [Kind.FULL, Kind.SHORT]
    assert found[0].fields["title"] == "The Handbook of Fair Trade"
    assert found[1].locator == "798"


def test_a_two_word_family_name_and_a_year_with_its_page_is_a_short_form():
    (cited,) = parse("cf. Van Rensel et al. (2007, p. 215).")
    assert (cited.kind, cited.locator, cited.fields["year"]) == (Kind.SHORT, "p. 215", "2007")


def test_a_dated_short_form_before_commentary_is_no_entry():
    (cited,) = parse(
        "Moreno Ibarra (2004, p. 296). In Quito, a large share of the plots titled in 2001 had "
        "changed hands by 2006."
    )
    assert (cited.kind, cited.text, cited.locator) == (
        Kind.SHORT,
        "Moreno Ibarra (2004, p. 296)",
        "p. 296",
    )


def test_a_co_authors_name_after_and_opens_no_second_entry():
    found = parse(
        "Orlam, Bonnie Lynn and Lund, Eric (1983). Varieties of grain trade. In Proceedings of "
        "the Salt Meeting, 12–19."
    )
    assert len(found) == 1


def test_an_initial_before_and_is_still_the_names_block():
    found = parse(
        "Orlam, Paul V. and Lund, Simon (2001). Radial Grain Networks: Theory and Trade. "
        "Salt Press, Halden."
    )
    assert len(found) == 1


def test_a_sentence_case_title_before_its_container_is_no_commentary():
    found = parse(
        "Orlam, G. (1999). Chapter 29. Intergenerational mobility in the grain market. In O. C. "
        "A. and D. Lund (Ed.), Handbook of salt economics (Vol. 3, Part A, pp. 1761–1800). "
        "Halden: Norm. Retrieved from http://www.example.org/salt/29"
    )
    assert len(found) == 1
