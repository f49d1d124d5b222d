"""GROBID's TEI references read as AnyStyle's labels and turned into gold works
(benchmarks/biblio/grobidrefs.py, footnotes.py). The references are written for these tests."""

from __future__ import annotations

from xml.etree import ElementTree

from benchmarks.biblio import footnotes, grobidrefs

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'


def _work(xml: str) -> dict:
    bibl = ElementTree.fromstring(xml)
    text, work = footnotes.reference(grobidrefs._spans(bibl), grobidrefs._text(bibl))
    assert text == grobidrefs._text(bibl)
    return work


def test_an_article_keeps_its_issue_as_the_number() -> None:
    work = _work(
        f"<bibl {TEI}><author>Moss, K.</author> (<date>2003</date>). "
        '<title level="a">Tidal mills</title>. <title level="j">Mill Q.</title> '
        '<biblScope unit="volume">12</biblScope>(<biblScope unit="issue">3</biblScope>), '
        '<biblScope unit="page">4-9</biblScope>.</bibl>'
    )
    assert work["ENTRYTYPE"] == "article"
    assert (work["journal"], work["volume"], work["number"], work["pages"]) == (
        "Mill Q", "12", "3", "4--9"
    )  # fmt: skip


def test_a_book_after_in_is_the_container_of_an_untitled_chapter() -> None:
    work = _work(
        f"<bibl {TEI}><author>K. Moss</author>, in: <editor>R. Lane</editor> (Ed.), "
        '<title level="m">Mills of the Coast</title>, <publisher>Tide Press</publisher>, '
        "<pubPlace>Leeds</pubPlace>, <date>1994</date>, p. "
        '<biblScope unit="page">31</biblScope>.</bibl>'
    )
    assert work["ENTRYTYPE"] == "incollection"
    assert work["booktitle"] == "Mills of the Coast"
    assert "title" not in work
    assert work["editor"] == ["Lane, R."]


def test_a_pdfs_line_debris_is_no_typed_reference() -> None:
    assert grobidrefs.PDF_DEBRIS_RE.search("K. Moss, Tidal mills, Phys .Rev .Lett 12 (2003)")
    assert not grobidrefs.PDF_DEBRIS_RE.search("K. Moss, Tidal mills, Phys. Rev. Lett. 12 (2003)")
