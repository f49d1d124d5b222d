"""The reading copy of a note: an empty date bracket after a name ("Hedda Tilman ( ),") and,
in a document that italicises family names ("Hedda *Tilman*, Die Brücken"), those italics
are taken out before the note grammar reads the note; each citation keeps its text as
written."""

from __future__ import annotations

from pathlib import Path

from citekit.model import Kind
from citekit.parse.readingcopy import italic_names, reading_text
from tests.mdnotes import extract_notes

ITALIC_NAMES = [
    "Hedda *Tilman*, Die Brücken der Unterstadt (Kassel 1962) 12.",
    "Vgl. Jens *Orbeck*, Ole *Sand*, Der Hafenzoll, In: Hansische Blätter, Ute *Lind* (Hg.) "
    "(Lübeck 1971) 40.",
    "*Tilman*, Die Brücken der Unterstadt, 14.",
]


def test_the_copy_keeps_the_length_of_the_note() -> None:
    text = "Hedda *Tilman*, Die Brücken (Kassel 1962) 12; Ole Sand ( ), *Zoll*, 4."
    copy = reading_text(text, names_in_italics=True)
    assert len(copy) == len(text)
    assert copy.startswith("Hedda Tilman,   Die Brücken (Kassel 1962) 12; Ole Sand,")
    assert "( )" not in copy


def test_italic_names_are_a_habit_of_the_whole_document() -> None:
    assert italic_names(ITALIC_NAMES)
    titles = [
        "Hedda Tilman, *Die Brücken der Unterstadt* (Kassel, 1962), 12.",
        "Plato *Republic*, 514a.",
    ]
    assert not italic_names(titles)
    assert (
        reading_text("Plato *Republic*, 514a.", names_in_italics=False) == "Plato *Republic*, 514a."
    )


def test_a_family_name_in_italics_is_read_as_the_author(tmp_path: Path) -> None:
    report = extract_notes(tmp_path, ITALIC_NAMES)
    first, second, short = report.citations
    assert first.fields["author"] == "Tilman, Hedda"
    assert first.fields["title"] == "Die Brücken der Unterstadt"
    assert first.text.startswith("Hedda *Tilman*, Die Brücken")  # the text as written
    assert "Orbeck" in second.fields["author"]
    assert "Sand" in second.fields["author"]
    assert short.kind is Kind.SHORT
    assert short.work == first.work


def test_an_empty_bracket_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    report = extract_notes(
        tmp_path,
        [
            "Hedda Tilman ( ), *Die Brücken der Unterstadt* (Kassel: Lenz, 1962), p. 12.",
            "Tilman ( ), *Die Brücken der Unterstadt*, 80.",
        ],
    )
    first, short = report.citations
    assert first.fields["author"] == "Tilman, Hedda"
    assert first.text.startswith("Hedda Tilman ( ), *Die Brücken")
    assert short.kind is Kind.SHORT
    assert short.work == first.work


def test_family_names_italicised_alone_after_lead_ins_keep_their_italics() -> None:
    """German law italicises the family name alone ("Anders *Bruhns*, in: …"): the word before
    it is a lead-in, not a given name, so the document is not read as one of given names."""
    law = [
        "Anders *Bruhns*, in: Lenz/Ott, Recht als Kultur, S. 457 (470).",
        "Ausführlich *Wunderle*, in: Stiftung, Stadtbuch, S. 43 (45).",
        "Kritisch *Keller*, Die Fasnacht, S. 4.",
        "*Bruhns*, in: Lenz/Ott, Recht als Kultur, S. 457 (460).",
        "*Gilomen*, Brunnen, S. 133.",
        "*Keller*, Die Fasnacht, S. 9.",
        "*Wunderle*, in: Stiftung, Stadtbuch, S. 43 (44).",
        "*Gilomen*, Brunnen, S. 140.",
        "*Bruhns*, in: Lenz/Ott, Recht als Kultur, S. 457 (462).",
        "*Keller*, Die Fasnacht, S. 12.",
        "*Wunderle*, in: Stiftung, Stadtbuch, S. 43 (50).",
        "*Gilomen*, Brunnen, S. 144.",
    ]
    assert not italic_names(law)


def test_names_after_given_names_are_looked_for_only_where_italics_are_mostly_names(
    monkeypatch,
) -> None:
    from citekit.parse import readingcopy

    asked: list[str] = []
    monkeypatch.setattr(readingcopy, "_given_families", lambda text: asked.append(text) or [])
    assert not italic_names(["Hedda Tilman, *Die Brücken der Unterstadt* (Kassel, 1962), 12."])
    assert asked == []  # its one italic span is a title: no note is read for names


def test_a_run_of_italic_family_names_opens_a_short_form(tmp_path: Path) -> None:
    """ "*Orbeck*, *Sand*, Der Hafenzoll, 42": the co-authors' family names alone, each in
    italics, then the short title; read as "Orbeck, Sand, Der Hafenzoll, 42"."""
    text = "Vgl. *Orbeck*, *Sand*, Der Hafenzoll, 42."
    copy = reading_text(text, names_in_italics=True)
    assert copy.startswith("Vgl. Orbeck,   Sand,   Der Hafenzoll, 42.")
    assert len(copy) == len(text)
    report = extract_notes(tmp_path, [*ITALIC_NAMES, text])
    *_, short = report.citations
    assert short.text == "*Orbeck*, *Sand*, Der Hafenzoll, 42"
    assert short.kind is Kind.SHORT
    assert short.locator == "42"
    assert short.work == report.citations[1].work
