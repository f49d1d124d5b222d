"""Sentence styles (ENAH: "Name. Title. Journal, 12. 2018: 26–35") in plain text, where no
italics mark the journal: names with an initial, and a comment's lead before the names
(invented citations)."""

from __future__ import annotations

from citekit.parse.statement import name_sentence
from tests.parse.notes import parse


def test_a_middle_initial_stays_in_the_names_sentence() -> None:
    (found,) = parse(
        "Marta L. Olivera. Faros del norte. Revista Náutica, 12. 2018: 26–35, véase p. 30."
    )
    assert found.fields["author"] == "Olivera, Marta L."
    assert found.fields["title"] == "Faros del norte"
    assert found.fields["journal"] == "Revista Náutica"
    assert found.locator == "p. 30"


def test_the_sentences_after_a_lead_and_names_are_one_citation() -> None:
    (found,) = parse(
        "Para una visión distinta, véase Marta L. Olivera. Faros del norte (Festschrift J. Ruiz). "
        "Revista Náutica, 12. 2018: 26–35, véase p. 30."
    )
    assert found.text.startswith("Marta L. Olivera. Faros del norte")
    assert found.fields["title"] == "Faros del norte (Festschrift J. Ruiz)"
    assert found.fields["journal"] == "Revista Náutica"


def test_an_editors_mark_after_the_names_opens_no_title() -> None:
    assert (
        name_sentence("Ana Ruiz and Eva L. Gil, eds., ‘Faros del norte’, in Mares del sur") is None
    )
    stated = name_sentence("Ana L. Ruiz, Faros del norte, en Mares del sur, Vigo, 2017")
    assert stated is not None
    assert stated[1] == {"author": "Ruiz, Ana L."}
