"""Manuscripts cited by city, library and shelfmark, as medievalists cite them (tests/corpus6):
a codex marked "Cod.", a library whose name ends in "-bibliothek", and a citation closed by its
folio, after which a sentence of comment leads to a source of its own."""

from __future__ import annotations

from citekit.model import Kind
from citekit.parse.folios import cited_to_folio
from tests.parse.notes import parse


def test_a_codex_in_a_library_is_an_archival_citation():
    (cited,) = parse("St Gallen, Stiftsbibliothek, Cod. Sang. 1092.")
    assert (cited.kind, cited.entry_type) == (Kind.FULL, "unpublished")
    assert cited.fields["title"] == "Cod. Sang. 1092"


def test_comment_after_a_folio_leads_to_a_new_source():
    cited = parse(
        "Paris, Bibliothèque nationale de France, MS lat. 1, fol. 423r. On its production at "
        "Tours see Bischoff, *Manuscripts and Libraries*, p. 88."
    )
    assert [c.text for c in cited] == [
        "Paris, Bibliothèque nationale de France, MS lat. 1, fol. 423r",
        "Bischoff, *Manuscripts and Libraries*, p. 88",
    ]
    assert cited[0].fields == {
        "title": "MS lat. 1",
        "howpublished": "Paris, Bibliothèque nationale de France",
    }


def test_only_an_archival_citation_ends_at_a_folio():
    assert cited_to_folio("London, British Library, MS Cotton Nero D IV, fols. 27v–28r")
    assert not cited_to_folio("Smith, *A Book* (London, 1990), fol. 3")  # a printed book
    assert not cited_to_folio("London, British Library, MS Cotton Nero D IV")
