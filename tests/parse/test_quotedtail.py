"""A quotation after a citation's pinpoint: part of its text, not of its fields (quotedtail)."""

from __future__ import annotations

import pytest

from citekit.model import Note, Span
from citekit.parse import parse_note
from citekit.parse.quotedtail import head


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weiss, *Harbour Towns*, 52: “The quays were full.”", "Weiss, *Harbour Towns*, 52"),
        ("Weiss, Harbour Towns, 52–53: “The quays were full.”", "Weiss, Harbour Towns, 52–53"),
        ("Weiss, Harbour Towns, f. 3b: “Los muelles.”", "Weiss, Harbour Towns, f. 3b"),
        ("Weiss, Harbour Towns, 7 (my emphasis): “The quays.”", "Weiss, Harbour Towns, 7"),
        ("Weiss, Harbour Towns, 50, on Ps 1:3: “Lignum quod.”", "Weiss, Harbour Towns, 50"),
        (
            "Weiss, Harbour Towns (Leiden, 1702), bk. 2, p. 41: “Portus.”",
            "Weiss, Harbour Towns (Leiden, 1702), bk. 2, p. 41",
        ),  # fmt: skip
        ("Weiss, Harbour Towns, 46, “Portus maris.”", "Weiss, Harbour Towns, 46"),
        ("Weiss, Harbour Towns, xii: ‘The quays.’", "Weiss, Harbour Towns, xii"),
        (
            "Lund, *Sea Words* (Bergen, 1702), s. v. *kai*: “A quay.”",
            "Lund, *Sea Words* (Bergen, 1702), s. v. *kai*",
        ),  # fmt: skip
        ("Lund, Sea Words, s.v. brygge: “A wharf.”", "Lund, Sea Words, s.v. brygge"),
        # a sentence cut before the quotation's closing mark: "… 52: “The quays.” Lund adds …"
        ("Weiss, Harbour Towns, 52: “The quays were full", "Weiss, Harbour Towns, 52"),
        # a translation in brackets after the pinpoint, its sentence cut inside the quotation
        (
            "Weiss, Harbour Towns (Leiden, 1702), 5 (“The quays were full",
            "Weiss, Harbour Towns (Leiden, 1702), 5",
        ),
        (
            "Weiss, Harbour Towns (Leiden, 1702), 6. (“The quays were full",
            "Weiss, Harbour Towns (Leiden, 1702), 6",
        ),
    ],
)
def test_the_quotation_after_the_pinpoint_is_cut_off(text: str, expected: str) -> None:
    assert head(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lund, “Quays and Cranes,” *Port History* 12 (2001): 45–67.",  # a quoted title
        "Weiss, Harbour Towns, 52: “The quays” are discussed there.",  # prose after the quote
        "Weiss, “Cranes,” in Docks: “A Reader”",  # no pinpoint before the quotation
        "Weiss, Harbour Towns, 52.",  # no quotation at all
    ],
)
def test_no_quotation_after_a_pinpoint_nothing_is_cut(text: str) -> None:
    assert head(text) == text


def _cited(text: str):
    return parse_note(Note(1, text, Span(0, len(text), 1)))


def test_plain_text_short_form_keeps_its_title_and_pinpoint_before_a_quotation() -> None:
    """Without italics the quotation would be read as the title and the pinpoint lost."""
    (cited,) = _cited("Weiss, Harbour Towns, 52: “The quays were full of ships from Riga.”")
    assert cited.locator == "52"
    assert cited.fields.get("title") == "Harbour Towns"
    assert cited.text.endswith("Riga.”")  # the quotation stays in the citation's text


def test_full_citation_pinpoint_before_a_quotation() -> None:
    (cited,) = _cited(
        "Anna Weiss, *Harbour Towns of the North* (Leiden: Brill, 1702), 52: “The quays.”"
    )
    assert cited.locator == "52"
    assert cited.fields.get("title") == "Harbour Towns of the North"
