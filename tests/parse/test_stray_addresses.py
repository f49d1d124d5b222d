"""Web addresses outside the citations a note's splitter found: one that closes a citation
after a further element belongs to it; one in a sentence of its own that points to it cites
its page, beside the note's other citations."""

from __future__ import annotations

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note


def _cited(text: str) -> list[tuple[Kind, str]]:
    note = Note(1, text, Span(0, len(text), 1))
    return [(c.kind, c.text) for c in parse_note(note, build_context([text]))]


def test_address_after_an_element_closes_the_citation() -> None:
    text = (
        "Maren Dahl, « Les péages du fleuve », *Revue des ports*, t. 4, 1911, p. 12-30, texte "
        "disponible sur Gallica : https://gallica.example.fr/peages (consulté le 3 mars 2024)."
    )
    spans = [span for _, span in _cited(text)]
    assert len(spans) == 1
    assert spans[0].endswith("https://gallica.example.fr/peages (consulté le 3 mars 2024)")


def test_pointed_address_in_its_own_sentence_is_cited() -> None:
    text = (
        "Dahl, “Harbour Dues,” 44. A map of the quay is available on the city archive’s "
        "website: https://maps.example.org/quay/1911."
    )
    cited = _cited(text)
    assert cited[0] == (Kind.SHORT, "Dahl, “Harbour Dues,” 44")
    assert cited[-1][1].endswith("website: https://maps.example.org/quay/1911")
    assert len(cited) == 2


def test_address_after_see_and_a_name_is_cited() -> None:
    text = (
        "Dahl, *Harbour Dues*, 44. See the Ferry Society Chronology, "
        "https://ferries.example.net/chronology/."
    )
    assert [span for _, span in _cited(text)] == [
        "Dahl, *Harbour Dues*, 44",
        "the Ferry Society Chronology, https://ferries.example.net/chronology/",
    ]


def test_address_after_a_short_pointer_stays_the_citations_link() -> None:
    text = "Dahl, *Harbour Dues*, 44. Available at https://ferries.example.net/dues/."
    assert [span for _, span in _cited(text)] == ["Dahl, *Harbour Dues*, 44"]


def test_address_inside_prose_without_a_pointer_is_left() -> None:
    text = (
        "Dahl, *Harbour Dues*, 44. The ledger he kept, https://ledgers.example.org/port, was "
        "lost in the flood."
    )
    assert [span for _, span in _cited(text)] == ["Dahl, *Harbour Dues*, 44"]
