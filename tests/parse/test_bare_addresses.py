"""Notes that point to web pages by their addresses alone, after a word of prose."""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note


def _cited(text: str) -> list[tuple[Kind, str, str | None]]:
    note = Note(1, text, Span(0, len(text), 1))
    citations = parse_note(note, build_context([text]))
    return [(c.kind, c.text, c.fields.get("url")) for c in citations]


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        # a pointer, then one address: the page is cited, the prose is comment
        (
            "For the harbour's timetables, see http://example.org/harbour/times.html.",
            ["http://example.org/harbour/times.html"],
        ),
        # two addresses joined by "and": two pages
        (
            "Tide tables are available at https://tides.example.net/north and "
            "https://tides.example.net/south.",
            ["https://tides.example.net/north", "https://tides.example.net/south"],
        ),
        # an italic address after "Siehe" (Markdown emphasis read as *…*)
        ("Siehe *https://ferries.example.de/fahrplan/*.", ["https://ferries.example.de/fahrplan/"]),
    ],
)
def test_addresses_alone_are_cited_pages(text: str, urls: list[str]) -> None:
    cited = _cited(text)
    assert [url for _, _, url in cited] == urls
    assert [span for _, span, _ in cited] == urls
    assert all(kind is Kind.FULL for kind, _, _ in cited)


@pytest.mark.parametrize(
    "text",
    [
        # a translator's website is no source of the note
        "Translated by Ama Owusu, www.owusu-translations.example.",
        # words after the address: the note is not addresses alone
        "Voir www.ports.example.fr, section « Les bassins à flot ».",
    ],
)
def test_addresses_among_words_are_no_pages_of_their_own(text: str) -> None:
    assert all(span != url for _, span, url in _cited(text))
