"""Two pages or two archived snapshots of a site under one title ("“Homepage,” archived 2016"
and "“Homepage,” archived 2019"), each at its own address, are two works; the same address
cited with two dates is one work cited inconsistently."""

from __future__ import annotations

from citekit.identity import same_full_work

SNAPSHOT = {
    "title": "Homepage",
    "howpublished": "Internet Archive",
    "url": "https://web.archive.org/web/20161105080751/https://example.org/",
    "year": "2016",
}
LATER = {
    **SNAPSHOT,
    "url": "https://web.archive.org/web/20190109164116/https://example.org/",
    "year": "2019",
}


def test_two_snapshots_at_their_own_addresses_are_two_works() -> None:
    assert not same_full_work(SNAPSHOT, LATER, "online", "online")


def test_one_address_cited_with_two_dates_is_one_work() -> None:
    assert same_full_work(SNAPSHOT, {**SNAPSHOT, "year": "2019"}, "online", "online")


def test_one_work_at_two_addresses_of_one_year_is_one_work() -> None:
    assert same_full_work(SNAPSHOT, {**LATER, "year": "2016"}, "online", "online")
