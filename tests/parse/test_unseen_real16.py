"""Shapes met in real16 (published essays nobody here wrote, hand-typed notes and citeproc
short notes with a References list), each written here in invented words."""

from __future__ import annotations

import pytest

from citekit.parse.patterns import quoted_spans
from citekit.parse.reference import parse_reference
from tests.parse.notes import parse


def _spans(text: str) -> list[str]:
    return [c.text for c in parse(text)]


def test_a_short_form_s_family_names_listed_in_prose_open_it() -> None:
    text = "Exceptions include Brandt, Okoye, and Lind, ‘Material Ways of Coin’, and Ada Quint, "
    text += "‘Tin Again’, *The Ledger*, 3 May 2011."
    assert _spans(text)[0] == "Brandt, Okoye, and Lind, ‘Material Ways of Coin’"


def test_two_family_names_joined_by_and_open_a_short_form_after_prose() -> None:
    spans = _spans("As argued in Brandt and Lind, ‘Material Ways of Coin’, 3.")
    assert spans == ["Brandt and Lind, ‘Material Ways of Coin’, 3"]


def test_an_address_ends_the_citation_before_the_next_sentence() -> None:
    text = (
        "See ‘Tin Fix: The Harbour Tin Fix’, *Metal Daily*, https://metal.example/tin-fix. On "
        "the price of tin, see Ada Quint, ‘Tin Again?’, *The Ledger*, 3 May 2011."
    )
    assert _spans(text) == [
        "‘Tin Fix: The Harbour Tin Fix’, *Metal Daily*, https://metal.example/tin-fix",
        "Ada Quint, ‘Tin Again?’, *The Ledger*, 3 May 2011",
    ]


def test_prose_with_commas_between_a_citation_and_the_next_one_s_author() -> None:
    text = (
        "See Ada Quint, ‘Tin Is Dull’, *The Ledger*, 3 May 2011, and the replies to it, as well "
        "as rejoinders such as Bo Frey, ‘Tin Is Bright’, *Metal Daily*, 4 May 2011."
    )
    assert _spans(text) == [
        "Ada Quint, ‘Tin Is Dull’, *The Ledger*, 3 May 2011",
        "Bo Frey, ‘Tin Is Bright’, *Metal Daily*, 4 May 2011",
    ]


def test_words_and_a_comma_before_a_container_part_no_citation() -> None:
    text = "Id., Le feste del 1911 e i pescatori, in «Rivista di storia», III (1980), pp. 10-20."
    assert len(_spans(text)) == 1


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Bo Frey, ‘Ironmongers’ Silent Guild’, *The Ledger*, 2013", "‘Ironmongers’ Silent Guild’"),
        ("‘Smiths’ in *Music*, 3", "‘Smiths’"),
        ("‘Smiths’ Tin, *X*, 2003; ‘Other’", "‘Smiths’"),
    ],
)
def test_a_plural_s_apostrophe_inside_a_quoted_title(text: str, title: str) -> None:
    assert next(quoted_spans(text)).group() == title


def test_a_reference_s_plural_apostrophe_keeps_its_title_whole() -> None:
    entry = parse_reference("Frey, Bo. ‘Ironmongers’ Silent Guild’, *The Ledger*, 4 May 2013.")
    assert (entry.entry_type, entry.fields["title"]) == ("article", "Ironmongers’ Silent Guild")
    assert entry.fields["journal"] == "The Ledger"


def test_a_quoted_title_typed_right_after_the_names_full_stop() -> None:
    entry = parse_reference("Quint, Ada.‘Tin Prices’, *Metal Daily*, 3 May 2011.")
    assert entry.fields["author"] == "Quint, Ada"
    assert entry.fields["title"] == "Tin Prices"


def test_a_quoted_page_a_body_put_up_is_online_and_dated_apart() -> None:
    entry = parse_reference(
        "Frey, Bo. ‘Tin Is Bright’, Foundation for Metal Studies, 9 April 2013, "
        "https://metal.example/p/6411/."
    )
    assert entry.entry_type == "online"
    assert entry.fields["publisher"] == "Foundation for Metal Studies"
    assert entry.fields["year"] == "2013"


def test_a_british_quoted_title_is_no_name_before_a_bracketed_date() -> None:
    entry = parse_reference(
        "Lind, Ola. ‘Coins and Crowns’, Address to the Guild (March 2003), http://a.example/c."
    )
    assert entry.fields["author"] == "Lind, Ola"
    assert entry.fields["title"] == "Coins and Crowns"


def test_places_a_semicolon_lists_before_the_publisher() -> None:
    entry = parse_reference("Brandt, Ode. *Tin Roads*. Series 4. Lugo; New Haven: Orlam, 2012.")
    assert entry.fields["address"] == "Lugo; New Haven"
    assert entry.fields["publisher"] == "Orlam"


@pytest.mark.parametrize(
    "entry",
    [
        "Quint, Ada. ‘Tin Roads’, *Harbour Conference*, Lugo, 3-4 July 2014.",
        "Quint, Ada. ‘Tin Roads’, *Tin Symposium*, Lugo, 29 January - 2 February 2014.",
        "Quint, Ada. ‘Tin Roads’, *Tin Workshop*, Lugo, 2011, <http://talks.example/9>.",
    ],
)
def test_a_talk_at_a_meeting_is_unpublished_where_it_was_given(entry: str) -> None:
    parsed = parse_reference(entry)
    assert parsed.entry_type == "unpublished"
    assert (parsed.fields["address"], parsed.fields["year"]) == ("Lugo", parsed.fields["year"])
    assert "pages" not in parsed.fields
    assert "publisher" not in parsed.fields


def test_a_meeting_s_proceedings_with_pages_are_no_talk() -> None:
    parsed = parse_reference("Quint, Ada. “Tin Roads,” *Proceedings of the Tin Conference*, 2011.")
    assert parsed.entry_type == "inproceedings"


def test_a_quotation_inside_a_quoted_title_keeps_the_title_whole() -> None:
    text = "Ada Quint, ‘Tin and the ‘Common Good’ of Harbours’, Tin Conference, Lugo, 2014."
    assert next(quoted_spans(text)).group() == "‘Tin and the ‘Common Good’ of Harbours’"
    entry = parse_reference(
        "Quint, Ada. ‘Tin Roads. Zur ‘Kultur’ der Häfen’, in Bo Frey (ed.), *Häfen*, Lugo: "
        "Orlam, 2004, 165-187."
    )
    assert entry.fields["title"] == "Tin Roads. Zur ‘Kultur’ der Häfen"
