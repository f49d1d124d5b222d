"""A broadcast's parts and its host after the pinpoint ("…, season 1, episode 1, hosted by
…") are no prose: the citation is whole, and a short form after it is a citation of its own."""

from __future__ import annotations

from tests.parse.notes import parse


def test_episode_and_host_stay_in_the_citation() -> None:
    """ ", episode 1, hosted by …" after a number is no prose: the podcast is cited whole, and
    the short form after the semicolon is a citation of its own."""
    text = (
        "“The Alibi,” *Serial*, season 1, episode 1, hosted by Sarah Koenig, October 3, 2014, "
        "https://serialpodcast.org/season-one/1/the-alibi; McHugh, 70."
    )
    citations = parse(text)
    assert [c.text for c in citations] == [text[: text.index(";")], "McHugh, 70"]
    assert citations[0].fields["url"] == "https://serialpodcast.org/season-one/1/the-alibi"
