"""Letters in a named collection, cited again by their heading alone, and archival items in a
GOST note ("Title // ARCHIVE. Ф. …. Оп. …. Д. …. Л. …"). Our own made-up references below.

A letter cited with the papers that hold it cites the papers (the seeds' convention: the
collection is the work); "Weldon to Pearson, November 16, 1901" in a later note repeats that
letter, and so that collection, in Chicago's, British and Continental habits alike. A Russian
note puts the item before "//" and its archive and units after it, each closed by a full stop.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import extract
from citekit.model import Kind
from citekit.parse.letterhead import is_letter_heading, letter_key
from tests.parse.notes import parse


def _report(tmp_path: Path, notes: list[str]):
    body = " ".join(f"Text.[^{i}]" for i in range(1, len(notes) + 1))
    listed = "\n".join(f"[^{i}]: {text}" for i, text in enumerate(notes, start=1))
    path = tmp_path / "essay.md"
    path.write_text(f"{body}\n\n{listed}\n", encoding="utf-8")
    return extract(path)


@pytest.mark.parametrize(
    ("first", "again"),
    [
        pytest.param(
            "A. B. Marsh to Helen Quill, March 3, 1911, Helen Quill Papers, box 2, folder 7,"
            " Hartfield College Library.",
            "Marsh to Quill, March 3, 1911; see also Ivo Pell, *Gardens* (London: Dent, 1950), 4.",
            id="chicago-papers",
        ),
        pytest.param(
            "Jan Roe to Olaf Venn, 21 June 1932, Venn Papers, MS Add. 9001, Elmford University"
            " Library.",
            "Roe to Venn, 21 June 1932.",
            id="british-date-shelfmark",
        ),
        pytest.param(
            "Jan Roe to Olaf Venn, Leiden, 4 May 1930, in *The Letters of Olaf Venn*, ed. Ada"
            " Holm (Oxford: Clarendon Press, 1990), 2:133.",
            "Roe to Venn, Leiden, 4 May 1930.",
            id="letter-in-an-edition",
        ),
    ],
)
def test_a_letter_again_by_its_heading_cites_its_first_work(
    tmp_path: Path, first: str, again: str
) -> None:
    report = _report(tmp_path, [first, "Ivo Pell, *Gardens* (London: Dent, 1950), 12.", again])
    opening = report.citations[0]
    repeat = next(c for c in report.citations if c.note == 3)
    assert repeat.kind is Kind.SHORT
    assert repeat.work == opening.work
    assert repeat.locator is None  # the letter's date is no pinpoint


def test_a_heading_is_no_sentence_about_a_letter() -> None:
    assert is_letter_heading("Weldon to Pearson, November 16, 1901.")
    assert not is_letter_heading("Weldon wrote to Pearson on November 16, 1901.")
    assert not is_letter_heading("Weldon to Pearson, November 16, 1901, Pearson Papers")
    assert letter_key("W. F. R. Weldon to Karl Pearson, November 16, 1901, …") == letter_key(
        "Weldon to Pearson, November 16, 1901"
    )
    assert letter_key("Weldon to Pearson, November 16, 1901") != letter_key(
        "Weldon to Pearson, November 18, 1901"
    )


def test_another_letter_of_the_same_pair_is_not_the_first(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Jan Roe to Olaf Venn, 21 June 1932, Venn Papers, MS Add. 9001, Elmford Library.",
            "Roe to Venn, 2 July 1933.",
        ],
    )
    first, other = report.citations
    assert other.work != first.work


def test_a_collection_s_reference_code_is_its_note_not_its_archive() -> None:
    (citation,) = parse(
        "Jan Roe to Olaf Venn, 21 June 1932, Olaf Venn Papers, VENN/2/4/11/3, Elmford"
        " University Library, Special Collections."
    )
    assert citation.fields["title"] == "Olaf Venn Papers"
    assert citation.fields["howpublished"] == "Elmford University Library, Special Collections"
    assert citation.fields["note"] == "VENN/2/4/11/3"


@pytest.mark.parametrize(
    ("text", "fields", "locator"),
    [
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
def test_gost_archival_item(text: str, fields: dict[str, str | None], locator: str) -> None:
    (citation,) = parse(text)
    assert citation.kind is Kind.FULL
    assert citation.entry_type == "unpublished"
    assert {name: citation.fields.get(name) for name in fields} == fields
    assert citation.locator == locator


def test_ibid_after_a_gost_item_is_that_item(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Смирнов И. И. Земская медицина. М.: Наука, 1970. С. 12.",
            "Доклад управы, 1885 г. // ГАРФ. Ф. 102. Оп. 3. Д. 77. Л. 4.",
            "Там же. Л. 12.",
        ],
    )
    _, item, ibid = report.citations
    assert ibid.kind is Kind.IBID
    assert ibid.work == item.work
    assert ibid.locator == "Л. 12"
