"""ISO 690's web page in plain text: names, title, a spaced day-first date, its address."""

from citekit.parse.dotdates import year_only
from citekit.parse.fields import parse_full


def test_spaced_day_first_date_is_its_year():
    assert year_only("Zpráva. 4. 11. 2019.") == "Zpráva. 2019."
    assert year_only("s. 12, 2019") == "s. 12, 2019"


def test_title_before_the_date_alone_is_the_title():
    parsed = parse_full(
        "DE LA PEÑA, Marta – NOVÁK, Jan. Mlýny na řece Svratce. 4. 11. 2019. "
        "Dostupné z: <https://example.org/mlyny>"
    )
    assert parsed.entry_type == "online"
    assert parsed.fields["title"] == "Mlýny na řece Svratce"
    assert parsed.fields["author"] == "De La Peña, Marta and Novák, Jan"
    assert parsed.fields["year"] == "2019"


def test_a_container_the_record_left_empty_says_nothing():
    parsed = parse_full(
        "KRÁL, Petr. Staré cesty v krajině. In: . 17. 3. 2021. "
        "Dostupné z: <https://example.org/cesty>"
    )
    assert parsed.fields["title"] == "Staré cesty v krajině"
    assert parsed.fields["author"] == "Král, Petr"
    assert "address" not in parsed.fields


def test_an_archive_number_before_a_year_like_number_is_no_title():
    from citekit.parse.plainmarks import mark_titles

    assert mark_titles("ABC, A Fond. 12-03, Nr. 1620") == "ABC, A Fond. 12-03, Nr. 1620"
