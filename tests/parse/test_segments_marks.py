"""split_segments cuts at the commas outside brackets, quotation marks and italics only."""

from __future__ import annotations

from citekit.parse.segments import split_segments


def test_commas_inside_titles_brackets_and_quotes_cut_nothing() -> None:
    text = "Smith, *Harbour, Hinterland*, (London, 1999), “Title, Two”, « Un, deux », 45"
    assert split_segments(text) == [
        "Smith",
        "*Harbour, Hinterland*",
        "(London, 1999)",
        "“Title, Two”",
        "« Un, deux »",
        "45",
    ]


def test_a_closing_bracket_never_opened_is_text() -> None:
    assert split_segments("A) B, C") == ["A) B", "C"]
    assert split_segments("(a, (b), c), d") == ["(a, (b), c)", "d"]
