"""Shapes met in real9 (documents nobody here wrote), each written here in invented words:
a short form announced in a sentence of its own, a title's article before a year, an issue's
day in brackets after a journal's numbers, a short form whose full citation follows in its note."""

from __future__ import annotations

import pytest

from citekit.model import Code, Kind, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.hereaftersentence import announced_forms
from citekit.parse.names import to_family_given
from citekit.parse.refnote import reference_note
from citekit.parse.refyearheads import paren_year
from tests.parse.notes import parse
from tests.test_resolve import resolve_notes

ANNOUNCING = (
    "Mara Quell, Die Stadtmauer, Zweite Ausgabe (1931), ed. Tobias Renk, GW 4 (Basel: Hafen "
    "Verlag, 2004), 12–80. Hereafter: Mauer II. ET: The Town Wall, trans. Ines Lark (Leeds: "
    "Grove Press, 1950). Hereafter: Wall II."
)


def test_a_sentence_that_announces_a_form_ends_its_citation() -> None:
    cited = parse(ANNOUNCING)
    assert len(cited) == 2
    assert cited[0].fields.get("publisher") == "Hafen Verlag"
    assert cited[1].fields.get("year") == "1950"


def test_announced_forms_are_the_documents_forms() -> None:
    assert announced_forms(ANNOUNCING) == ["Mauer II", "Wall II"]
    assert build_context([ANNOUNCING]).hereafter == ("Mauer II", "Wall II")
    assert announced_forms("Hereafter the argument turns to ports.") == []


def test_the_announced_form_finds_its_work() -> None:
    resolved, diagnostics = resolve_notes(ANNOUNCING, "Quell, Wall II, 33.", "Mauer II, 41.")
    assert [c.work for c in resolved[2:]] == [resolved[1].work, resolved[0].work]
    assert not [d for d in diagnostics if d.code is Code.SHORT_WITHOUT_FULL]


def test_a_titles_article_before_a_year_is_no_name() -> None:
    # "Die Stadtmauer" is a title, not a person: the note is no author-date entry
    assert reference_note("Mara Quell, Die Stadtmauer, Zweite Ausgabe (1931), 12–80.") is None
    assert paren_year("Mara Quell, Die Stadtmauer, Zweite Ausgabe (1931), 12–80.") is None
    assert paren_year("Kolb, Anna, and Ries, Paul (1998). Harbours. Leeds: Grove.") is not None


@pytest.mark.parametrize(
    ("note", "journal"),
    [  # an issue's day in brackets is no imprint ("May 5" no place)
        (
            "Ada Brill, “Counting Drawers,” Harbour Library Quarterly 12, no. 3 (May 5, 2011): "
            "10–24, https://doi.org/10.9999/hlq.2011.3.",
            "Harbour Library Quarterly",
        ),
        (  # an issue dated by its month is a journal's, not papers in an archive
            "Ned Ostrow, “Weeding Files: Sampling Boxes of Letters,” The Record Archivist 41, "
            "no. 3 (July 1978): 281–89.",
            "The Record Archivist",
        ),
    ],
)
def test_an_issues_date_after_its_numbers_makes_an_article(note: str, journal: str) -> None:
    (cited,) = parse(note)
    assert cited.entry_type == "article"
    assert cited.fields.get("journal") == journal
    assert "address" not in cited.fields


def test_a_short_form_whose_full_citation_follows_in_its_note_is_no_problem() -> None:
    resolved, diagnostics = resolve_notes(
        "The shared aim of ‘Mapping Old Harbours’—a funded survey—matters; *Mapping Old "
        "Harbours*, https://harbours.example.org."
    )
    assert resolved
    assert resolved[-1].kind is Kind.FULL
    assert not [d for d in diagnostics if d.code is Code.SHORT_BEFORE_FULL]


def test_a_family_name_and_et_al_alone_is_a_short_form() -> None:
    (cited,) = parse("Okafor et al.")
    assert cited.kind is Kind.SHORT
    assert cited.fields == {"author": "Okafor"}
    assert parse("We thank Okafor et al.") == ()


def test_a_names_only_short_form_skips_a_page_that_names_nobody() -> None:
    resolved, _ = resolve_notes(
        "Ada Okafor et al., “Sorting Tide Tables,” ArXiv:2101.00001 [Cs], May 4, 2021, "
        "http://arxiv.org/abs/2101.00001.",
        "Recordings may be viewed at https://doi.org/10.9999/R1/1234",
        "Okafor et al.",
    )
    assert resolved[-1].work == resolved[0].work


@pytest.mark.parametrize(
    ("note", "start"),
    [
        (
            "This section abridges an essay by Pieter van der Laan, “Dykes,” *Water*, 2010.",
            "Pieter",
        ),
        ("For sluices, see Hanna v. Roon, *Sluices* (Delft: Kade, 1999).", "Hanna"),
    ],
)
def test_a_name_with_particles_opens_the_citation(note: str, start: str) -> None:
    (cited,) = parse(note)
    assert cited.text.startswith(start)


def test_particles_that_open_a_name_belong_to_the_family() -> None:
    assert to_family_given("Van der Laan") == "Van der Laan"
    assert to_family_given("Pieter van der Laan") == "van der Laan, Pieter"
    assert to_family_given("Van Morrison") == "Morrison, Van"


def test_announced_forms_in_prose_are_cut_out_with_their_pages() -> None:
    prose = (
        "As Quell puts it, “the wall stood” Mauer II, 14; Wall II, 20–22. Later she adds "
        "(Wall II, 31)."
    )
    resolved, _ = resolve_notes(ANNOUNCING, prose)
    cited = [c for c in resolved if c.note == 2]
    assert [c.text for c in cited] == ["Mauer II, 14", "Wall II, 20–22", "Wall II, 31"]
    assert [c.work for c in cited] == [resolved[0].work, resolved[1].work, resolved[1].work]


def test_a_form_inside_an_archival_citation_stays_in_it() -> None:
    first = "Record Group 59, National Archives (hereafter RG 59), box 2."
    (cited,) = parse_in(first, "Letter of 5 May 1950 to the consul, RG 59, box 3.")
    assert cited.text.startswith("Letter of 5 May 1950")


def parse_in(*texts: str) -> tuple:
    """The citations of the last of TEXTS, read with the context of all of them."""
    context = build_context(texts)
    return parse_note(Note(len(texts), texts[-1], Span(0, 0, len(texts))), context)
