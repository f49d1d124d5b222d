"""An archive's bound volume and the leaf cited in it: "…, despachos, tomo 11, f. 299v",
"…, tomo 12, doc. 10, ff. 421-427". Colonial archives in Spain and Latin America bind their
papers in numbered "tomos"; a leaf with its side ("299v", "38r") after a labelled unit is a
manuscript's, as in "reg. 18, c. 38v" or "lib. 1231, fols. 88r–90v". Such a reference is
whole, not a short form whose full citation is missing.

Our own example notes: invented archives and series.
"""

from __future__ import annotations

from pathlib import Path

from citekit.model import Code
from citekit.parse.cues import is_archival
from tests.mdnotes import extract_notes

NOTES = [
    "AHV, sección colonia, Concejo de Vale, despachos, tomo 11, f. 299v.",
    "AGV, sección colonia, curas y obispos, tomo 12, doc. 10, ff. 421-427.",
]


def test_a_volume_and_its_leaf_are_an_archive_reference() -> None:
    assert all(is_archival(note.rstrip(".")) for note in NOTES)
    assert not is_archival("Ada Quist, *Historia del puerto*, tomo 3, p. 45")


def test_archive_references_are_not_short_forms_without_full(tmp_path: Path) -> None:
    report = extract_notes(tmp_path, NOTES)
    assert [d for d in report.diagnostics if d.code is Code.SHORT_WITHOUT_FULL] == []
