"""A series in brackets after a book's title, German style: "(=Reihe, Bd. 27)", and a named
series with its number and no "=": "(Studien zur Kirchengeschichte 148)"."""

from __future__ import annotations

import pytest

from citekit.parse.seriesparen import take_series

ROWS = [  # text, text left, series, number
    (
        "Aemulatio (=Reihe & Autorität, Bd. 27), Berlin",
        "Aemulatio, Berlin",
        "Reihe & Autorität",
        "27",
    ),
    ("Buch (= Studia Judaica 12), Berlin", "Buch, Berlin", "Studia Judaica", "12"),
    ("Buch (=Beihefte), Wien 1990", "Buch, Wien 1990", "Beihefte", None),
    ("Book (London, 1990)", "Book (London, 1990)", None, None),  # no "=": an imprint
    (
        "Buch (Studien zur Kirchen- und Dogmengeschichte 148), Tübingen 2009",
        "Buch, Tübingen 2009",
        "Studien zur Kirchen- und Dogmengeschichte",
        "148",
    ),
    ("Book (Studies in Port History 12), Leiden", "Book, Leiden", "Studies in Port History", "12"),
    ("Buch (Leipzig 1900), S. 4", "Buch (Leipzig 1900), S. 4", None, None),  # a year: an imprint
    ("Buch (Teil 2), S. 4", "Buch (Teil 2), S. 4", None, None),  # one word: a part, no series
]
IDS = ["bd", "bare", "none", "imprint", "named", "named-en", "place-year", "part"]


@pytest.mark.parametrize(("text", "rest", "series", "number"), ROWS, ids=IDS)
def test_take_series(text: str, rest: str, series: str | None, number: str | None) -> None:
    expected = {k: v for k, v in (("series", series), ("number", number)) if v}
    assert take_series(text) == (rest, expected)
