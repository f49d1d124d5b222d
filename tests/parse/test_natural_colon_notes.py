"""German notes in natural order, "Vorname Name: Titel. Untertitel. Ort Jahr, S." (no
publisher): the names before the colon (an initial among them, "(Hg.)" for an editor, or the
same author's "ders.:"), the title's own sentences up to the imprint, and the imprint and
edition that close the title (invented citations)."""

from __future__ import annotations

from citekit.model import Citation, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.cues import is_commentary
from citekit.parse.elements import Parsed
from citekit.parse.imprinttitle import title_without_edition, title_without_imprint
from citekit.parse.inherit import inherit_authors


def read(texts: list[str]) -> list[tuple[Citation, ...]]:
    """TEXTS as notes 1, 2, … of one document."""
    notes = [Note(number=i, text=t, span=Span(0, 0, i)) for i, t in enumerate(texts, start=1)]
    context = build_context(texts)
    return [parse_note(note, context) for note in notes]


def test_a_middle_initial_and_a_span_of_years_in_the_title_keep_the_names() -> None:
    (cited,) = read(["Hanna K. Vogt: Die Schule 1900–1933. Reform und Alltag. Kassel 1961, S. 12."])
    assert cited[0].fields["author"] == "Vogt, Hanna K."
    assert cited[0].fields["address"] == "Kassel"
    (plain,) = read(["Peter R. Lindner: Gewerbeschulen. Leipzig 1988, S. 40–45."])
    assert plain[0].fields["author"] == "Lindner, Peter R."
    assert plain[0].fields["title"] == "Gewerbeschulen"


def test_a_long_subtitle_sentence_stays_in_the_citation() -> None:
    (cited,) = read(
        [
            "Kritisch dazu Peter Lindner: Die Gewerbeschule in Chemnitz. Studie zur Geschichte "
            "der technischen Bildung in Sachsen. Leipzig 1988, S. 40–45."
        ]
    )
    assert len(cited) == 1
    assert cited[0].fields["author"] == "Lindner, Peter"
    assert "Studie zur Geschichte" in cited[0].fields["title"]
    assert cited[0].fields["address"] == "Leipzig"


def test_an_editor_after_prose_with_a_subtitle_that_opens_with_capitals() -> None:
    (cited,) = read(
        ["Zur Sache grundsätzlich Ursula Brandt (Hg.): Werkstatt und Schule. "
         "Zwischen Handwerk und Fabrik. Dresden 1991."]
    )  # fmt: skip
    assert len(cited) == 1
    assert cited[0].fields["editor"] == "Brandt, Ursula"
    assert cited[0].fields["title"].endswith("Zwischen Handwerk und Fabrik")


def test_ders_with_a_colon_opens_a_second_work_of_the_author() -> None:
    (cited,) = read(
        ["Otto Krause: Die Stadt am Fluss. Halle 1950; ders.: Der Markt und die Messe. "
         "Grundriss einer Geschichte. Dessau 1955 (Kleine Stadtbücher)."]
    )  # fmt: skip
    assert len(cited) == 2
    second = inherit_authors(cited)[1]
    assert second.fields["author"] == "Krause, Otto"
    assert second.fields["address"] == "Dessau"
    assert second.fields["series"] == "Kleine Stadtbücher"
    (one,) = read(["Otto Krause: Die Stadt am Fluss. Halle 1950; dies.: Der Markt. Dessau 1955."])
    assert [c.fields.get("address") for c in one] == ["Halle", "Dessau"]


def test_towns_and_year_closing_a_title_are_its_imprint() -> None:
    book = title_without_imprint(Parsed("book", {"title": "Die Werkstatt: Köln/Weimar 2009"}))
    assert book.fields == {"title": "Die Werkstatt", "address": "Köln/Weimar", "year": "2009"}
    chapter = title_without_imprint(
        Parsed(
            "incollection", {"title": "Ein Kapitel", "booktitle": "Das Buch. Ostfildern-Ruit 1994"}
        )
    )
    assert chapter.fields["booktitle"] == "Das Buch"
    assert chapter.fields["address"] == "Ostfildern-Ruit"
    words = title_without_imprint(Parsed("book", {"title": "Europa. Jahrbuch 1990"}))
    assert words.fields == {"title": "Europa. Jahrbuch 1990"}  # no town: the title's own
    other = title_without_imprint(Parsed("book", {"title": "Wien. Berlin 1945", "year": "1990"}))
    assert other.fields["title"] == "Wien. Berlin 1945"  # another year than the work's


def test_an_edition_after_the_titles_full_stop_is_the_edition() -> None:
    parsed = title_without_edition(Parsed("book", {"title": "Die Stadt. 3. Aufl"}))
    assert parsed.fields == {"title": "Die Stadt", "edition": "3"}
    kept = title_without_edition(Parsed("book", {"title": "Die Stadt im 3. Aufl"}))
    assert kept.fields == {"title": "Die Stadt im 3. Aufl"}


def test_prose_after_an_ibid_with_a_lead_and_an_op_cit_is_a_second_citation() -> None:
    cited = read(
        ["Otto Krause: Die Stadt am Fluss. Halle 1950, S. 3.",
         "Ebd., S. 12. Zu den Quellen vgl. Krause, a.a.O., S. 40."]
    )[1]  # fmt: skip
    assert [c.kind.value for c in cited] == ["ibid", "op-cit"]
    assert cited[1].text.startswith("Krause, a.a.O.")


def test_a_noun_and_bei_before_a_pointer_to_a_note_are_prose() -> None:
    cited = read(
        ["Otto Krause: Die Stadt am Fluss. Halle 1950, S. 3.",
         "Erste Ansätze bei Krause (wie Anm. 1), S. 7."]
    )[1]  # fmt: skip
    assert [c.text for c in cited] == ["Krause (wie Anm. 1), S. 7"]


def test_a_letter_to_its_recipient_before_a_pointer_keeps_its_writer() -> None:
    cited = read(
        ["Anna Held to Otto Krause, 3 May 1921, Krause Papers, Stadtarchiv Halle.",
         "Held to Krause (n. 1)."]
    )[1]  # fmt: skip
    assert cited[0].text.startswith("Held to Krause")


def test_prose_opening_words_are_commentary_only_before_a_lead_to_a_source() -> None:
    assert is_commentary("Zu den Quellen im Archiv vgl. Krause, a.a.O., S. 40")
    assert not is_commentary("Zur Geschichte kleiner Texte vom 18. Jahrhundert bis heute")
