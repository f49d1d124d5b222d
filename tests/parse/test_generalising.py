"""Splitting, kinds and lead-ins of note styles beyond our own corpora (issue 10 §2).

Our own example sentences, one habit of notes a row; a row the parser gets wrong fails.
"""

from __future__ import annotations

import pytest

from citekit.model import Citation, Kind, Note, Span
from citekit.parse import build_context, parse_note

FULL, SHORT, IBID, OP_CIT = Kind.FULL, Kind.SHORT, Kind.IBID, Kind.OP_CIT

WEBER = "Hanna Weber, *Brücken und Fähren am Oberrhein* (Freiburg: Rombach, 1994), 33"
LUND = "Peter Lund, *Harbour Towns of the Baltic* (London: Methuen, 1981), 12"


def parse(text: str) -> tuple[Citation, ...]:
    """The citations of TEXT as note 1."""
    return parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))


def spans(text: str) -> list[tuple[str, Kind]]:
    return [(c.text, c.kind) for c in parse(text)]


LEAD_IN_ROWS = [
    pytest.param(
        "Vgl. *Kessler*, Die Zunft der Schiffleute, S. 41.",
        [("*Kessler*, Die Zunft der Schiffleute, S. 41", SHORT)],
        id="lead-in-keeps-the-italic-author-name",
    ),
    pytest.param(
        "Odmiennie J. Nowak, *Spławy na Wiśle*, Toruń 1988, s. 14.",
        [("J. Nowak, *Spławy na Wiśle*, Toruń 1988, s. 14", FULL)],
        id="lead-in-from-the-lexicon-polish",
    ),
    pytest.param(
        f"En particulier {WEBER}.",
        [(WEBER, FULL)],
        id="lead-in-from-the-lexicon-french-phrase",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_IN_ROWS)
def test_lead_ins(text: str, expected: list[tuple[str, Kind]]) -> None:
    assert spans(text) == expected


OPCIT_ROWS = [
    pytest.param(
        "J. Nowak, *Spławy na Wiśle*, dz. cyt., s. 20.",
        [("J. Nowak, *Spławy na Wiśle*, dz. cyt., s. 20", SHORT)],
        id="op-cit-with-a-title-is-a-short-form",
    ),
    pytest.param(
        "P. Lund, « Les ports de la Baltique », *op. cit.*, p. 7.",
        [("P. Lund, « Les ports de la Baltique », *op. cit.*, p. 7", SHORT)],
        id="op-cit-with-a-quoted-title-is-a-short-form",
    ),
    pytest.param(
        "Lund, op. cit., p. 7.",
        [("Lund, op. cit., p. 7", OP_CIT)],
        id="op-cit-with-a-name-alone-stays-op-cit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPCIT_ROWS)
def test_op_cit_kinds(text: str, expected: list[tuple[str, Kind]]) -> None:
    assert spans(text) == expected
