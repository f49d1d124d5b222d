"""Short forms that send the reader to the note citing the work in full, in the words of
traditions the pointer first met in the generated styles of 2026-12-07: the French legal
"préc., note 2" (précité, as "supra note 2"), and names joined by a slash before "(s. Anm. 1)".

Our own example notes, one habit a test.
"""

from __future__ import annotations

from citekit.model import Kind
from tests.test_resolve import resolve_notes


def test_prec_with_a_note_number_points_to_that_notes_work() -> None:
    resolved, _ = resolve_notes(
        "Voir R. Lemieux, *Le droit des sûretés*, Montréal, Thémis, 2004, p. 12.",
        "G. Ferland, « La vente », (1999) 40 C. de D. 211, p. 215.",
        "R. Lemieux, préc., note 1, p. 48.",
    )
    assert resolved[2].kind is Kind.SHORT
    assert resolved[2].locator == "p. 48"
    assert resolved[2].work == resolved[0].work


def test_names_joined_by_a_slash_before_a_note_pointer_are_the_authors() -> None:
    resolved, _ = resolve_notes(
        "H.K. Dorn / M. Ebel, Die Brücken der Stadt, 1987, 12.",
        "Dorn / Ebel (s. Anm. 1), 30.",
    )
    assert resolved[1].fields["author"] == "Dorn and Ebel"
    assert resolved[1].work == resolved[0].work


def test_family_names_in_capitals_joined_by_a_slash_before_a_pointer_are_the_authors() -> None:
    # plain text prints small capitals as capitals: "DORN / EBEL (s. Anm. 1)"
    resolved, _ = resolve_notes(
        "H.K. DORN / M. EBEL, Die Brücken der Stadt, 1987, 12.",
        "DORN / EBEL (s. Anm. 1), 30.",
    )
    assert "title" not in resolved[1].fields
    assert resolved[1].work == resolved[0].work
