"""A short form's lookup in a large block ranks only the works that may pass its tests."""

from __future__ import annotations

from citekit.resolvenarrow import BlockWords

TITLES = [
    "failed empire soviet union cold war",  # 0 Zubok
    "cold war diplomacy",  # 1 Zubok
    "failed empire",  # 2 Westad: another author
    "empire failed states",  # 3 no author
    "poems john keats",  # 4 an edition, ed. Allott, named after its subject
    "failing emperors",  # 5 Zubok: words that begin as the short title's do
]
PEOPLE = [["zubok"], ["zubok"], ["westad"], [], ["allott"], ["zubok"]]


def _narrowed(title: str, name: str, words: BlockWords | None = None) -> list[int]:
    return (words or BlockWords()).narrowed("k", TITLES, PEOPLE.__getitem__, title, name)


def test_a_word_of_the_short_title_begins_a_word_of_the_title() -> None:
    assert _narrowed("failed empire", "") == [0, 2, 3, 5]
    assert _narrowed("cold peace", "") == [0, 1]


def test_a_work_by_another_author_is_not_ranked() -> None:
    assert _narrowed("failed empire", "zubok") == [0, 3, 5]


def test_a_name_spelt_otherwise_and_a_title_named_after_the_person_are_ranked() -> None:
    assert _narrowed("failed empire", "zubock") == [0, 3, 5]
    assert _narrowed("poems", "keats") == [4]


def test_works_added_since_the_last_lookup_are_indexed() -> None:
    words = BlockWords()
    assert words.narrowed("k", TITLES[:2], PEOPLE.__getitem__, "cold war", "") == [0, 1]
    assert _narrowed("diplomacy", "", words) == [1]
    assert _narrowed("states", "", words) == [3]
