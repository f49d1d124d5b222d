"""Court cases without a Bluebook grammar (parse.cases), and typographic emphasis that is no
title (parse.statement.plain_marks), read through parse_full."""

from __future__ import annotations

import pytest

from citekit.parse.cases import case_fields
from citekit.parse.elements import clean_title
from citekit.parse.fields import parse_full
from citekit.parse.statement import plain_marks
from tests.parse.notes import parse


def test_parties_joined_by_v_make_a_case() -> None:
    parsed = parse_full("*Brown v Smithfield* (1975) 12 345 350")
    assert parsed.entry_type == "misc"
    assert parsed.fields["title"] == "Brown v Smithfield"
    assert parsed.fields["year"] == "1975"
    assert parsed.fields["volume"] == "12"
    assert parsed.fields["pages"] == "345"
    assert parsed.locator == "350"


def test_cases_in_other_languages() -> None:
    assert case_fields("Müller gegen Stadtwerke Basel (2001)") == {
        "title": "Müller gegen Stadtwerke Basel",
        "year": "2001",
    }
    assert case_fields("Commission c. Royaume, 12 (2003)") is not None


def test_a_title_with_v_but_no_second_party_is_no_case() -> None:
    assert case_fields("Chapter v of the book, 1999") is None


def test_bold_is_emphasis_and_an_italic_in_is_a_word() -> None:
    text = "SILVA, Ana, Um capítulo, *in*: COSTA, Rui (Orgs.), **Um livro**, Lisboa: Cosmos, 2019"
    assert plain_marks(text) == (
        "SILVA, Ana, Um capítulo, in: COSTA, Rui (Orgs.), *Um livro*, Lisboa: Cosmos, 2019"
    )


def test_abnt_chapter_and_article() -> None:
    chapter = parse_full(
        "SILVA, Ana, Um capítulo, *in*: COSTA, Rui (Orgs.), **Um livro**, Lisboa: Cosmos, 2019"
    )
    assert chapter.entry_type == "incollection"
    assert chapter.fields["title"] == "Um capítulo"
    assert chapter.fields["booktitle"] == "Um livro"
    article = parse_full("SILVA, Ana ; COSTA, Rui, Um artigo, **Revista Nova**, v. 28, 2020")
    assert article.entry_type == "article"
    assert article.fields["journal"] == "Revista Nova"
    assert article.fields["author"].startswith("Silva, Ana and Costa, Rui")


def test_a_container_with_a_publishers_imprint_is_a_book() -> None:
    chapter = parse_full("Ana Lima, “Um capítulo,” *Um livro* (Lisboa: Cosmos, 2019): 38")
    assert chapter.entry_type == "incollection"
    assert chapter.fields["booktitle"] == "Um livro"
    article = parse_full("Ana Lima, “Um artigo,” *Revista Nova* 12 (Fall 2003): 45–67")
    assert article.entry_type == "article"


def test_a_court_and_year_in_brackets_is_no_publisher() -> None:
    parsed = parse_full(
        "*Alder Labs., Inc. v. Birch Instruments Co.*, 212 F.3d 1571, 1580 (Fed. Cir. 2001)"
    )
    assert parsed.entry_type == "misc"
    assert parsed.fields["title"] == "Alder Labs., Inc. v. Birch Instruments Co."
    assert parsed.fields["volume"] == "212"
    assert "journal" not in parsed.fields  # the reporter: a case has no journal
    assert (parsed.fields["pages"], parsed.fields["year"]) == ("1571", "2001")
    assert parsed.locator == "1580"
    assert "publisher" not in parsed.fields


def test_reporters_of_several_words_and_one_party_proceedings() -> None:
    assert case_fields("*Cedar Inc. v. Dogwood LLC*, 55 F. Supp. 3d 800 (N.D. Ill. 2014)") == {
        "title": "Cedar Inc. v. Dogwood LLC",
        "year": "2014",
        "volume": "55",
        "pages": "800",
    }
    found = case_fields("*In re Fir Works, Inc.*, 507 F. App'x 125, 128 (3d Cir. 2012)")
    assert found is not None
    assert found["title"] == "In re Fir Works, Inc."
    assert (found["volume"], found["pages"], found["_pin"]) == ("507", "125", "128")
    proceeding = parse_full("*In re Elm Holdings, Inc.*, 31 B.R. 640 (Bankr. D. Del. 2012)")
    assert proceeding.entry_type == "misc"


def test_a_book_named_like_a_case_keeps_its_publisher() -> None:
    assert parse_full("*Gorse v. Gorse* (Fable Press, 1977)").entry_type == "book"
    book = parse_full("Ann Reed, *Gorse v. Gorse* (London: Fable Press, 1977)")
    assert book.entry_type == "book"
    assert book.fields["publisher"] == "Fable Press"


def test_a_court_record_with_a_docket_number_is_no_book() -> None:
    parsed = parse_full(
        "TCC, *Prosecutor v. Ivo Birch*, case no. TCC-03/11-02/19, Judgment, 4 May 2018, para. 12"
    )
    assert parsed.entry_type == "misc"
    assert parsed.fields["title"] == "Prosecutor v. Ivo Birch"
    assert parsed.fields["number"] == "TCC-03/11-02/19"
    assert "publisher" not in parsed.fields
    assert parsed.locator == "para. 12"


def test_the_v_of_a_case_is_no_full_stop_before_a_subtitle() -> None:
    assert clean_title("Prosecutor v. Ivo Birch") == "Prosecutor v. Ivo Birch"
    assert clean_title("Gorse vs. Heath") == "Gorse vs. Heath"
    assert clean_title("Ferries of the Rhine. A History") == "Ferries of the Rhine: A History"
    assert clean_title("Gale, Paul (fl. 1548–1563)") == "Gale, Paul (fl. 1548–1563)"
    assert clean_title("Salt Wars. 1914 and After") == "Salt Wars: 1914 and After"


@pytest.mark.parametrize(
    "container",
    [
        "Proc. 7th Tarn Conf. on Lattice Codes",
        "Comm. Soc. Tidal Mechanics",
        "Trans. Vellum Society",
    ],
)
def test_an_abbreviation_is_no_full_stop_before_a_subtitle(container: str) -> None:
    assert clean_title(container) == container


def test_an_abbreviated_proceedings_is_a_conference_paper() -> None:
    (cited,) = parse(
        "O. Ferrand, “Lattice decoding,” *Proc. 7th Tarn Conf. on Lattice Codes*, Albi, 1988."
    )
    assert cited.fields.get("booktitle") == "Proc. 7th Tarn Conf. on Lattice Codes"


def test_a_translator_between_article_and_journal() -> None:
    """ "“Title,” trans. X, *Journal* 25, no. 2 (1995): 11": the journal stays the container."""
    parsed = parse_full(
        "Ines Vall, “Salt Roads of the North,” trans. Paul Gale, *Coastal Review* 25, no. 2 "
        "(1995): 11"
    )
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"] == "Coastal Review"
    assert parsed.fields["translator"] == "Gale, Paul"
    assert (parsed.fields["volume"], parsed.fields["number"]) == ("25", "2")
    edited = parse_full(
        "Ines Vall, “Salt Roads,” ed. Ann Reed, *Coastal Review* 3, no. 2 (2014): 161–178"
    )
    assert (edited.entry_type, edited.fields["editor"]) == ("article", "Reed, Ann")
    chapter = parse_full("Ines Vall, “Salt Roads,” ed. Ann Reed, *Roads* (Leeds: Tide, 2001), 4")
    assert chapter.entry_type != "article"
