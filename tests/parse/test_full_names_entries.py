"""A note written as BibTeX's plain style (and ACM's) prints its entry: two names or more in
direct order, given names written out, closed by a full stop, then the title. Such a note is
one reference-list entry, read whole; a note's names close with a comma."""

from __future__ import annotations

from citekit.model import Kind
from tests.parse.notes import parse


def test_given_names_written_out_and_a_full_stop_open_an_entry() -> None:
    (cited,) = parse(
        "Dana P. Holloway, Klara Venn and Micha Sorel. The upper envelope of tidal surfaces, "
        "Proceedings of the 7th Annual Symposium on Coastal Geometry, 1991, pages 194-203."
    )
    assert cited.kind is Kind.FULL
    assert cited.fields["author"] == "Holloway, Dana P. and Venn, Klara and Sorel, Micha"
    assert cited.fields["title"] == "The upper envelope of tidal surfaces"


def test_names_closed_by_a_comma_stay_the_note_grammar_s() -> None:
    (cited,) = parse(
        "Naomi W. Carter and Jane Dole, Not Free to Leave (Philadelphia: Harbor Press, 1972), 45."
    )
    assert cited.fields["author"] == "Carter, Naomi W. and Dole, Jane"
    assert cited.fields["title"] == "Not Free to Leave"
    assert cited.locator == "45"
