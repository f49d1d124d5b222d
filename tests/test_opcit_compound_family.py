"""An op. cit. names its author by the whole family name: "Barrios García, op. cit." is not
"García de Cortázar", though both names hold "García" (citekit.resolvepointer)."""

from pathlib import Path

from citekit.model import Code
from tests.mdnotes import extract_notes

NOTES = [
    "José Ángel García de Cortázar, *La época medieval*, Madrid, Alianza, 1973, p. 12.",
    "Ángel Barrios García, *Estructuras agrarias y de poder en Castilla*, Salamanca, 1983, p. 4.",
    "Barrios García, op. cit., vol. II, pp. 97-110.",
    "García de Cortázar, op. cit., p. 80.",
]


def test_a_compound_family_name_names_one_author(tmp_path: Path) -> None:
    report = extract_notes(tmp_path, NOTES)
    keys = {c.note: c.work for c in report.citations}
    assert keys[3] == keys[2]
    assert keys[4] == keys[1]
    assert keys[1] != keys[2]
    assert not [d for d in report.diagnostics if d.code is Code.OPCIT_AMBIGUOUS]


def test_an_author_of_two_works_is_still_ambiguous(tmp_path: Path) -> None:
    notes = [
        *NOTES[:2],
        "Ángel Barrios García, *Documentación medieval*, Ávila, 2004, p. 9.",
        NOTES[2],
    ]
    report = extract_notes(tmp_path, notes)
    assert [d.note for d in report.diagnostics if d.code is Code.OPCIT_AMBIGUOUS] == [4]
