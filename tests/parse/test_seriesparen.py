"""A series in brackets after a book's title, German style: "(=Reihe, Bd. 27)"."""

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
]


@pytest.mark.parametrize(
    ("text", "rest", "series", "number"), ROWS, ids=["bd", "bare", "none", "imprint"]
)
def test_take_series(text: str, rest: str, series: str | None, number: str | None) -> None:
    expected = {k: v for k, v in (("series", series), ("number", number)) if v}
    assert take_series(text) == (rest, expected)
