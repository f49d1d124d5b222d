"""The labeller's token features: word classes, numbers, stretches, marks."""

from __future__ import annotations

from citekit.label.features import sequence_features
from citekit.label.lexicon import classes_of, fold
from citekit.label.tokens import tokenize


def _features(text: str) -> list[set[str]]:
    return [set(row) for row in sequence_features(tokenize(text))]


def test_word_classes_come_from_both_word_lists() -> None:
    assert "pagemark" in classes_of("pp")
    assert "place" in classes_of("oxford")  # citekit/lexicons/place_words.txt
    assert "place1" in classes_of("new")  # the first word of "new york"


def test_numbers_are_classed() -> None:
    rows = _features("Smith, J. Title. Oxford: Press, 1999. pp. 45–67. Vol. XII, 12(3).")
    year, pages, roman, issue = rows[5], rows[7], rows[9], rows[10]
    assert "num=year" in year
    assert "num=range" in pages
    assert "num=roman" in roman
    assert "num=issue" in issue


def test_a_stretch_shares_its_word_classes() -> None:
    rows = _features("Brown, A. Essays. Oxford University Press, 2001.")
    oxford = rows[3]
    assert "in-stretch=pubword" in oxford or "in-stretch=publisher" in oxford
    assert "stretch-at=first" in oxford
    assert "year=after" in rows[-1] or "year=at" in rows[-1]


def test_italic_and_quoted_edges_are_marked() -> None:
    rows = _features("A. Smith, “A Title,” in *The Book*, 3.")
    assert "quote-opens" in rows[2]
    assert "quote-closes" in rows[3]
    assert "afterin" in rows[5]
    assert "italic-opens" in rows[5]
    assert "italic-closes" in rows[6]
    assert "has=in" in rows[0]


def test_neighbours_are_seen_within_two_words() -> None:
    rows = _features("Smith, Title.")
    assert "1:w=title" in rows[0]
    assert "-1:w=smith" in rows[1]
    assert "-2:none" in rows[0]
    assert "2:none" in rows[1]


def test_a_word_has_each_class_it_is_in_sorted() -> None:
    classes = classes_of("ed")  # an abbreviation, an editor's mark, "ed." of words.txt
    assert list(classes) == sorted(classes)
    assert {"abbrev", "edmark", "editor"} <= set(classes)


def test_fold_takes_off_case_and_accents() -> None:
    assert fold("ÉDITIONS") == "editions"
    assert fold("Zürich") == "zurich"
    assert fold("e\u0301x") == "ex"  # a combining accent typed after its letter
    assert fold("ﬁn") == "fin"  # a ligature taken apart
    assert fold("Paris") == "paris"
