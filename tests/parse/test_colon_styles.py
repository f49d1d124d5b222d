"""The colon styles of German history notes ("Family, Given: Title, in: Editors (Hgg.): Book"),
their short forms ("Family: Title, S. 12") and the joins between them (invented citations)."""

from __future__ import annotations

from citekit.model import Citation, Note, Span
from citekit.parse import build_context, parse_note, second_reading
from citekit.parse.backrefs import read_short
from citekit.parse.context import Context
from citekit.parse.fields import parse_full
from citekit.parse.statement import colon_short
from tests.parse.notes import parse


def read(texts: list[str]) -> list[tuple[Citation, ...]]:
    """TEXTS as notes 1, 2, …, read twice (the second reading knows the full citations)."""
    notes = [Note(number=i, text=t, span=Span(0, 0, i)) for i, t in enumerate(texts, start=1)]
    context = build_context(texts)
    return second_reading(notes, [parse_note(n, context) for n in notes], context)


def test_a_list_of_inverted_editors_after_in_names_every_editor() -> None:
    parsed = parse_full(
        "Lind, Karl: Die Brücke, in: Roth, Eva/Sommer, Paul (Hgg.): Flüsse und Städte, "
        "Bern 2001, S. 5–20, S. 7"
    )
    assert parsed.fields["editor"] == "Roth, Eva and Sommer, Paul"
    assert parsed.fields["booktitle"] == "Flüsse und Städte"
    with_others = parse_full(
        "Lind, Karl: Die Brücke, in: *Roth, Eva* u. a. (Hgg.): Flüsse und Städte, Bern 2001"
    )
    assert with_others.fields["editor"].startswith("Roth, Eva")
    assert with_others.fields["booktitle"] == "Flüsse und Städte"


def test_a_plain_title_with_commas_before_in_is_read_whole() -> None:
    parsed = parse_full(
        "Lind, Karl: Häfen, Zölle, and Kanäle, in: *Zeitschrift für Flussgeschichte* 12 "
        "(1990), S. 3–19, S. 5"
    )
    assert parsed.entry_type == "article"
    assert parsed.fields["title"] == "Häfen, Zölle, and Kanäle"
    assert parsed.fields["journal"] == "Zeitschrift für Flussgeschichte"
    assert parsed.locator == "S. 5"


def test_a_colon_short_form_gives_names_title_and_pinpoint() -> None:
    short = read_short("**Berg**/**Lind**: Häfen und Kanäle am Oberrhein, S. 12", Context())
    assert short.fields == {"author": "Berg and Lind", "title": "Häfen und Kanäle am Oberrhein"}
    assert short.locator == "S. 12"
    edited = read_short("Roth u. a. (hg. von): Die Inschriften von Bern", Context())
    assert edited.fields["editor"] == "Roth and others"
    assert edited.locator is None


def test_an_italic_title_with_a_colon_is_no_colon_short_form() -> None:
    assert colon_short("*Power: A Radical View*, 12") is None
    assert colon_short("Dazu: Häfen und Kanäle, S. 4") is None


def test_a_pinpoint_before_the_inverted_names_belongs_to_the_citation_before() -> None:
    found = parse(
        "Berg: Häfen am Rhein, S. 36 sowie Lind, Karl: Die Brücke. Eine Studie zur Stadt, "
        "in: Roth, Eva/Sommer, Paul (Hgg.): Flüsse, Bern 2001, S. 5–20, S. 7."
    )
    assert [c.text[:12] for c in found] == ["Berg: Häfen ", "Lind, Karl: "]
    assert found[1].fields["title"].startswith("Die Brücke")


def test_a_join_after_a_known_short_form_without_pinpoint_parts_two_citations() -> None:
    notes = read(
        [
            "Berg, Anna: Häfen am Oberrhein. Eine Geschichte, Basel 1999, S. 4.",
            "Lind, Karl: Die Brücke von Bern, Bern 2001, S. 9.",
            "Anders Berg: Häfen am Oberrhein sowie Lind: Die Brücke von Bern, S. 12.",
        ]
    )
    assert [c.text for c in notes[2]] == [
        "Berg: Häfen am Oberrhein",
        "Lind: Die Brücke von Bern, S. 12",
    ]
