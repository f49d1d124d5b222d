"""Splitting, kinds and lead-ins of note styles beyond our own corpora (issue 10 §2).

Our own example sentences, one habit of notes a row; a row the parser gets wrong fails.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse

FULL, SHORT, IBID, OP_CIT = Kind.FULL, Kind.SHORT, Kind.IBID, Kind.OP_CIT

WEBER = "Hanna Weber, *Brücken und Fähren am Oberrhein* (Freiburg: Rombach, 1994), 33"
LUND = "Peter Lund, *Harbour Towns of the Baltic* (London: Methuen, 1981), 12"


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
    pytest.param(
        f"{LUND}; against him, Strawson, 38.",
        [(LUND, FULL), ("Strawson, 38", SHORT)],
        id="lead-in-against-him-is-no-name",
    ),
]


OPCIT_ROWS = [
    pytest.param(
        "J. Nowak, *Spławy na Wiśle*, dz. cyt., s. 20.",
        [("J. Nowak, *Spławy na Wiśle*, dz. cyt., s. 20", OP_CIT)],
        id="op-cit-with-a-title-stays-op-cit",
    ),
    pytest.param(
        "P. Lund, « Les ports de la Baltique », *op. cit.*, p. 7.",
        [("P. Lund, « Les ports de la Baltique », *op. cit.*, p. 7", OP_CIT)],
        id="op-cit-with-a-quoted-title-stays-op-cit",
    ),
    pytest.param(
        "Lund, *Die Häfen der Ostsee*, a.a.O., S. 7.",
        [("Lund, *Die Häfen der Ostsee*, a.a.O., S. 7", OP_CIT)],
        id="aao-with-a-title-stays-op-cit",
    ),
    pytest.param(
        "P. Lund, *I porti del Baltico*, cit., p. 7.",
        [("P. Lund, *I porti del Baltico*, cit., p. 7", SHORT)],
        id="italian-cit-with-a-title-is-a-short-form",
    ),
    pytest.param(
        "Lund, op. cit., p. 7.",
        [("Lund, op. cit., p. 7", OP_CIT)],
        id="op-cit-with-a-name-alone-stays-op-cit",
    ),
]


JOIN_ROWS = [
    pytest.param(
        f"{WEBER} and {LUND}.",
        [(WEBER, FULL), (LUND, FULL)],
        id="and-between-two-finished-citations",
    ),
    pytest.param(
        "*Kessler*, Die Zunft der Schiffleute, S. 41 sowie *Lund*, Harbour Towns, S. 12.",
        [
            ("*Kessler*, Die Zunft der Schiffleute, S. 41", SHORT),
            ("*Lund*, Harbour Towns, S. 12", SHORT),
        ],
        id="sowie-between-two-short-forms",
    ),
    pytest.param(
        "J. Nowak, *Spławy na Wiśle*, dz. cyt. oraz P. Lund, *Porty*, Gdańsk 1990, s. 3.",
        [
            ("J. Nowak, *Spławy na Wiśle*, dz. cyt.", OP_CIT),
            ("P. Lund, *Porty*, Gdańsk 1990, s. 3", FULL),
        ],
        id="oraz-after-an-op-cit",
    ),
    pytest.param(
        f"{WEBER} and see {LUND}.",
        [(WEBER, FULL), (LUND, FULL)],
        id="and-see-drops-the-lead-in",
    ),
    pytest.param(
        "Hanna Weber and Peter Lund, *Rivers and Harbours* (London: Methuen, 1981), 12.",
        [("Hanna Weber and Peter Lund, *Rivers and Harbours* (London: Methuen, 1981), 12", FULL)],
        id="and-between-authors-and-in-a-title-stays",
    ),
    pytest.param(
        "Weber Papers, Stadtarchiv Kehl, Box 1 and Box 5.",
        [("Weber Papers, Stadtarchiv Kehl, Box 1 and Box 5", FULL)],
        id="and-between-two-pinpoints-stays",
    ),
    pytest.param(
        "Id., La fiera del 1904 e i mercanti, in «Rivista di storia», VI (1977), pp. 3-9.",
        [("Id., La fiera del 1904 e i mercanti, in «Rivista di storia», VI (1977), pp. 3-9", FULL)],
        id="e-after-a-year-inside-a-title-stays",
    ),
]


IBID_ROWS = [
    pytest.param(
        "ibid. A later edition says the same.",
        [("ibid.", IBID)],
        id="ibid-then-a-sentence-of-commentary",
    ),
    pytest.param("Ibid. Vol. 2, p. 4.", [("Ibid. Vol. 2, p. 4", IBID)], id="ibid-then-a-volume"),
    pytest.param("The point is made in ibid 12.", [("ibid 12", IBID)], id="prose-in-ibid"),
    pytest.param(
        f"Si veda *ibid.*, p. 8 e {LUND}.",
        [("*ibid.*, p. 8", IBID), (LUND, FULL)],
        id="italian-lead-in-italic-ibid-then-a-join",
    ),
    pytest.param("Zob. też tamże, s. 9.", [("tamże, s. 9", IBID)], id="polish-lead-in-ibid"),
    pytest.param("Tak uważa tamże.", [("tamże", IBID)], id="prose-then-ibid-at-the-end"),
    pytest.param(
        "Tamże oraz P. Lund, *Porty*, Gdańsk 1990, s. 3.",
        [("Tamże", IBID), ("P. Lund, *Porty*, Gdańsk 1990, s. 3", FULL)],
        id="ibid-word-of-the-lexicon-ends-a-citation-before-a-join",
    ),
    pytest.param(
        "Compare ibid., p. 141 and Lund, *Harbour Towns*.",
        [("ibid., p. 141", IBID), ("Lund, *Harbour Towns*", SHORT)],
        id="ibid-after-a-lead-in-then-a-name-and-title",
    ),
    pytest.param(
        "Smith and Jones, *Ibid and Id*, 1990, p. 3.",
        [("Smith and Jones, *Ibid and Id*, 1990, p. 3", FULL)],
        id="an-ibid-word-opening-a-title-is-no-ibid",
    ),
    pytest.param(
        f"The best guide remains ibid and {LUND}.",
        [("ibid", IBID), (LUND, FULL)],
        id="prose-then-ibid-then-a-join",
    ),
    pytest.param(
        f"As shown in ibid., ch. 2 and {LUND}.",
        [("ibid., ch. 2", IBID), (LUND, FULL)],
        id="ibid-before-a-name-then-title-later-in-the-note",
    ),
]


BARE_ROWS = [
    pytest.param("Lindqvist, 214.", [("Lindqvist, 214", SHORT)], id="author-and-page"),
    pytest.param(
        "For a different view, see Lindqvist and Moreau, 12–19.",
        [("Lindqvist and Moreau, 12–19", SHORT)],
        id="two-authors-and-pages-after-prose",
    ),
    pytest.param(
        "HARTMANN, Die Zunft der Schiffleute, p. 41.",
        [("HARTMANN, Die Zunft der Schiffleute, p. 41", SHORT)],
        id="family-in-capitals-title-page",
    ),
    pytest.param("*Harbour Towns*, 88.", [("*Harbour Towns*, 88", SHORT)], id="title-and-page"),
    pytest.param(
        "Coastal Fisheries (Licensing) Regulations 2004 s 12.",
        [("Coastal Fisheries (Licensing) Regulations 2004 s 12", FULL)],
        id="statute-with-a-section",
    ),
    pytest.param("Harbours Bill, sec. 4.", [("Harbours Bill, sec. 4", SHORT)], id="bill-short"),
    pytest.param("Act of Union 1707 s 3.", [("Act of Union 1707 s 3", FULL)], id="act-first"),
    pytest.param(
        "Coastal Waters Protection Act of 2004.",
        [("Coastal Waters Protection Act of 2004", FULL)],
        id="statute-named-with-its-year",
    ),
    pytest.param("7 U.S.C.A. § 136a (West).", [("7 U.S.C.A. § 136a (West)", FULL)], id="us-code"),
    pytest.param("42 U.S.C. § 1983.", [("42 U.S.C. § 1983", FULL)], id="us-code-plain"),
    pytest.param(
        "The Harbours Act of 1832 changed the dues in ways still debated.",
        [],
        id="a-statute-named-in-prose-cites-nothing",
    ),
    pytest.param("The figures, 12 in all, are rough.", [], id="prose-with-a-number-cites-nothing"),
    pytest.param(
        "The case is argued in Moreau et al., “Tidal Mills”.",
        [("Moreau et al., “Tidal Mills”", SHORT)],
        id="prose-then-et-al-and-a-quoted-title",
    ),
]


AUTHOR_DATE_ROWS = [
    pytest.param("Lindqvist 2004, 67.", [("Lindqvist 2004, 67", SHORT)], id="author-date-page"),
    pytest.param(
        "Moreau et al. (2018): 12.", [("Moreau et al. (2018): 12", SHORT)], id="author-date-et-al"
    ),
    pytest.param("In 2004, 67 ships sank.", [], id="a-year-in-prose-is-no-author-date"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [*LEAD_IN_ROWS, *OPCIT_ROWS, *JOIN_ROWS, *IBID_ROWS, *BARE_ROWS, *AUTHOR_DATE_ROWS],
)
def test_spans_and_kinds(text: str, expected: list[tuple[str, Kind]]) -> None:
    assert spans(text) == expected
