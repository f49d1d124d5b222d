"""Films, broadcasts and recordings named by their maker ("*Network*, directed by …"), and
bodies named by a word such as "Group" or "Watch", read in whole notes."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from tests.parse.notes import parse

ROWS = [
    pytest.param(
        "*Network*, directed by Sidney Lumet (Metro-Goldwyn-Mayer, 1976).",
        "misc",
        {"title": "Network", "author": None, "publisher": "Metro-Goldwyn-Mayer", "year": "1976"},
        id="film-directed-by",
    ),
    pytest.param(
        "*Network*, Film, directed by Sidney Lumet (Metro-Goldwyn-Mayer, 1976).",
        "misc",
        {"title": "Network", "author": None},
        id="film-medium-then-director",
    ),
    pytest.param(
        "*Messiah*, Monteverdi Choir, cond. John Eliot Gardiner (Archiv, 1989).",
        "misc",
        {"title": "Messiah", "author": None},
        id="recording-conductor",
    ),
    pytest.param(
        "*Peier*, Die Steuerharmonisierung, Bern 2001, S. 4.",
        "book",
        {"author": "Peier", "title": "Die Steuerharmonisierung"},
        id="italic-author-still-a-name",
    ),
    pytest.param(
        "International Crisis Group, *Mali: Reform or Relapse*, Africa Report No. 210 "
        "(Brussels, 10 January 2014), 4–7.",
        None,
        {"author": "International Crisis Group"},
        id="body-named-group",
    ),
    pytest.param(
        "Human Rights Watch, *“They Say We’re Dirty”* (New York: Human Rights Watch, 2019), 12.",
        None,
        {"author": "Human Rights Watch"},
        id="body-named-watch",
    ),
]


@pytest.mark.parametrize(("text", "entry_type", "expected"), ROWS)
def test_fields(text: str, entry_type: str | None, expected: Mapping[str, str | None]) -> None:
    first = parse(text)[0]
    if entry_type is not None:
        assert first.entry_type == entry_type
    assert {name: first.fields.get(name) for name in expected} == expected


def test_episode_and_host_stay_in_the_citation() -> None:
    """", episode 1, hosted by …" after a number is no prose: the podcast is cited whole, and
    the short form after the semicolon is a citation of its own."""
    text = (
        "“The Alibi,” *Serial*, season 1, episode 1, hosted by Sarah Koenig, October 3, 2014, "
        "https://serialpodcast.org/season-one/1/the-alibi; McHugh, 70."
    )
    citations = parse(text)
    assert [c.text for c in citations] == [text[: text.index(";")], "McHugh, 70"]
    assert citations[0].fields["url"] == "https://serialpodcast.org/season-one/1/the-alibi"
