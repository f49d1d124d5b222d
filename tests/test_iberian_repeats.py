"""Catalan and Spanish notes: lead-ins, compound family names before "ob. cit.", "Íd." opening
a new work. Our own made-up notes."""

from __future__ import annotations

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note
from tests.test_resolve import assert_resolution

FERRER = "Pere Ferrer i Alòs, *Masos i pagesos*, Barcelona, Abadia, 1987, p. 5."
PUIG = "Anna Puig, *Fàbriques del Ter*, Girona, Curial, 1990, p. 3."


def _parsed(*texts: str):
    context = build_context(texts)
    return [
        parse_note(Note(number, text, Span(0, 0, number)), context)
        for number, text in enumerate(texts, start=1)
    ]


def test_a_catalan_lead_in_after_see_is_no_author() -> None:
    ((cited,),) = _parsed("Vegeu, sobretot, Jordi Roca, *El fracàs*, Barcelona, Ariel, 1975, p. 4.")
    assert cited.fields["author"] == "Roca, Jordi"


def test_a_compound_family_name_before_ob_cit_is_one_author() -> None:
    diagnostics = assert_resolution(
        ("A", FERRER), ("B", PUIG), ("A", "Ferrer i Alòs, ob. cit., p. 41.")
    )
    assert not diagnostics


def test_id_with_an_accent_opens_a_new_work_by_the_same_author() -> None:
    first, (second,) = _parsed(FERRER, "Íd., *Les colònies*, Manresa, Zenobita, 2001, p. 40.")
    assert second.kind is Kind.FULL
    assert second.fields["title"] == "Les colònies"


def test_a_catalan_fonds_cited_again_by_its_archives_siglum_and_box() -> None:
    first = (
        "Arxiu Comarcal del Ripollès (ACRI), fons Colònia Llaudet Nou, capsa 2, «Reglament», 1895."
    )
    *_, (again,) = _parsed(first, PUIG, "ACRI, fons Colònia Llaudet Nou, capsa 7.")
    assert (again.text, again.locator) == ("ACRI, fons Colònia Llaudet Nou, capsa 7", "capsa 7")
