"""GROBID's TEI references read as the labeller's training sequences
(benchmarks/labeller/grobid.py). The references are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks" / "labeller"))

from grobid import labelled_bibl  # noqa: E402

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'


def _labels(xml: str) -> list[tuple[str, str]]:
    tokens, labels = labelled_bibl(ElementTree.fromstring(xml))
    return [(t.text, label) for t, label in zip(tokens, labels, strict=True)]


def test_untagged_punctuation_goes_with_the_word_it_touches() -> None:
    xml = (
        f"<bibl {TEI}><author>Moss, K.</author> (<date>2003</date>). "
        '<title level="a">Tidal mills</title>. <title level="j">Mill Q.</title> '
        '<biblScope unit="volume">12</biblScope>(<biblScope unit="issue">3</biblScope>), '
        '<biblScope unit="page">4-9</biblScope>.</bibl>'
    )
    assert _labels(xml) == [
        ("Moss,", "author"),
        ("K.", "author"),
        ("(2003).", "date"),
        ("Tidal", "title"),
        ("mills.", "title"),
        ("Mill", "journal"),
        ("Q.", "journal"),
        ("12(3),", "volume"),  # one word: the label of most of its digits
        ("4-9.", "pages"),
    ]


def test_a_book_holding_a_chapter_is_a_booktitle_and_editors_take_their_role() -> None:
    xml = (
        f'<bibl {TEI}><author>Rao, P.</author>, <title level="a">Salt</title>, in '
        '<title level="m">Coastal Trades</title> (<editor>J. Ode</editor>, eds.), '
        "<pubPlace>Leeds</pubPlace>: <publisher>Ashby</publisher>, <date>1990</date>.</bibl>"
    )
    labels = dict(_labels(xml))
    assert labels["Coastal"] == "booktitle"
    assert labels["eds.),"] == "editor"
    assert labels["Leeds:"] == "address"
    assert labels["Ashby,"] == "publisher"
    assert labels["in"] == "other"


def test_a_monograph_alone_is_a_title_and_a_reference_without_one_is_skipped() -> None:
    book = f'<bibl {TEI}><author>Li, W.</author> <title level="m">Ferns</title></bibl>'
    assert dict(_labels(book))["Ferns"] == "title"
    assert labelled_bibl(ElementTree.fromstring(f"<bibl {TEI}><author>X</author></bibl>")) is None
