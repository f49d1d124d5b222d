"""Shapes met in real17 (published Markdown essays nobody here wrote: hand-typed notes from word
processors, German policy notes, Chicago art-history notes), each written here in invented
words."""

from __future__ import annotations

from citekit.parse.fields import parse_full
from citekit.parse.split import split_note
from citekit.parse.wrappedurl import joined_addresses
from tests.parse.notes import parse


def _spans(text: str) -> list[str]:
    return [p.text(text) for p, _ in split_note(text)]


def test_a_proceedings_named_without_in_holds_the_paper() -> None:
    parsed = parse_full(
        "Ada Quint and Bo Frey, ‘Tin Ledgers at Scale’, Proceedings of the Annual Conference on "
        "Metal Computing, Association for Tin Machinery, 2013"
    )
    assert parsed.entry_type == "inproceedings"
    assert parsed.fields["booktitle"] == ("Proceedings of the Annual Conference on Metal Computing")
    assert parsed.fields["publisher"] == "Association for Tin Machinery"


def test_in_after_a_comma_inside_the_quotes_opens_the_proceedings() -> None:
    parsed = parse_full(
        "Ada Quint, “A Density of Tin,” in Proceedings of the 2nd International Conference on "
        "Metal Data (Portland: Tin Press, 1996)"
    )
    assert parsed.entry_type == "inproceedings"
    assert parsed.fields["booktitle"].startswith("Proceedings of the 2nd International")


def test_a_journal_called_proceedings_stays_a_journal() -> None:
    parsed = parse_full("Ada Quint, “Tin,” Proceedings of the Academy of Metals 12 (1990): 4–9")
    assert parsed.entry_type == "article"


def test_abrufbar_unter_is_no_part_of_the_title() -> None:
    parsed = parse_full(
        "Zinnrat, Pressemitteilung: Freier Zinn. Abrufbar unter https://zinn.example/pm"
    )
    assert "Abrufbar" not in parsed.fields.get("title", "")
    assert parsed.fields["url"] == "https://zinn.example/pm"


def test_a_description_then_a_link_label_cites_the_page() -> None:
    text = "Vgl. Pressemitteilung Nr. 4/2016 der Zinnschule vom 2.3.2016, abrufbar unter https://zinn.example/pm4."
    assert _spans(text) == [
        "Pressemitteilung Nr. 4/2016 der Zinnschule vom 2.3.2016, abrufbar unter https://zinn.example/pm4"
    ]


def test_prose_that_points_to_an_address_leaves_the_address_alone() -> None:
    text = "Die Regeln sind abrufbar unter https://zinn.example/regeln."
    assert _spans(text) == ["https://zinn.example/regeln"]


def test_a_video_s_running_time_is_no_volume() -> None:
    (citation,) = parse(
        "“Tin in Motion,” YouTube video, 14:38, posted by tinfan, 1 January 2012, "
        "https://video.example/tin."
    )
    assert citation.text.endswith("https://video.example/tin")
    assert "volume" not in citation.fields
    assert citation.fields["howpublished"] == "YouTube video, 14:38"
    assert citation.fields["year"] == "2012"


def test_a_wrap_s_space_inside_an_address_is_taken_out() -> None:
    assert joined_addresses("https://tin. example.org/a (accessed 3 May)") == (
        "https://tin.example.org/a (accessed 3 May)"
    )
    assert (
        joined_addresses("DOI: https:// doi.org/10.1177/1234")
        == "DOI: https://doi.org/10.1177/1234"
    )
    assert (
        joined_addresses("https://tin.example/ path/to/page") == "https://tin.example/path/to/page"
    )


def test_words_after_an_address_stay_words() -> None:
    text = "See http://tin.example/ and http://zinc.example/x. More at www.tin.example. See Quint."
    assert joined_addresses(text) == text


def test_a_work_the_prose_names_is_no_citation() -> None:
    assert _spans("Its sounds were used in Bo Frey’s choreography *Tin Branch* (1964).") == []
    assert _spans("See *Tin Branch* (1964).") == ["*Tin Branch* (1964)"]


def test_family_name_and_year_before_a_german_title() -> None:
    parsed = parse_full(
        "*Quint/Frey* (2017), Zinn in der Schweiz. In: Lind/Okoye (Hrsg.), Handbuch Zinn. "
        "Berlin: Zinnverlag."
    )
    assert parsed.fields["author"] == "Quint and Frey"
    assert parsed.fields["title"] == "Zinn in der Schweiz"
    assert parsed.fields["year"] == "2017"


def test_a_short_form_with_a_year_has_no_title_to_state() -> None:
    assert parse_full("Quint (2009), 450–56").fields.get("author") != "Quint"


def test_an_institute_named_in_italian_is_a_body() -> None:
    (citation,) = parse("Istituto Centrale di Zinco, *Annuario*, Roma 1927, p. 3.")
    assert citation.fields["author"] == "Istituto Centrale di Zinco"
