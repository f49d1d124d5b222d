"""Vancouver names, then the year closed by a period, then a title that opens with a word and
its colon (Annual Reviews, PLoS's author-date lists); and PLoS's article numbers after a
volume's colon. Entries written for these tests."""

from __future__ import annotations

from citekit.parse.reference import parse_reference


def test_a_year_after_vancouver_names_is_the_year_when_the_title_has_a_colon():
    fields = parse_reference(
        "Lund P, Moss E. 2011. Harbours: tidal reach of small ports in the north. "
        "Annu. Rev. Coast. 4:101-22"
    ).fields
    assert fields["year"] == "2011"
    assert fields["title"] == "Harbours: tidal reach of small ports in the north"
    assert fields["journal"] == "Annu. Rev. Coast"


def test_a_place_and_publisher_after_the_year_are_no_title():
    fields = parse_reference("Lund P. 2011. London: Quay Press and Sons.").fields
    assert (fields.get("address"), fields.get("publisher")) == ("London", "Quay Press and Sons")


def test_an_article_number_after_the_volume_is_its_pages():
    reference = parse_reference(
        "Lund P, Moss E (2011) Tidal reach of small ports. PLoS Coast 4: e1003235."
    )
    assert reference.entry_type == "article"
    assert reference.fields["journal"] == "PLoS Coast"
    assert reference.fields["pages"] == "e1003235"
