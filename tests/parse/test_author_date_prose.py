"""Author-date short forms with prose after them, and author-date entries whose names open with
a particle or close before a lead-in to the next. Invented names and titles."""

from __future__ import annotations

import pytest

from citekit.model import Kind
from citekit.parse.dateprose import short_form_prose_at
from citekit.parse.entryruns import entry_run
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("note", "short", "locator"),
    [
        ("Vgl. Dekkers 2002 over secularisatie op drie niveaus.", "Dekkers 2002", None),
        ("See Marsh 1998 on the later decades.", "Marsh 1998", None),
        ("Marsh 1998: 31 makes the same point.", "Marsh 1998: 31", "31"),
        ("Marsh (1998: 31) makes the same point.", "Marsh (1998: 31)", "31"),
        ("Cf. Marsh (1998: 31) for the later decades.", "Marsh (1998: 31)", "31"),
        ("Vgl. Dekkers 2002, S. 45 zur Frage der Märkte.", "Dekkers 2002, S. 45", "S. 45"),
    ],
)
def test_a_short_form_before_prose_is_found(note, short, locator):
    (cited,) = parse(note)
    assert (cited.kind, cited.text, cited.locator) == (Kind.SHORT, short, locator)


def test_a_year_in_prose_is_no_short_form():
    assert parse("The church was emptied at Speyer in 1783 by the bishop's men.") == ()


def test_a_capitalised_particle_opens_the_names_of_a_later_entry():
    text = (
        "Hendriks, J. (2005). Recent religious history. Hilversum: Verloren. Zie ook Van "
        "Loon, P. (2004). Het vreemde sterven. *Tijdschrift voor Geschiedenis*, 119(4), 524–551."
    )
    authors = [s.entry.fields["author"] for s in entry_run(text) if s.entry is not None]
    assert authors == ["Hendriks, J.", "Van Loon, P."]


def test_a_lead_in_before_the_next_entry_is_not_the_first_one_s():
    text = (
        "Hendriks, J. (2005). Recent religious history. Hilversum: Verloren. Zie ook Van "
        "Loon, P. (2004). Het vreemde sterven. *Tijdschrift voor Geschiedenis*, 119(4), 524–551."
    )
    first = entry_run(text)[0]
    assert text[first.start : first.end].endswith("Hilversum: Verloren.")


def test_commentary_after_an_article_whose_journal_is_in_italics_is_left_out():
    (cited,) = parse(
        "Zie ook Van der Kolk, A. (2004). Het vreemde sterven. *Tijdschrift voor Geschiedenis*, "
        "119(4), 524–551. Dat is alles wat we over deze zaak weten."
    )
    assert cited.text.endswith("524–551.")
    assert cited.fields["author"] == "Van der Kolk, A."


def test_a_later_name_of_the_list_may_open_with_small_particles():
    text = (
        "Se refiere al trabajo que se describe en Holm, P., de la Vega, J., & Sand, S.A. "
        "(2021). Operationalizing a National Library: The Case for a Norwegian Model. "
        "<http://example.org/2104>."
    )
    (stretch,) = [s for s in entry_run(text) if s.entry is not None]
    assert stretch.entry.fields["author"] == "Holm, P. and de la Vega, J. and Sand, S.A."


@pytest.mark.parametrize(
    ("note", "locator"),
    [("Lund (2007, appendix).", "appendix"), ("Lund (2007, table 3).", "table 3")],
)
def test_a_part_of_the_work_in_the_bracket_is_the_pinpoint(note, locator):
    (cited,) = parse(note)
    assert (cited.kind, cited.locator) == (Kind.SHORT, locator)


def test_and_before_prose_is_prose_and_before_a_name_a_join():
    assert short_form_prose_at("See Marsh (1998) and the works cited there.") == len(
        "See Marsh (1998)"
    )
    assert short_form_prose_at("Marsh 1998 and Lund took the other view.") is None
