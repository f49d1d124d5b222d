"""A title led by its author's possessive name is a citation, its possessive the author line
("Cf. Carlyle's *Frederick the Great*, vol. iv. p. 134"), and "Quoted from" / "Quoted by" lead
into a source as "Quoted in" does (citekit.parse.possessedtitle)."""

import pytest

from citekit.model import Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.possessedtitle import opens_with_possessor
from citekit.shortdoubt import whole_name_and_title_only


def _cited(text: str) -> list[tuple[str, str | None, str | None]]:
    note = Note(1, text, Span(0, len(text), 1))
    found = parse_note(note, build_context([text]))
    return [(c.text, c.fields.get("author"), c.fields.get("title")) for c in found]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Cf. Varlow's *Margrave of the Fens*, vol. iv. p. 134.",
            [
                (
                    "Varlow's *Margrave of the Fens*, vol. iv. p. 134",
                    "Varlow",
                    "Margrave of the Fens",
                )
            ],
        ),
        (
            "Quoted from Orrin's *Lakeland Legends*.",
            [("Orrin's *Lakeland Legends*", "Orrin", "Lakeland Legends")],
        ),
    ],
)
def test_a_possessive_name_before_a_title_is_its_author(text: str, cited: list) -> None:
    assert _cited(text) == cited


def test_only_a_name_right_before_the_title_is_a_possessor() -> None:
    assert opens_with_possessor("Varlow's *Margrave of the Fens*")
    assert opens_with_possessor("T. H. Varlow’s “The Reed Quarrel”")
    assert not opens_with_possessor("Varlow's argument in *Margrave of the Fens*")  # prose between
    assert not opens_with_possessor("The band's *Margrave*")  # a small word: no name


def test_a_possessive_citation_is_no_confident_short_form() -> None:
    fields = {"author": "Varlow", "title": "Margrave of the Fens"}
    assert whole_name_and_title_only("Varlow's *Margrave of the Fens*, vol. iv. p. 134", fields)
    assert not whole_name_and_title_only("Varlow's *Margrave*, London: Orme, 1899", fields)
