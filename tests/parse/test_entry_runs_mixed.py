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


def test_commentary_after_an_entry_whose_title_is_in_italics_is_left_out():
    (cited,) = parse(
        "Haverkamp, R. (1971). *Kerk en staat in de provincie*. Zwolle: De Vliet. Het boek "
        "verscheen twee jaar later ook in het Duits, bij een andere uitgever."
    )
    assert cited.text.endswith("Zwolle: De Vliet.")
    assert cited.fields["publisher"] == "De Vliet"


def test_a_sentence_after_a_title_in_small_letters_is_no_title_of_the_next():
    (cited,) = parse(
        "Marrow, T., & Quell, B. (2020). Small parsers for old books. arXiv:2001.01234 [cs]. "
        "https://arxiv.org/abs/2001.01234. Los autores no dicen de dónde sacaron los textos que "
        "usaron para el modelo."
    )
    assert cited.text.endswith("https://arxiv.org/abs/2001.01234.")


def test_a_lead_in_and_a_capitalised_particle_before_the_next_entry():
    found = parse(
        "Ostrander, P. (2009). Het einde van de zuil. Hilversum: Verloren. Zie ook Van Dam, K. "
        "(2004). De kerk in het dorp. *Tijdschrift voor Geschiedenis*, 117(2), 201–219."
    )
    assert [c.text for c in found] == [
        "Ostrander, P. (2009). Het einde van de zuil. Hilversum: Verloren.",
        "Van Dam, K. (2004). De kerk in het dorp. *Tijdschrift voor Geschiedenis*, 117(2), "
        "201–219.",
    ]
    assert found[1].fields["author"] == "Van Dam, K."


def test_a_co_authors_capitalised_particle_stays_in_the_names():
    (cited,) = parse("Ruiz, J., Van Dam, K. (2019). De kerk in het dorp. Amsterdam: Verloren.")
    assert cited.fields["author"] == "Ruiz, J. and Van Dam, K."


def test_commentary_after_a_harvard_entry_read_whole_is_left_out():
    (cited,) = parse(
        "Pellow, W. (1992) 'A field of stories: land and narrative', *Journal of Plains "
        "History*, 78(4), pp. 1347–1376. Pellow reads the two older books as rival plots laid "
        "over the same events."
    )
    assert cited.text.endswith("pp. 1347–1376.")
    assert cited.fields["pages"] == "1347–1376"


def test_a_sentence_case_subtitle_after_a_harvard_head_stays_in_the_entry():
    (cited,) = parse(
        "Scott, J. C. (1998) Seeing like a state. How certain schemes to improve the human "
        "condition have failed. New Haven: Yale University Press."
    )
    assert cited.text.endswith("Yale University Press.")
