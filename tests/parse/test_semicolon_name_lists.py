"""Author-date entries whose names a semicolon parts and "; and" closes (AAAI, ACL, some
Chicago author-date journals): the authors, and a container's editors after "In". Invented
names and titles."""

from __future__ import annotations

from tests.parse.notes import parse


def test_and_after_a_semicolon_closes_the_authors():
    (cited,) = parse(
        "Oakes, P.; Varga, L.; and Lindqvist, T. 1997. Tagging rare words in context. "
        "Journal of Text Studies 12(3):45-67."
    )
    assert cited.fields["author"] == "Oakes, P. and Varga, L. and Lindqvist, T"
    assert cited.fields["title"] == "Tagging rare words in context"


def test_two_authors_a_semicolon_and_and_part():
    (cited,) = parse(
        "Oakes, P.; and Varga, L. 1997. Tagging rare words in context. "
        "Journal of Text Studies 12(3):45-67."
    )
    assert cited.fields["author"] == "Oakes, P. and Varga, L"


def test_a_container_s_editors_parted_by_semicolons_stay_in_the_entry():
    (cited,) = parse(
        "Oakes, P. 1994. Planning short texts. In Brenner, R.; Hale, C.; and Moreau, L., eds., "
        "Studies in Text Generation. Boston: Harbor Press. 47-73."
    )
    assert cited.fields["editor"] == "Brenner, R. and Hale, C. and Moreau, L."
    assert cited.fields["booktitle"] == "Studies in Text Generation"
    assert cited.fields["publisher"] == "Harbor Press"


def test_french_et_joins_the_last_of_names_in_direct_order():
    (cited,) = parse(
        "G. W. Farrand et S. H. Quellec. Syntheses of crown ethers. Springer-Verlag, Berlin, 1982."
    )
    assert cited.fields["author"] == "Farrand, G. W. and Quellec, S. H."
    assert cited.fields["title"] == "Syntheses of crown ethers"
