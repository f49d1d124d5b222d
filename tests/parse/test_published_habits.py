"""Habits of published notes typed by others: German "ebda.", the no-page mark "o. S.", an
imprint sentence with no comma ("Göttingen: Wallstein 2005"), a bracketed "im Folgenden
zitiert als" after the citation's full stop, a labelled link after a plain-text citation, and
the short-title bracket of German reference lists ("(Kurztitel, 2020):")."""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.nopage import no_page_end
from citekit.notes import truncation
from citekit.parse import build_context, parse_note, patterns
from citekit.parse.pinpoint import end_pinpoint
from citekit.parse.reference import parse_reference
from citekit.parse.split import split_note


def _spans(text: str) -> list[str]:
    return [piece.text(text) for piece, _ in split_note(text)]


@pytest.mark.parametrize("text", ["Ebda. S. 12.", "ebda S. 7", "Ebda."])
def test_ebda_is_an_ibid(text: str) -> None:
    assert patterns.IBID_RE.match(text)


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Muster, H., Ein Handbuch, 2019, o. S.", "o. S."),
        ("Muster, H., Ein Handbuch, 2019, o.S.", "o.S."),
        ("Dupont, *Le livre*, 1990, s. p.", "s. p."),
        ("Ohio. S.", None),
        ("Muster, Ein Handbuch, 2019, S.", None),
    ],
)
def test_no_page_marks(text: str, mark: str | None) -> None:
    assert no_page_end(text) == mark


def test_a_note_ending_on_no_page_is_not_truncated() -> None:
    assert truncation("Muster, H., Ein Handbuch, 2019, o. S.") is None
    assert truncation("Muster, H., Ein Handbuch, 2019, S.") is not None


def test_the_no_page_mark_is_the_locator() -> None:
    assert end_pinpoint("Muster, H., Ein Handbuch, 2019, o. S.") == "o. S."


def test_an_imprint_sentence_without_comma_ends_the_citation() -> None:
    text = (
        "Muster, Hanna: Ein kurzer Aufsatz. In: Ein Sammelband über Städte. "
        "Studien zur Geschichte der Feuilletons. Göttingen: Wallstein 2005. S.55."
    )
    assert _spans(text) == [text.rstrip(".")]


def test_a_bracketed_announcement_after_the_full_stop_stays_with_its_citation() -> None:
    text = (
        "Hanna Muster: Die Aufgabe der Zeitung. Berlin: de Gruyter 1999. S. 846. "
        "[Im Folgenden zitiert als: Muster: Zeitung. 1999.]"
    )
    assert _spans(text) == [text]


def test_a_labelled_link_after_a_plain_citation_is_its_link() -> None:
    text = (
        "Vgl. Hanna Muster: Ein Porträt. Der Kritiker. Erstellt im Mai 2016. "
        "URL: https://example.org/portraet/ [13.07.2021]"
    )
    assert _spans(text) == [text[len("Vgl. ") :]]


def test_a_bracketed_link_trailer_is_its_link() -> None:
    text = (
        "Muster, Hanna: Zum Film. In: Ein Magazin. Bd. 8. Jahrgang 1956. Heft 2. S.39. "
        "[Digitalisiert auf: https://example.org/view?pid=8 ] [31.07.2022]"
    )
    assert _spans(text) == [text]


def test_a_short_title_bracket_gives_the_year() -> None:
    ref = parse_reference(
        "Muster, Hanna, Beispiel, Otto (Kurze Titel, 2020): Ein langer Titel über Beispiele, "
        "2. Aufl., Freiburg: Musterverlag, 2020"
    )
    assert ref.fields["author"] == "Muster, Hanna and Beispiel, Otto"
    assert ref.fields["year"] == "2020"
    assert ref.fields["title"].startswith("Ein langer Titel")


@pytest.mark.parametrize(
    "text",
    [
        "A. B. Muster: *The Psychology of Examples*, pp. 224, 262",
        "Hanna Beispiel: *Character in Examples*, first edition",
        "F. Anna Muster: *Zur Genealogie der Beispiele*, § 14",
    ],
)
def test_given_names_and_a_colon_cite_in_full(text: str) -> None:
    (cited,) = parse_note(Note(1, text, Span(0, 0, 1)), build_context([text]))
    assert cited.kind is Kind.FULL


def test_the_family_name_and_a_colon_stay_a_short_form() -> None:
    text = "Muster, *Beispiele*, S. 846"
    (cited,) = parse_note(Note(1, text, Span(0, 0, 1)), build_context([text]))
    assert cited.kind is Kind.SHORT


def test_a_quoted_passage_then_a_title_in_italics_cites_the_title() -> None:
    quote = (
        "Example: “At the start of his day he went round the garden. Then he sat by the "
        "window and read until the light failed.” "
    )
    source = "*The Life of an Example, by Himself*, translated by Muster, London, 1865, p. 168"
    assert _spans(quote + source + ".") == [source]


def test_an_article_title_in_sentence_case_stays_with_its_journal() -> None:
    text = (
        "Muster, Hanna. “A short study of the ways examples are made.” "
        "*Journal of Examples* 5, no. 2 (2013): 4."
    )
    assert _spans(text) == [text.rstrip(".")]
