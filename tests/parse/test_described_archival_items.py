"""An archival item described beside its archive and the labelled units that find it, in the
habits of many archives and languages: the Soviet "f. …, op. …, d. …, l. …", the Spanish
"leg. …, exp. …", the Portuguese "maço …, processo …, fl. …", the Italian "busta …, fol. …"
(MHRA: town and archive first, the item in brackets after the leaf), the Dutch "inv.nr. …,
akte …". The description (with its date) is the title, the fonds and units the note, the archive
`howpublished`, the closing leaf the locator; two items of one archive are two works.
Our own made-up references below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import extract
from citekit.model import Code, Kind
from citekit.parse.archivalunits import apparatus_run, has_apparatus, unit_kind
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "fields", "locator"),
    [
        pytest.param(
            "Sovnarkom decree on bread prices, 4 June 1931, RGASPI, f. 17, op. 3, d. 826, l. 5.",
            {
                "title": "Sovnarkom decree on bread prices, 4 June 1931",
                "note": "f. 17, op. 3, d. 826",
                "howpublished": "RGASPI",
                "author": None,
                "year": None,
            },
            "l. 5",
            id="soviet-units-the-item-first",
        ),
        pytest.param(
            "GARF, f. 5446, op. 1, d. 55, ll. 22–24 (Sovnarkom protocol, 12 March 1933).",
            {"title": "Sovnarkom protocol, 12 March 1933", "note": "f. 5446, op. 1, d. 55"},
            "ll. 22–24",
            id="soviet-units-the-item-in-brackets",
        ),
        pytest.param(
            "AGN, Inquisición, leg. 1528, exp. 3, carta del cabildo de Lima al rey, Lima, 12 de"
            " mayo de 1590, f. 2r.",
            {
                "title": "Carta del cabildo de Lima al rey, Lima, 12 de mayo de 1590",
                "note": "Inquisición, leg. 1528, exp. 3",
                "howpublished": "AGN",
            },
            "f. 2r",
            id="spanish-legajo-the-item-after-its-units",
        ),
        pytest.param(
            "Arquivo Público Mineiro, Belo Horizonte, Seção Colonial, maço 45, processo 12,"
            ' "Registro de cartas do governador", 1745, fl. 12v.',
            {
                "title": "Registro de cartas do governador, 1745",
                "note": "Seção Colonial, maço 45, processo 12",
                "howpublished": "Arquivo Público Mineiro, Belo Horizonte",
            },
            "fl. 12v",
            id="portuguese-maco-quoted-item",
        ),
        pytest.param(
            "Florence, Archivio di Stato, Mediceo del Principato, filza 3266, fol. 45r (Cosimo"
            " to Eleonora, 4 June 1551).",
            {
                "title": "Cosimo to Eleonora, 4 June 1551",
                "note": "Mediceo del Principato, filza 3266",
                "howpublished": "Florence, Archivio di Stato",
                "author": None,
                "address": None,
            },
            "fol. 45r",
            id="mhra-town-archive-item-after-the-leaf",
        ),
        pytest.param(
            "Gemeentearchief Leiden, Oud Notarieel Archief, inv.nr. 1102, notaris P. de Haes,"
            " akte 44 (boedelinventaris van Jan Steen, 3 maart 1679).",
            {
                "title": "Boedelinventaris van Jan Steen, 3 maart 1679",
                "note": "Oud Notarieel Archief, inv.nr. 1102, notaris P. de Haes, akte 44",
                "howpublished": "Gemeentearchief Leiden",
            },
            None,
            id="dutch-notarial-deed",
        ),
        pytest.param(
            "Доклад губернской управы о больницах, 1885 г. // ГАРФ. Ф. 102. Оп. 3. Д. 77."
            " Л. 4 об.–6.",
            {
                "title": "Доклад губернской управы о больницах, 1885 г.",
                "howpublished": "ГАРФ",
                "note": "Ф. 102. Оп. 3. Д. 77",
            },
            "Л. 4 об.–6",
            id="memo-fond-opis-delo-leaves",
        ),
        pytest.param(
            "А. П. Петров — И. С. Лукину, 5 мая 1899 г. // ОР РНБ. Ф. 12. К. 30. Ед. хр. 4. Л. 9.",
            {
                "title": "А. П. Петров — И. С. Лукину, 5 мая 1899 г.",
                "howpublished": "ОР РНБ",
                "note": "Ф. 12. К. 30. Ед. хр. 4",
                "author": None,
            },
            "Л. 9",
            id="letter-karton-storage-unit",
        ),
        pytest.param(
            "Sovnarkom decree, 4 June 1931, RGASPI, F. 17, op. 3, d. 826, l. 5.",
            {"title": "Sovnarkom decree, 4 June 1931", "note": "F. 17, op. 3, d. 826"},
            "l. 5",
            id="latin-capital-fond-is-a-unit-not-a-collection",
        ),
    ],
)
def test_described_item_fields(text: str, fields: dict[str, str | None], locator: str) -> None:
    (citation,) = parse(text)
    assert citation.kind is Kind.FULL
    assert citation.entry_type == "unpublished"
    assert citation.text == text.rstrip(".")
    assert {name: citation.fields.get(name) for name in fields} == fields
    assert citation.locator == locator


def test_a_run_of_units_is_an_archive_s_reference() -> None:
    assert has_apparatus("Decree, 1931, RGASPI, f. 17, op. 3, d. 826, l. 5")
    assert has_apparatus("Archivo, Inquisición, leg. 1528, exp. 3")
    assert apparatus_run(["Title", "vol. 3", "no. 2"]) is None  # a journal's volume and issue
    assert not has_apparatus("Beethoven, Sonata no. 14, op. 27")  # an opus is no archive


def test_commentary_after_the_units_is_no_description() -> None:
    (citation,) = parse("AGN, Inquisición, leg. 1528, exp. 3, which shows that the cabildo wrote.")
    assert citation.fields.get("title") != "Which shows that the cabildo wrote"


def test_a_source_after_the_described_item_is_its_own(tmp_path: Path) -> None:
    cited = parse(
        "Gemeentearchief Leiden, Oud Notarieel Archief, inv.nr. 1102, akte 44 (boedelinventaris"
        " van Jan Steen, 3 maart 1679). Gedrukt bij Brink, *Schilders in Leiden*, 33-34."
    )
    assert [c.text for c in cited] == [
        "Gemeentearchief Leiden, Oud Notarieel Archief, inv.nr. 1102, akte 44 (boedelinventaris"
        " van Jan Steen, 3 maart 1679)",
        "Brink, *Schilders in Leiden*, 33-34",
    ]


def _report(tmp_path: Path, notes: list[str]):
    body = " ".join(f"Text.[^{i}]" for i in range(1, len(notes) + 1))
    listed = "\n".join(f"[^{i}]: {text}" for i, text in enumerate(notes, start=1))
    path = tmp_path / "essay.md"
    path.write_text(f"{body}\n\n{listed}\n", encoding="utf-8")
    return extract(path)


def test_two_items_of_one_archive_are_two_works(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Sovnarkom decree on bread prices, 4 June 1931, RGASPI, f. 17, op. 3, d. 826, l. 5.",
            "Ivan Petrov, *Khleb i vlast'* (Moscow: Nauka, 1990), 12.",
            "RGASPI, f. 17, op. 3, d. 911, l. 7 (Sovnarkom protocol, 29 December 1932).",
        ],
    )
    first, _, second = report.citations
    assert first.kind is Kind.FULL
    assert second.kind is Kind.FULL
    assert first.work != second.work
    assert [d for d in report.diagnostics if d.code is Code.SHORT_BEFORE_FULL] == []


def test_an_item_cited_again_by_its_units_is_that_item(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Sovnarkom decree on bread prices, 4 June 1931, RGASPI, f. 17, op. 3, d. 826, l. 5.",
            "Ivan Petrov, *Khleb i vlast'* (Moscow: Nauka, 1990), 12.",
            "RGASPI, f. 17, op. 3, d. 826, l. 9.",
            "GARF, f. 17, op. 3, d. 826, l. 2.",
        ],
    )
    first, _, again, other = report.citations
    assert again.kind is Kind.SHORT
    assert again.work == first.work
    assert again.locator == "l. 9"
    assert other.work != first.work  # another archive's fond 17
    (entry,) = [w for w in report.works if w.id == first.work]
    assert "author" not in entry.fields


def test_the_archive_opening_a_repeat_is_no_author(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "AGN, Inquisición, leg. 1528, exp. 3, carta del cabildo de Lima al rey, 12 de mayo"
            " de 1590, f. 2r.",
            "AGN, Inquisición, leg. 1528, exp. 3, f. 5v.",
        ],
    )
    first, again = report.citations
    assert again.work == first.work
    assert again.locator == "f. 5v"
    (entry,) = report.works
    assert "author" not in entry.fields


def test_a_signature_with_its_sections_numeral_is_a_holding() -> None:
    """ "sygn. V/158": the section's Roman numeral, a slash, then the number."""
    assert unit_kind("sygn. IV/212") == "holding"
    assert has_apparatus("ARV, Hacienda, sygn. IV/212, k. 3")
