"""The shape every town of the gazetteer has, which is_town asks before loading it."""

from __future__ import annotations

import pytest

from citekit import lexicons
from citekit.parse import places


def test_every_town_of_the_gazetteer_has_a_towns_shape() -> None:
    # is_town answers "no town" from the shape alone: a town outside it would be lost
    misshapen = [t for t in lexicons.words("gazetteer") if not places.town_shaped(t)]
    assert misshapen == []


def test_a_title_and_its_imprint_are_no_town_without_the_gazetteer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_lexicon(name: str) -> frozenset[str]:
        raise AssertionError(f"lexicon {name} loaded")

    monkeypatch.setattr(places.lexicons, "words", no_lexicon)
    assert not places.is_town("*A Book* (London: Penguin")  # newspapers._without_town asks
    assert not places.is_town("2001")
    assert not places.is_town("a" * (places.GAZETTEER_LONGEST + 1))


def test_a_town_of_the_gazetteer_is_still_one() -> None:
    assert places.is_town("Barcelone")
    assert places.is_town("  Frankfurt   (Oder) ")
    assert not places.is_town("Penguin Books")
