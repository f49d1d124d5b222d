"""A bare number after a citation's date bracket (parse.bracketpin): the pinpoint where the
document prints books' pinpoints there and never a part's own range before a pinpoint.

Our own made-up references, in the manner of Vienna's history notes ("Title (Place Year) 45").
"""

from __future__ import annotations

from dataclasses import replace

from citekit.model import Citation, Kind, Note, Span
from citekit.parse import build_context, parse_note, second_reading
from citekit.parse.bracketpin import pinpoints_after_brackets

BOOKS = [
    "Karl Weber, Die Zünfte der Stadt (Basel 1990) 45.",
    "Anna Roth, Das Rathaus und sein Platz (Zürich 2001) 12–14.",
]
ARTICLE = "Paul Keller, Die Brücke am Rhein, Basler Zeitschrift 41 (1991) 140."
CHAPTER = (
    "Eva Lang, Der Markt, In: Städte am Fluss, Hans Moser, Lea Frei (Hg.) (Bern 2005) 175–181."
)
# a part's own range after the bracket, then its pinpoint: the other habit
OWN_RANGE = "Max Huber, Das Tor, Basler Zeitschrift 12 (2003) 363–380, hier 366."


def read(texts: list[str]) -> list[tuple[Citation, ...]]:
    notes = [Note(number=i, text=t, span=Span(0, 0, i)) for i, t in enumerate(texts, start=1)]
    context = build_context(texts)
    return second_reading(notes, [parse_note(n, context) for n in notes], context)


def test_books_with_bare_pinpoints_make_an_articles_number_its_pinpoint() -> None:
    *_, (article,) = read([*BOOKS, ARTICLE])
    assert article.locator == "140"
    assert "pages" not in article.fields
    assert article.fields["journal"] == "Basler Zeitschrift"


def test_a_chapters_number_after_its_imprint_bracket_is_its_pinpoint() -> None:
    *_, (chapter,) = read([*BOOKS, CHAPTER])
    assert chapter.locator == "175–181"
    assert "pages" not in chapter.fields


def test_one_book_shows_no_habit() -> None:
    *_, (article,) = read([BOOKS[0], ARTICLE])
    assert article.locator is None
    assert article.fields["pages"] == "140"


def test_an_own_range_before_a_pinpoint_shows_the_other_habit() -> None:
    *_, (article,), _ = read([*BOOKS, ARTICLE, OWN_RANGE])
    assert article.locator is None
    assert article.fields["pages"] == "140"


def test_a_number_the_grammar_left_unread_is_the_pinpoint_too() -> None:
    """A thesis's or blog post's bracket, then the page: no grammar read it as pages."""
    books = [
        Citation(1, 0, "Karl Weber, Die Zünfte (Basel 1990) 45", Kind.FULL, "45", {}, "book"),
        Citation(2, 0, "Anna Roth, Das Rathaus (Bern 2001) 12–14", Kind.FULL, "12–14", {}, "book"),
    ]
    post = Citation(
        3, 0, "Ida Frey, Die alten Brücken, Stadtblog (blog 30.06.2008) 211, online unter "
        "<http://stadtblog.example.org/2008/06/bruecken.html>", Kind.FULL, None,
        {"title": "Die alten Brücken", "year": "2008"}, "online",
    )  # fmt: skip
    *_, (cited,) = pinpoints_after_brackets([(c,) for c in [*books, post]])
    assert cited.locator == "211"
    volume = replace(post, fields={**post.fields, "volume": "211"})  # read as something else
    *_, (kept,) = pinpoints_after_brackets([(c,) for c in [*books, volume]])
    assert kept.locator is None
